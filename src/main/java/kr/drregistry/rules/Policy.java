package kr.drregistry.rules;

import java.util.Map;

/**
 * The regulatory numbers the rules use, as versioned data: per rule its severity, whether it runs and its
 * legal or guideline basis; and named parameters (distances, ages, thresholds). Every report names
 * {@link #id()} and {@link #version()}. Loaded from JSON by the application; the shipped default lives in
 * {@code src/main/resources/policy/}.
 */
public record Policy(String id, String version, LocalizedText title, Map<String, RuleSetting> rules,
                     Map<String, Double> parameters) {

    public Policy {
        rules = Map.copyOf(rules);
        parameters = Map.copyOf(parameters);
    }

    /** Parameter names the rules read. */
    public static final String GEO_MIN_DISTANCE_KM = "geo.minDistanceKm";
    public static final String DRILL_MAX_AGE_MONTHS = "drill.maxAgeMonths";
    /** DRILL-003 (drr/v2): the site-loss drill of the site whose loss costs the most users is at most this old. */
    public static final String DRILL_WORST_SITE_MAX_AGE_MONTHS = "drill.worstSiteMaxAgeMonths";
    public static final String CAPACITY_MIN_SURVIVING_PCT = "capacity.minSurvivingPct";
    public static final String FAILOVER_DEFAULT_MANUAL_MINUTES = "failover.defaultManualMinutes";
    public static final String FACILITY_MAX_MWH_PER_COMPARTMENT = "facility.maxMwhPerCompartment";
    public static final String FACILITY_MAX_BMS_SAMPLING_SECONDS = "facility.maxBmsSamplingSeconds";
    /** The plan's outage-report threshold must not exceed this many minutes (MAN-009). */
    public static final String MANUAL_REPORT_THRESHOLD_MINUTES = "manual.reportThresholdMinutes";
    /**
     * When a year's plan and topology are due: day {@code filing.dueDay} of month {@code filing.dueMonth} of the year
     * BEFORE the plan year (Korean time). The legal text gives no fixed date (REGULATION.md: the guideline is
     * approved around July and operators file before the year begins), so the regulator sets it here.
     */
    /** CONC-001: a place is a concentration when it carries tier-1 services of at least this many operators. */
    public static final String CONCENTRATION_MIN_OPERATORS = "concentration.minOperators";
    /** CONC-001: services of at most this tier count. */
    public static final String CONCENTRATION_MAX_TIER = "concentration.maxTier";
    /** CONC-001: sites of different operators closer than this many kilometres are one place. */
    public static final String CONCENTRATION_SAME_SITE_KM = "concentration.sameSiteKm";
    public static final String FILING_DUE_MONTH = "filing.dueMonth";
    public static final String FILING_DUE_DAY = "filing.dueDay";
    /** The plan's user-notice threshold must not exceed this many minutes (MAN-010). */
    public static final String MANUAL_USER_NOTICE_THRESHOLD_MINUTES = "manual.userNoticeThresholdMinutes";

    /*
     * Who must file (REGULATION.md "who is covered"), read by kr.drregistry.sector.coverage.CoverageRules. A value-added
     * operator is covered when at least {@code criteriaRequired} of its two criteria (daily users, traffic share) are
     * met (1 = either, 2 = both); an IDC operator when at least {@code sizeCriteriaRequired} of floor area and received
     * power are met and, if {@code revenueRequired} is 1, its revenue as well.
     */
    public static final String COVERAGE_VA_MIN_DAILY_USERS = "coverage.valueAdded.minDailyUsers";
    public static final String COVERAGE_VA_MIN_TRAFFIC_SHARE_PCT = "coverage.valueAdded.minTrafficSharePct";
    public static final String COVERAGE_VA_CRITERIA_REQUIRED = "coverage.valueAdded.criteriaRequired";
    public static final String COVERAGE_IDC_MIN_FLOOR_AREA_M2 = "coverage.idc.minFloorAreaM2";
    public static final String COVERAGE_IDC_MIN_RECEIVED_POWER_MW = "coverage.idc.minReceivedPowerMw";
    public static final String COVERAGE_IDC_SIZE_CRITERIA_REQUIRED = "coverage.idc.sizeCriteriaRequired";
    public static final String COVERAGE_IDC_MIN_REVENUE_KRW = "coverage.idc.minRevenueKrw";
    public static final String COVERAGE_IDC_REVENUE_REQUIRED = "coverage.idc.revenueRequired";

    public record RuleSetting(Severity severity, boolean enabled, LocalizedText basis) {
    }

    public RuleSetting rule(String ruleId) {
        RuleSetting s = rules.get(ruleId);
        if (s == null) {
            throw new IllegalArgumentException("policy " + id + "@" + version + " has no setting for rule " + ruleId);
        }
        return s;
    }

    public boolean enabled(String ruleId) {
        RuleSetting s = rules.get(ruleId);
        return s != null && s.enabled();
    }

    public double param(String name) {
        Double v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("policy " + id + "@" + version + " has no parameter " + name);
        }
        return v;
    }
}
