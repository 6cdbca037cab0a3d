package kr.drregistry.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one policy version to the next: per rule its severity, whether it runs and its basis (Korean,
 * English), each parameter's value, and the title. Rules and parameters in their canonical order. Plain Java.
 */
public final class PolicyDiff {
    private PolicyDiff() {
    }

    /**
     * One changed field. {@code item}: a rule id, a parameter name or {@code title}; {@code field}: {@code severity},
     * {@code enabled}, {@code basis.ko}, {@code basis.en}, {@code value}, {@code title.ko}, {@code title.en}. Before
     * or after is null when the item is new or gone.
     */
    public record Change(String item, String field, String before, String after) {
        public boolean parameter() {
            return "value".equals(field);
        }
    }

    public static List<Change> between(Policy before, Policy after) {
        List<Change> changes = new ArrayList<>();
        if (before == null) {
            return changes;
        }
        add(changes, "title", "title.ko", before.title().ko(), after.title().ko());
        add(changes, "title", "title.en", before.title().en(), after.title().en());
        for (String id : union(Policies.RULE_IDS, before.rules().keySet(), after.rules().keySet())) {
            Policy.RuleSetting a = before.rules().get(id);
            Policy.RuleSetting b = after.rules().get(id);
            add(changes, id, "severity", a == null ? null : a.severity().wire(), b == null ? null : b.severity().wire());
            add(changes, id, "enabled", a == null ? null : Boolean.toString(a.enabled()), b == null ? null : Boolean.toString(b.enabled()));
            add(changes, id, "basis.ko", a == null ? null : a.basis().ko(), b == null ? null : b.basis().ko());
            add(changes, id, "basis.en", a == null ? null : a.basis().en(), b == null ? null : b.basis().en());
        }
        for (String name : union(Policies.PARAMETERS, before.parameters().keySet(), after.parameters().keySet())) {
            add(changes, name, "value", number(before.parameters().get(name)), number(after.parameters().get(name)));
        }
        return changes;
    }

    /** A number as people write it: {@code 30}, not {@code 30.0}. */
    public static String number(Double v) {
        if (v == null) {
            return null;
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : Double.toString(v);
    }

    private static void add(List<Change> changes, String item, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(item, field, before, after));
        }
    }

    private static List<String> union(List<String> order, Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(order);
        a.stream().sorted().forEach(all::add);
        b.stream().sorted().forEach(all::add);
        return all.stream().filter(k -> a.contains(k) || b.contains(k)).toList();
    }
}
