package kr.drregistry.topology.loss;

/**
 * Rule 12: a service's estimated RTO, the largest recovery time over the scenarios where it is not down, and the
 * scenario it comes from (the first on ties). A service down in every scenario has an unbounded estimate
 * ({@code minutes == }{@link LossAnalysis#UNBOUNDED}) and names the first scenario (§7.14).
 */
public record EstimatedRto(long minutes, int scenario) {
    public boolean unbounded() {
        return minutes == LossAnalysis.UNBOUNDED;
    }
}
