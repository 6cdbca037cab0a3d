package kr.drregistry.sector.coverage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import kr.drregistry.sector.coverage.Assessment.Criterion;
import kr.drregistry.sector.coverage.Assessment.Outcome;
import kr.drregistry.sector.coverage.Assessment.State;
import kr.drregistry.rules.Policy;

/**
 * Who must file (주요방송통신사업자), with the thresholds and their and/or structure taken from the policy's
 * {@code coverage.*} parameters. A threshold is met at exactly its value ({@code ≥}). Values that are not known make
 * the outcome {@link Outcome#DATA_MISSING} unless the known values already decide it (one met criterion covers a
 * value-added operator whatever the other says; an IDC below the revenue threshold is not covered whatever its size).
 */
public record CoverageRules(BigDecimal vaMinDailyUsers, BigDecimal vaMinTrafficSharePct, int vaCriteriaRequired,
                            BigDecimal idcMinFloorAreaM2, BigDecimal idcMinReceivedPowerMw, int idcSizeCriteriaRequired,
                            BigDecimal idcMinRevenueKrw, boolean idcRevenueRequired) {

    public static CoverageRules of(Policy policy) {
        return new CoverageRules(dec(policy, Policy.COVERAGE_VA_MIN_DAILY_USERS), dec(policy, Policy.COVERAGE_VA_MIN_TRAFFIC_SHARE_PCT),
                count(policy, Policy.COVERAGE_VA_CRITERIA_REQUIRED), dec(policy, Policy.COVERAGE_IDC_MIN_FLOOR_AREA_M2),
                dec(policy, Policy.COVERAGE_IDC_MIN_RECEIVED_POWER_MW), count(policy, Policy.COVERAGE_IDC_SIZE_CRITERIA_REQUIRED),
                dec(policy, Policy.COVERAGE_IDC_MIN_REVENUE_KRW), policy.param(Policy.COVERAGE_IDC_REVENUE_REQUIRED) >= 1);
    }

    private static BigDecimal dec(Policy policy, String name) {
        return BigDecimal.valueOf(policy.param(name)).stripTrailingZeros();
    }

    /** "How many of two criteria": 1 (either) or 2 (both); anything else is clamped. */
    private static int count(Policy policy, String name) {
        return (int) Math.max(1, Math.min(2, Math.round(policy.param(name))));
    }

    public Assessment assess(Designation d) {
        List<Criterion> criteria = new ArrayList<>();
        if (d.kind() == Designation.OperatorKind.VALUE_ADDED) {
            Criterion users = criterion("dailyUsers", "reach", d.dailyUsers() == null ? null : BigDecimal.valueOf(d.dailyUsers()), vaMinDailyUsers);
            Criterion share = criterion("trafficSharePct", "reach", d.trafficSharePct(), vaMinTrafficSharePct);
            criteria.add(users);
            criteria.add(share);
            return new Assessment(outcome(atLeast(vaCriteriaRequired, users, share)), criteria);
        }
        Criterion floor = criterion("floorAreaM2", "size", d.floorAreaM2(), idcMinFloorAreaM2);
        Criterion power = criterion("receivedPowerMw", "size", d.receivedPowerMw(), idcMinReceivedPowerMw);
        criteria.add(floor);
        criteria.add(power);
        State size = atLeast(idcSizeCriteriaRequired, floor, power);
        if (!idcRevenueRequired) {
            return new Assessment(outcome(size), criteria);
        }
        Criterion revenue = criterion("revenueKrw", "revenue", d.revenueKrw() == null ? null : BigDecimal.valueOf(d.revenueKrw()), idcMinRevenueKrw);
        criteria.add(revenue);
        return new Assessment(outcome(and(size, revenue.state())), criteria);
    }

    private static Criterion criterion(String field, String group, BigDecimal value, BigDecimal threshold) {
        State state = value == null ? State.UNKNOWN : value.compareTo(threshold) >= 0 ? State.MET : State.NOT_MET;
        return new Criterion(field, group, value, threshold, state);
    }

    /** At least {@code k} of the criteria met; unknown while the unknown ones could still decide it. */
    static State atLeast(int k, Criterion... criteria) {
        int met = 0;
        int unknown = 0;
        for (Criterion c : criteria) {
            if (c.state() == State.MET) {
                met++;
            } else if (c.state() == State.UNKNOWN) {
                unknown++;
            }
        }
        if (met >= k) {
            return State.MET;
        }
        return met + unknown >= k ? State.UNKNOWN : State.NOT_MET;
    }

    static State and(State a, State b) {
        if (a == State.NOT_MET || b == State.NOT_MET) {
            return State.NOT_MET;
        }
        return a == State.MET && b == State.MET ? State.MET : State.UNKNOWN;
    }

    private static Outcome outcome(State s) {
        return switch (s) {
            case MET -> Outcome.COVERED;
            case NOT_MET -> Outcome.NOT_COVERED;
            case UNKNOWN -> Outcome.DATA_MISSING;
        };
    }
}
