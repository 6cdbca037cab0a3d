package kr.drregistry.topology.validation;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.Subject;
import java.util.List;

import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FacilityResolver;
import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.graph.DependencyGraph;
import kr.drregistry.topology.graph.Once;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.LossEngine;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.TopologyIds;

/**
 * What every rule sees: the topology, the policy and, lazily computed and shared, the drr/v2 loss analysis over the
 * sites' resolved facility groups. Every document, drr/v1 ones included, is judged with drr/v2 semantics
 * (FILING-FORMAT-V2.md §7.11; §5 lists what changes for a drr/v1 one).
 */
public final class ValidationContext {
    private final Topology topology;
    private final Policy policy;
    private final kr.drregistry.budget.Budget budget;
    private final FacilityLookup facilityLookup;
    /* each computed once under its own lock, so that the analysis and the index can be built side by side */
    private final Once<TopologyIds> ids;
    private final Once<DependencyGraph> graph;
    private final Once<TopologyIndex> index;
    private final Once<ResolvedFacilities> facilities;
    private final Once<LossAnalysis> analysis;

    public ValidationContext(Topology topology, Policy policy) {
        this(topology, policy, kr.drregistry.budget.Budget.unlimited());
    }

    /** A context whose rules and simulation stop when {@code budget} runs out or is cancelled. */
    public ValidationContext(Topology topology, Policy policy, kr.drregistry.budget.Budget budget) {
        this(topology, policy, budget, FacilityLookup.NONE);
    }

    /** As above, with facility references resolved through {@code facilityLookup} (FILING-FORMAT-V2.md §2). */
    public ValidationContext(Topology topology, Policy policy, kr.drregistry.budget.Budget budget,
                             FacilityLookup facilityLookup) {
        this.topology = topology;
        this.policy = policy;
        this.budget = budget;
        this.facilityLookup = facilityLookup == null ? FacilityLookup.NONE : facilityLookup;
        this.ids = new Once<>(() -> new TopologyIds(topology));
        this.graph = new Once<>(() -> DependencyGraph.of(ids()));
        this.facilities = new Once<>(() -> FacilityResolver.resolve(topology, this.facilityLookup));
        this.analysis = new Once<>(() -> LossEngine.analyse(graph(), facilities(), manualMinutes()));
        this.index = new Once<>(() -> new TopologyIndex(graph()));
    }

    private int manualMinutes() {
        return (int) policy.param(Policy.FAILOVER_DEFAULT_MANUAL_MINUTES);
    }

    /** The sites' groups with their facility references resolved (rules F1 to F5), once. */
    public ResolvedFacilities facilities() {
        return facilities.get();
    }

    /** The drr/v2 loss analysis (FILING-FORMAT-V2.md §3), built on first use. */
    public LossAnalysis analysis() {
        return analysis.get();
    }

    /** The budget of this validation: long loops in rules call {@code budget().check()}. */
    public kr.drregistry.budget.Budget budget() {
        return budget;
    }

    public Topology topology() {
        return topology;
    }

    public Policy policy() {
        return policy;
    }

    /** The topology's references resolved to indices, once, shared by the graph and the rules. */
    public TopologyIds ids() {
        return ids.get();
    }

    /**
     * The one dependency graph of the topology, once, shared by the loss analysis, the index and the rules (its
     * adjacencies and their strongly connected components are cached on it).
     *
     * @throws IllegalArgumentException when an id repeats or a reference names an unknown site or component
     */
    public DependencyGraph graph() {
        return graph.get();
    }

    /** The rules' queries over {@link #graph()} (tier-1 closures, required edges), built on first use. */
    public TopologyIndex index() {
        return index.get();
    }

    /** A finding of {@code rule} with the severity and basis the policy gives that rule. */
    public Finding finding(String rule, Subject subject, String scenario, LocalizedText message, List<ChainStep> chain,
                           LocalizedText remedy, Long usersLost) {
        Policy.RuleSetting setting = policy.rule(rule);
        return new Finding(rule, setting.severity(), subject, scenario, message, chain, setting.basis(), remedy, usersLost);
    }
}
