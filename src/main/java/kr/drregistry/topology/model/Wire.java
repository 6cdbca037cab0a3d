package kr.drregistry.topology.model;

/** An enum constant with a stable spelling in drr/v1 documents. */
public interface Wire {
    /** The spelling used in drr/v1 (for example {@code cloud-region}). */
    String wire();

    /** Finds the constant spelled {@code text}, or null when none is. */
    static <E extends Enum<E> & Wire> E parse(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.wire().equals(text)) {
                return e;
            }
        }
        return null;
    }

    /** The allowed spellings, for error messages and the JSON Schema. */
    static <E extends Enum<E> & Wire> java.util.List<String> spellings(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Wire::wire).toList();
    }
}
