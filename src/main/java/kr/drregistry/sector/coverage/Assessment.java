package kr.drregistry.sector.coverage;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether an operator must file under the active policy and why: every criterion with the declared value, the
 * threshold and whether it is met. An unknown value never counts as "not covered": when the known values neither
 * cover nor exclude the operator the outcome is {@link Outcome#DATA_MISSING}.
 */
public record Assessment(Outcome outcome, List<Criterion> criteria) {
    public Assessment {
        criteria = List.copyOf(criteria);
    }

    public enum Outcome {
        COVERED, NOT_COVERED, DATA_MISSING
    }

    /** Three-valued: a criterion whose value is unknown is neither met nor missed. */
    public enum State {
        MET, NOT_MET, UNKNOWN
    }

    /**
     * One threshold test. {@code field}: dailyUsers, trafficSharePct, floorAreaM2, receivedPowerMw or revenueKrw;
     * {@code group}: "size" for the IDC size criteria (one of which suffices by default), "revenue" for the IDC revenue
     * condition, "reach" for the value-added criteria.
     */
    public record Criterion(String field, String group, BigDecimal value, BigDecimal threshold, State state) {
        public boolean met() {
            return state == State.MET;
        }

        public boolean unknown() {
            return state == State.UNKNOWN;
        }
    }

    public boolean covered() {
        return outcome == Outcome.COVERED;
    }

    public boolean dataMissing() {
        return outcome == Outcome.DATA_MISSING;
    }

    public List<Criterion> met() {
        return criteria.stream().filter(Criterion::met).toList();
    }

    /** The fields whose value is unknown. */
    public List<String> missing() {
        return criteria.stream().filter(Criterion::unknown).map(Criterion::field).toList();
    }
}
