package kr.drregistry.topology.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import kr.drregistry.topology.model.Wire;

/**
 * A field value prepared for comparison: {@code shown} is what a report prints, {@code identity} what two
 * versions are compared by. For lists, which drr/v1 uses as sets, {@code shown} keeps document order while
 * {@code identity} is order-free, so reordering a list is not a change. A null {@code Value} is an absent value.
 */
record Value(String shown, String identity) {
    private static final String ITEM_SEPARATOR = "\u0000";

    /**
     * A single value: text as is, a {@link Wire} enum in its drr/v1 spelling, a number without trailing zeros;
     * null for null.
     */
    static Value of(Object value) {
        if (value == null) {
            return null;
        }
        String text = render(value);
        return new Value(text, text);
    }

    /** A list of strings shown as {@code "a, b"}; null for an empty list. */
    static Value ofList(List<String> items) {
        return ofList(items, Function.identity());
    }

    /** A list of items rendered one by one with {@code render} and shown as {@code "a, b"}; null for an empty list. */
    static <T> Value ofList(List<T> items, Function<T, String> render) {
        if (items.isEmpty()) {
            return null;
        }
        List<String> rendered = new ArrayList<>(items.size());
        for (T item : items) {
            rendered.add(render.apply(item));
        }
        String shown = String.join(", ", rendered);
        Collections.sort(rendered);
        return new Value(shown, String.join(ITEM_SEPARATOR, rendered));
    }

    /** True when {@code a} and {@code b} are the same value (both absent counts as the same). */
    static boolean same(Value a, Value b) {
        return a == null ? b == null : b != null && a.identity.equals(b.identity);
    }

    /** The text of {@code value}, or null when absent. */
    static String shown(Value value) {
        return value == null ? null : value.shown;
    }

    /** Renders one non-null value; see {@link #of}. */
    static String render(Object value) {
        if (value instanceof Wire wire) {
            return wire.wire();
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
