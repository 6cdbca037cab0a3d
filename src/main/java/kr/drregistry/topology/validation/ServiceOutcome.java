package kr.drregistry.topology.validation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One service in one scenario of a drr/v2 report (FILING-FORMAT-V2.md §3): {@code status} {@code up},
 * {@code degraded} or {@code down}; {@code capacityPct} when not down; {@code rpoSeconds} (rule 6); when not down
 * {@code recoveryMinutes} (rule 12), when down {@code repairEstimateMinutes} (rule 13). An unbounded number is the
 * string {@code "unbounded"}, so the fields are numbers or that word.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceOutcome(String id, String status, Long capacityPct, Object rpoSeconds, Object recoveryMinutes,
                             Object repairEstimateMinutes) {
    /** How an unbounded time or loss is written. */
    public static final String UNBOUNDED = "unbounded";

    /** {@code value}, or {@link #UNBOUNDED} for {@link kr.drregistry.topology.loss.LossAnalysis#UNBOUNDED}. */
    public static Object number(long value) {
        return value == kr.drregistry.topology.loss.LossAnalysis.UNBOUNDED ? UNBOUNDED : (Object) value;
    }
}
