package kr.drregistry.topology.loss;

/**
 * Rule 13: the repair estimate of a service down in a scenario S, in minutes ({@link LossAnalysis#UNBOUNDED} when
 * unbounded). {@code downWithoutStrikes}: the service is down in S⁰ (S striking nothing) too, which makes the
 * estimate unbounded. Otherwise {@code limitingComponent} is the struck component, reachable from the entrypoints
 * over hard dependencies, {@code anyOf} members, {@code failover.requires} and {@code restore.requires}, with the
 * largest repair ({@code repairMinutes}; the first in document order on ties), and {@code recoveryWithoutStrikes}
 * the service's recovery time in S⁰; the estimate is their sum.
 */
public record RepairEstimate(long minutes, boolean downWithoutStrikes, String limitingComponent, long repairMinutes,
                             long recoveryWithoutStrikes) {
    public boolean unbounded() {
        return minutes == LossAnalysis.UNBOUNDED;
    }
}
