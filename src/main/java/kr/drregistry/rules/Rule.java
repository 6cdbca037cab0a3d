package kr.drregistry.rules;

import java.util.List;

/**
 * One rule of a validator: a small function from what it judges ({@code I}: a topology's validation context, a plan
 * with its policy, an incident report with its policy) to findings. A rule never asks whether the policy enables it:
 * its {@link RuleSet} runs only the enabled ones.
 */
public interface Rule<I> {
    /** The stable rule id, e.g. {@code SPOF-001}, {@code MAN-004}, {@code INC-002}. */
    String id();

    /** The findings of this rule for {@code input}. */
    List<Finding> check(I input);

    /** A rule from its id and a function, for rules too small for a class of their own. */
    static <I> Rule<I> of(String id, java.util.function.Function<I, List<Finding>> check) {
        return new Rule<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Finding> check(I input) {
                return check.apply(input);
            }
        };
    }
}
