package kr.drregistry.rules;

import java.util.List;

/**
 * One link of a finding's evidence chain, read top to bottom from the subject to the root cause.
 * {@code depth} indents branches (an {@code anyOf} whose members are all down has several children).
 * {@code relation} is a stable code saying why this step follows from its parent:
 * {@code service}, {@code entrypoint}, {@code hard-dependency}, {@code any-of-member},
 * {@code failover-requires}, {@code no-usable-placement} (root cause), {@code failover-blocked} (root cause),
 * {@code only-site}, {@code placement}, {@code copy}, {@code drill}, {@code facility}, {@code distance}.
 * {@code sites} names the sites the step is about (e.g. the lost placements), possibly empty.
 */
public record ChainStep(int depth, String kind, String id, String relation, List<String> sites, LocalizedText text) {
    public ChainStep {
        sites = List.copyOf(sites == null ? List.of() : sites);
    }
}
