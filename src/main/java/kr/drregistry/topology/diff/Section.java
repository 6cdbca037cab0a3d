package kr.drregistry.topology.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.LocalizedText;

/**
 * How one section of a filing is diffed: {@code items} lists its items with unique keys in document order (leaving
 * out those owned by the components named in its second argument, which are the same in both versions),
 * {@code subject} names an item in a sentence from its owner and label, and {@code fields} puts every field of a
 * value in report order (null for an absent value).
 */
record Section<T>(String name, BiFunction<Topology, Set<String>, List<Item<T>>> items,
                  BiFunction<String, String, LocalizedText> subject,
                  BiConsumer<T, Map<String, Value>> fields) {

    /** The fields of {@code value} in report order. */
    Map<String, Value> fieldsOf(T value) {
        Map<String, Value> out = new LinkedHashMap<>();
        fields.accept(value, out);
        return out;
    }

    LocalizedText subjectOf(Item<T> item) {
        return subject.apply(item.owner(), item.label());
    }
}
