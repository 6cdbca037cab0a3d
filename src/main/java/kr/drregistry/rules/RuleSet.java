package kr.drregistry.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rules of one validator, in rule-id order, and the one place that decides which of them run (those the policy
 * enables) and in which order findings are reported ({@link #ORDER}: severity, rule, subject, scenario), so that
 * topology, plan and incident findings read and sort alike.
 */
public final class RuleSet<I, R extends Rule<I>> {
    /** The order of every report: most severe first, then rule id, subject id and scenario. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.subject().id(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::scenario, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<R> rules;

    public RuleSet(List<R> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule, enabled or not (the format guide and the policy page list them all). */
    public List<R> all() {
        return rules;
    }

    /** The rules {@code enabled} lets run, in rule order. */
    public List<R> enabled(Predicate<String> enabled) {
        return rules.stream().filter(r -> enabled.test(r.id())).toList();
    }

    /** The findings of every enabled rule for {@code input}, in {@link #ORDER}. */
    public List<Finding> run(I input, Predicate<String> enabled) {
        List<Finding> findings = new ArrayList<>();
        for (R rule : enabled(enabled)) {
            findings.addAll(rule.check(input));
        }
        return ordered(findings);
    }

    /** {@code findings} sorted in {@link #ORDER} (stable: equal findings keep the order the rules gave them). */
    public static List<Finding> ordered(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        return sorted;
    }
}
