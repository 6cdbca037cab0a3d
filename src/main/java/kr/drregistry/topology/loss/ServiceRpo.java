package kr.drregistry.topology.loss;

/**
 * Rule 6: a service's RPO in one scenario, in seconds ({@link LossAnalysis#UNBOUNDED} when unbounded): the largest
 * achievable RPO among the durable components in the hard closure of its entrypoints, 0 if none; the limiting
 * component is the one with that RPO (the first in document order on ties), null when the RPO is 0. In
 * {@link LossAnalysis#worstRpo}, {@code scenario} is the scenario with the largest RPO (the first on ties).
 */
public record ServiceRpo(int scenario, long seconds, String limitingComponent) {
    public boolean unbounded() {
        return seconds == LossAnalysis.UNBOUNDED;
    }
}
