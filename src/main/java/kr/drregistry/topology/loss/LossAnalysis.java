package kr.drregistry.topology.loss;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import kr.drregistry.rules.ChainStep;

/**
 * The drr/v2 loss analysis of one topology over all its scenarios (FILING-FORMAT-V2.md §3, with the clarifications
 * of §7; drr/v1 documents get the same semantics, §5 and §7.11). Scenarios are indexed {@code 0..n-1} in the order
 * of {@link #scenarios()} (rule 3). Components and services are named by id; an unknown id or scenario index is an
 * {@link IllegalArgumentException} or {@link IndexOutOfBoundsException}. Times are minutes, RPOs seconds, capacities
 * percent; {@link #UNBOUNDED} stands for an unbounded time or loss. Implementations compute numbers lazily and are
 * safe for concurrent readers.
 */
public interface LossAnalysis {
    /** An unbounded time (minutes) or data loss (seconds). */
    long UNBOUNDED = Long.MAX_VALUE;

    /** Rules 1 to 3: the scenarios, in order. */
    List<LossScenario> scenarios();

    /** Index of a scenario id, or -1. */
    int scenarioIndex(String scenarioId);

    /** Rule 2: the scenario strikes the component (the component lists the scenario's group). */
    boolean isStruck(int scenario, String componentId);

    /** Rules 7 to 9: the component is down at the least fixed point. */
    boolean isComponentDown(int scenario, String componentId);

    /** Ids of the components down in the scenario, in document order. */
    List<String> downComponents(int scenario);

    int downComponentCount(int scenario);

    /** Rule 8 read at the fixed point: the component's path, {@link ComponentPath#DOWN} when down. */
    ComponentPath path(int scenario, String componentId);

    /** What rule 8 (and 13) reads of the component in the scenario. */
    PathCheck pathCheck(int scenario, String componentId);

    /** Rule 10. */
    ServiceStatus serviceStatus(int scenario, String serviceId);

    /** Ids of the services down in the scenario, in document order. */
    List<String> downServices(int scenario);

    /** Ids of the services degraded (not down, capacity below 100) in the scenario, in document order. */
    List<String> degradedServices(int scenario);

    /** Rule 10: the sum of {@code dailyUsers} of the services down in the scenario. */
    long usersLost(int scenario);

    /** Rule 14: the sum of ⌊dailyUsers × (100 − capacity) / 100⌋ over the services degraded in the scenario. */
    long usersAffected(int scenario);

    /**
     * The largest {@code dailyUsers} of one service down in the scenario (0 when none is): the people lost are at
     * least this many, while {@link #usersLost} counts a person once per service they use (docs/people-counts.md).
     */
    long usersLostLargestService(int scenario);

    /** The largest ⌊dailyUsers × (100 − capacity) / 100⌋ of one degraded service: the lower bound of {@link #usersAffected}. */
    long usersAffectedLargestService(int scenario);

    /** Rule 14: the capacity of the component on the path it takes (uncapped); empty when it is down. */
    OptionalLong capacity(int scenario, String componentId);

    /** Rule 14: {@code min(100, E)} of the component (its effective capacity capped as a service's); empty when down. */
    OptionalLong effectiveCapacity(int scenario, String componentId);

    /** Rule 14: {@code min(100, smallest E of its entrypoints)}; empty when the service is down. */
    OptionalLong serviceCapacity(int scenario, String serviceId);

    /** Rules 11 and 12: the component's recovery time; empty when it is down. */
    OptionalLong recoveryMinutes(int scenario, String componentId);

    /** Rule 12: the largest recovery time of the service's entrypoints; empty when the service is down. */
    OptionalLong serviceRecoveryMinutes(int scenario, String serviceId);

    /** Rule 12 and §7.14. */
    EstimatedRto estimatedRto(String serviceId);

    /**
     * Computes now, unless known, the per-service figures (recovery time, capacity, RPO) of the scenarios in the
     * block of 64 that holds {@code scenario}, which are otherwise computed on first read: a caller with several
     * threads spreads this work over them, one block each, before its readers need it. No answer depends on it.
     */
    default void prepareFigures(int scenario) {
    }

    /**
     * Rule 4 (§7.5): the sites holding a durable component's data, home site first, then by site order; empty for a
     * component that holds no data.
     */
    List<Holder> holders(String componentId);

    /** Rule 5: the achievable RPO of a durable component in seconds ({@link #UNBOUNDED} when unbounded). */
    long rpoSeconds(int scenario, String componentId);

    /** Rule 6 (§7.6: also where the service is down). */
    ServiceRpo serviceRpo(int scenario, String serviceId);

    /** The scenario with the service's largest RPO (the first on ties) and its limiting component (DATA-003). */
    ServiceRpo worstRpo(String serviceId);

    /** Rule 13: the repair of a component the scenario strikes ({@link #UNBOUNDED} when it cannot be repaired). */
    long repairMinutes(int scenario, String componentId);

    /** Rule 13: the repair estimate of a service down in the scenario; empty when it is not down. */
    Optional<RepairEstimate> repairEstimate(int scenario, String serviceId);

    /**
     * Why a service is down in a scenario: the service, its down entrypoints and, below each down component, its
     * cause (struck; no usable path, with what blocks each path; or its down hard dependencies), down to root
     * causes. Empty when the service is not down.
     */
    List<ChainStep> explainService(int scenario, String serviceId);

    /** As {@link #explainService} for one component; empty when it is up. */
    List<ChainStep> explainComponent(int scenario, String componentId);

    /**
     * The steps that add up to a service's recovery time in a scenario: the service, its slowest entrypoint and,
     * step by step, the dependency that sets the largest time below it. Empty when the service is down.
     */
    List<ChainStep> explainServiceRecovery(int scenario, String serviceId);

    /**
     * §7.7 (a): the scenarios, ascending, in which the component is not struck, has no surviving active placement
     * but a surviving standby, its failover is automatic or operator-decided, and a {@code failover.requires}
     * component is down.
     */
    int[] failoverBlockedScenarios(String componentId);

    /**
     * §7.7 (b): the scenarios, ascending, in which the component is not struck, has no surviving active placement,
     * no usable failover path (rule 8b), declares a restore, and a {@code restore.requires} component is down.
     */
    int[] restoreBlockedScenarios(String componentId);

    /**
     * OPS-004: the scenarios, ascending, that need a provider-decided manual failover: the component is not struck,
     * no active placement survives and a standby does.
     */
    int[] providerFailoverScenarios(String componentId);

    /**
     * OPS-003: the scenarios, ascending, in which the component is struck, keeps a placement in a surviving site,
     * declares a recovery, and a {@code recovery.requires} component is down.
     */
    int[] repairBlockedScenarios(String componentId);
}
