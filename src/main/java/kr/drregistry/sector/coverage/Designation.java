package kr.drregistry.sector.coverage;

import java.math.BigDecimal;

/**
 * What an operator declared about itself for designation (REGULATION.md "who is covered"); {@code null} means the
 * value is not known, which is not the same as zero.
 */
public record Designation(OperatorKind kind, Long dailyUsers, BigDecimal trafficSharePct, BigDecimal floorAreaM2,
                          BigDecimal receivedPowerMw, Long revenueKrw) {

    /** The two kinds of operator the designation thresholds apply to. */
    public enum OperatorKind {
        VALUE_ADDED, IDC
    }
}
