package kr.drregistry.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import kr.drregistry.platform.ProblemException;
import kr.drregistry.rules.LocalizedText;

/**
 * The errors of a refused incident form as a person reads them: each names its field by the label the page shows
 * and links to it ({@code anchor}, the id of the field's control), and the field shows it again beside itself. What the
 * refusal means for the typed data is said once, in {@code outcome}: nothing saved, the draft saved but not submitted,
 * or a timeline entry not added.
 */
public record FormErrors(Outcome outcome, List<Item> items) {
    /** What became of what was sent. */
    public enum Outcome { NOT_SAVED, SAVED_NOT_SUBMITTED, TIMELINE_NOT_ADDED, ACTION_NOT_TAKEN }

    /** One error; {@code anchor} and {@code label} are null when it is about the whole report. */
    public record Item(String anchor, LocalizedText label, String message, String messageKo) {
    }

    public static final FormErrors NONE = new FormErrors(Outcome.NOT_SAVED, List.of());

    /**
     * The errors of {@code e}; {@code field} maps an error's JSON Pointer to the id of the control it is about (null
     * for none) and {@code label} that id to the field's label.
     */
    static FormErrors of(Outcome outcome, ProblemException e, Function<String, String> field,
                         Function<String, LocalizedText> label) {
        List<Item> items = new ArrayList<>();
        if (e.errors().isEmpty()) {
            items.add(new Item(null, null, e.detail("en"), e.detail("ko")));
        }
        for (ProblemException.FieldError f : e.errors()) {
            String anchor = field.apply(f.pointer());
            items.add(new Item(anchor, anchor == null ? null : label.apply(anchor), f.message(), f.messageKo()));
        }
        return new FormErrors(outcome, List.copyOf(items));
    }

    public boolean any() {
        return !items.isEmpty();
    }

    /** The errors shown at the control {@code anchor} ({@code {#for e in errors.at('f-summary')}}). */
    public List<Item> at(String anchor) {
        return items.stream().filter(i -> anchor.equals(i.anchor())).toList();
    }

    public boolean has(String anchor) {
        return items.stream().anyMatch(i -> anchor.equals(i.anchor()));
    }
}
