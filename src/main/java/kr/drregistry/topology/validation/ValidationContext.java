package kr.drregistry.topology.validation;

import java.util.List;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.TopologyIds;
import kr.drregistry.topology.simulation.LossResult;
import kr.drregistry.topology.simulation.LossSimulator;

/** What every rule sees: the topology, the policy and the (lazily computed, shared) loss simulation. */
public final class ValidationContext {
    private final Topology topology;
    private final Policy policy;
    private final kr.drregistry.budget.Budget budget;
    private TopologyIds ids;
    private LossResult loss;
    private TopologyIndex index;

    public ValidationContext(Topology topology, Policy policy) {
        this(topology, policy, kr.drregistry.budget.Budget.unlimited());
    }

    /** A context whose rules and simulation stop when {@code budget} runs out or is cancelled. */
    public ValidationContext(Topology topology, Policy policy, kr.drregistry.budget.Budget budget) {
        this.topology = topology;
        this.policy = policy;
        this.budget = budget;
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

    /** The topology's references resolved to indices, once, shared by the loss simulation and the index. */
    public synchronized TopologyIds ids() {
        if (ids == null) {
            ids = new TopologyIds(topology);
        }
        return ids;
    }

    public synchronized LossResult loss() {
        if (loss == null) {
            loss = LossSimulator.simulate(ids(), (int) policy.param(Policy.FAILOVER_DEFAULT_MANUAL_MINUTES), budget);
        }
        return loss;
    }

    /** The shared int-indexed view of the topology that structural rules use, built on first use. */
    public synchronized TopologyIndex index() {
        if (index == null) {
            index = new TopologyIndex(ids());
        }
        return index;
    }

    /** A finding of {@code rule} with the severity and basis the policy gives that rule. */
    public Finding finding(String rule, Subject subject, String scenario, LocalizedText message, List<ChainStep> chain,
                           LocalizedText remedy, Long usersLost) {
        Policy.RuleSetting setting = policy.rule(rule);
        return new Finding(rule, setting.severity(), subject, scenario, message, chain, setting.basis(), remedy, usersLost);
    }
}
