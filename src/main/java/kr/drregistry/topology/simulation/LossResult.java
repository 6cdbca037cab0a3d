package kr.drregistry.topology.simulation;

import java.util.List;
import java.util.OptionalInt;

import kr.drregistry.rules.ChainStep;

/**
 * The loss simulation of one topology over all its scenarios (FILING-FORMAT.md, "Loss semantics").
 * Scenarios are indexed 0..n-1 in the order of {@link #scenarios()}: first every site ({@code site:<id>}) in
 * document order, then every other risk-group string in order of first appearance.
 */
public interface LossResult {
    List<Scenario> scenarios();

    /** Index of a scenario id, or -1. */
    int scenarioIndex(String scenarioId);

    boolean isComponentDown(int scenario, String componentId);

    /** Ids of the components down in the scenario, in document order. */
    List<String> downComponents(int scenario);

    int downComponentCount(int scenario);

    /** Ids of the services down in the scenario, in document order. */
    List<String> downServices(int scenario);

    /** Sum of {@code dailyUsers} of the services down in the scenario. */
    long usersLost(int scenario);

    /**
     * Why a service is down in a scenario: steps from the service through its failed entrypoints and hard
     * dependencies to every root cause (a component with no usable placement, or a failover blocked by a
     * required component that is down in the same scenario, followed by why that one is down). Empty when
     * the service is up.
     */
    List<ChainStep> explainService(int scenario, String serviceId);

    /** As {@link #explainService} for one component. */
    List<ChainStep> explainComponent(int scenario, String componentId);

    /**
     * Recovery time of a component in a scenario per the contract (0 when an active placement survives;
     * otherwise failover minutes, or the default for manual failover without minutes, plus the largest
     * recovery time among hard dependencies); empty when the component is down in the scenario.
     */
    OptionalInt recoveryMinutes(int scenario, String componentId);

    /** Whether the service is down in the scenario (one of its entrypoints is down). */
    boolean isServiceDown(int scenario, String serviceId);

    /**
     * Why a component's manual failover cannot run in a scenario: a {@code failover-blocked} step for the
     * component, then every required component that is down in the same scenario ({@code failover-requires})
     * with why it is down. Empty unless the component has no surviving active placement, a surviving standby,
     * manual failover and some required component down (the situation OPS-001 reports).
     */
    List<ChainStep> explainBlockedFailover(int scenario, String componentId);

    /**
     * The scenarios, ascending, in which {@link #explainBlockedFailover} of the component is not empty: it has
     * no surviving active placement, a surviving standby, manual failover and some required component down.
     */
    int[] blockedFailoverScenarios(String componentId);

    /**
     * The failover steps that add up to a service's estimated recovery time in a scenario: the service, its
     * slowest entrypoint and, step by step, the hard dependency (or {@code anyOf} member) that sets the largest
     * recovery time below it. Empty when the service is down in the scenario.
     */
    List<ChainStep> explainServiceRecovery(int scenario, String serviceId);
}
