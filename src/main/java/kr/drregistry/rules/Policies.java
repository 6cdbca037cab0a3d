package kr.drregistry.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The rule ids and parameter names a policy must define, and the default policy shipped on the classpath. */
public final class Policies {
    /**
     * Every rule id a policy sets: the topology rules in the order of the contract's rule table (CONC-001 is the
     * regulator's view), the rules drr/v2 adds (FILING-FORMAT-V2.md §4 and §7.13), then the disaster-management plan rules MAN-001 to MAN-014 ({@code kr.drregistry.manual}).
     */
    public static final List<String> RULE_IDS = List.of(
            "SPOF-001", "SPOF-002", "OPS-001", "OPS-002", "DATA-001", "DATA-002", "DATA-003", "RTO-001", "CAP-001",
            "GEO-001", "DRILL-001", "DRILL-002", "CLOUD-001",
            "FAC-001", "FAC-002", "FAC-003", "FAC-004", "FAC-005", "FAC-006", "FAC-007", "CONC-001",
            "OPS-003", "OPS-004", "OPS-005", "DATA-004", "GEO-002", "DRILL-003", "FAC-008", "FAC-009", "FAC-010",
            "MAN-001", "MAN-002", "MAN-003", "MAN-004", "MAN-005", "MAN-006", "MAN-007", "MAN-008", "MAN-009",
            "MAN-010", "MAN-011", "MAN-012", "MAN-013", "MAN-014");

    /** Every parameter a policy sets. */
    public static final List<String> PARAMETERS = List.of(
            Policy.GEO_MIN_DISTANCE_KM, Policy.DRILL_MAX_AGE_MONTHS, Policy.DRILL_WORST_SITE_MAX_AGE_MONTHS,
            Policy.CAPACITY_MIN_SURVIVING_PCT,
            Policy.FAILOVER_DEFAULT_MANUAL_MINUTES, Policy.FACILITY_MAX_MWH_PER_COMPARTMENT,
            Policy.FACILITY_MAX_BMS_SAMPLING_SECONDS, Policy.MANUAL_REPORT_THRESHOLD_MINUTES,
            Policy.MANUAL_USER_NOTICE_THRESHOLD_MINUTES,
            Policy.FILING_DUE_MONTH, Policy.FILING_DUE_DAY, Policy.CONCENTRATION_MIN_OPERATORS,
            Policy.CONCENTRATION_MAX_TIER, Policy.CONCENTRATION_SAME_SITE_KM,
            Policy.COVERAGE_VA_MIN_DAILY_USERS, Policy.COVERAGE_VA_MIN_TRAFFIC_SHARE_PCT, Policy.COVERAGE_VA_CRITERIA_REQUIRED,
            Policy.COVERAGE_IDC_MIN_FLOOR_AREA_M2, Policy.COVERAGE_IDC_MIN_RECEIVED_POWER_MW,
            Policy.COVERAGE_IDC_SIZE_CRITERIA_REQUIRED, Policy.COVERAGE_IDC_MIN_REVENUE_KRW, Policy.COVERAGE_IDC_REVENUE_REQUIRED);

    /** Classpath location of the default policy. */
    public static final String DEFAULT_RESOURCE = "/policy/kr-msit-2026.json";

    private static final Policy DEFAULT = load(DEFAULT_RESOURCE);

    private Policies() {
    }

    /** The MSIT policy shipped with the product ({@value #DEFAULT_RESOURCE}). */
    public static Policy defaultPolicy() {
        return DEFAULT;
    }

    private static Policy load(String resource) {
        try (InputStream in = Policies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("default policy " + resource + " is missing from the classpath");
            }
            return PolicyJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read default policy " + resource, e);
        }
    }
}
