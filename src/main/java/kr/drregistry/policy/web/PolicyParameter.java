package kr.drregistry.policy.web;

import java.util.Arrays;

import kr.drregistry.rules.Policy;

/**
 * The parameters of a validation policy as the policy page names them: one constant per parameter the rules read
 * ({@code Policies.PARAMETERS}), so that each has its description in the {@code policy} bundle and Qute checks at build
 * time that none is missing ({@code {policy:param(q.parameter)}}, keys {@code param_$GEO_MIN_DISTANCE_KM}).
 * {@code PolicyParameterTest} holds this list to {@code Policies.PARAMETERS}.
 */
public enum PolicyParameter {
    GEO_MIN_DISTANCE_KM(Policy.GEO_MIN_DISTANCE_KM),
    DRILL_MAX_AGE_MONTHS(Policy.DRILL_MAX_AGE_MONTHS),
    DRILL_WORST_SITE_MAX_AGE_MONTHS(Policy.DRILL_WORST_SITE_MAX_AGE_MONTHS),
    CAPACITY_MIN_SURVIVING_PCT(Policy.CAPACITY_MIN_SURVIVING_PCT),
    FAILOVER_DEFAULT_MANUAL_MINUTES(Policy.FAILOVER_DEFAULT_MANUAL_MINUTES),
    FACILITY_MAX_MWH_PER_COMPARTMENT(Policy.FACILITY_MAX_MWH_PER_COMPARTMENT),
    FACILITY_MAX_BMS_SAMPLING_SECONDS(Policy.FACILITY_MAX_BMS_SAMPLING_SECONDS),
    MANUAL_REPORT_THRESHOLD_MINUTES(Policy.MANUAL_REPORT_THRESHOLD_MINUTES),
    MANUAL_USER_NOTICE_THRESHOLD_MINUTES(Policy.MANUAL_USER_NOTICE_THRESHOLD_MINUTES),
    FILING_DUE_MONTH(Policy.FILING_DUE_MONTH),
    FILING_DUE_DAY(Policy.FILING_DUE_DAY),
    CONCENTRATION_MIN_OPERATORS(Policy.CONCENTRATION_MIN_OPERATORS),
    CONCENTRATION_MAX_TIER(Policy.CONCENTRATION_MAX_TIER),
    CONCENTRATION_SAME_SITE_KM(Policy.CONCENTRATION_SAME_SITE_KM),
    COVERAGE_VA_MIN_DAILY_USERS(Policy.COVERAGE_VA_MIN_DAILY_USERS),
    COVERAGE_VA_MIN_TRAFFIC_SHARE_PCT(Policy.COVERAGE_VA_MIN_TRAFFIC_SHARE_PCT),
    COVERAGE_VA_CRITERIA_REQUIRED(Policy.COVERAGE_VA_CRITERIA_REQUIRED),
    COVERAGE_IDC_MIN_FLOOR_AREA_M2(Policy.COVERAGE_IDC_MIN_FLOOR_AREA_M2),
    COVERAGE_IDC_MIN_RECEIVED_POWER_MW(Policy.COVERAGE_IDC_MIN_RECEIVED_POWER_MW),
    COVERAGE_IDC_SIZE_CRITERIA_REQUIRED(Policy.COVERAGE_IDC_SIZE_CRITERIA_REQUIRED),
    COVERAGE_IDC_MIN_REVENUE_KRW(Policy.COVERAGE_IDC_MIN_REVENUE_KRW),
    COVERAGE_IDC_REVENUE_REQUIRED(Policy.COVERAGE_IDC_REVENUE_REQUIRED);

    private final String wire;

    PolicyParameter(String wire) {
        this.wire = wire;
    }

    /** The parameter's name in the policy document: {@code geo.minDistanceKm}. */
    public String wire() {
        return wire;
    }

    /** The constant of a parameter name of the policy document. */
    public static PolicyParameter of(String wire) {
        return Arrays.stream(values()).filter(p -> p.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no policy parameter " + wire));
    }
}
