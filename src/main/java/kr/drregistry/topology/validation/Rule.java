package kr.drregistry.topology.validation;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.RuleText;
import java.util.List;

/** One validator rule: a small function over an immutable topology (see {@code AllRules}). */
public interface Rule extends kr.drregistry.rules.Rule<ValidationContext> {
    /**
     * The findings of this rule; severity and basis come from the policy via {@link ValidationContext#finding}. Runs
     * only when the policy enables it ({@link kr.drregistry.rules.RuleSet}).
     */
    @Override
    List<Finding> check(ValidationContext ctx);

    /**
     * What the rule finds and what in general resolves it, with the thresholds {@code policy} sets (the format
     * guide shows it next to the policy's severity and basis).
     */
    RuleText text(Policy policy);

    /**
     * Whether the rule reads the loss analysis ({@link ValidationContext#analysis()}); such rules run once it is
     * ready, the others meanwhile.
     */
    default boolean needsLossSimulation() {
        return false;
    }

    /**
     * Into how many independent parts the rule splits its work on {@code ctx} (1: it does not), so that the validator
     * can run them on several cores. {@link #check(ValidationContext, int)} of each part, concatenated in part order,
     * must be exactly {@link #check(ValidationContext)}.
     */
    default int parts(ValidationContext ctx) {
        return 1;
    }

    /** The findings of part {@code part} of {@link #parts}; the whole {@link #check(ValidationContext)} by default. */
    default List<Finding> check(ValidationContext ctx, int part) {
        return check(ctx);
    }
}
