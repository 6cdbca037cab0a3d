package kr.drregistry.plan.form;

import java.util.HashMap;
import java.util.Map;

/**
 * The fields of the plan editor by their label: one constant per field of {@link PlanFormSpec#ROOT} (and the plan
 * year), so the editor's labels, the error summary and the review page name a field by a typed message method that
 * Qute checks at build time ({@code {plan:field(f.label)}}, key {@code field_$OFFICER_NAME} in the {@code plan}
 * bundle). {@code key} is the field's form name without row numbers, its parts joined by {@code _}
 * ({@code /contacts/2/phone} → {@code contacts_phone}).
 */
public enum PlanField {
    OFFICER_NAME("officer_name"),
    OFFICER_TITLE("officer_title"),
    OFFICER_PHONE24X7("officer_phone24x7"),
    OFFICER_EMAIL("officer_email"),
    DEPARTMENT_NAME("department_name"),
    DEPARTMENT_DEDICATED("department_dedicated"),
    DEPARTMENT_STAFF_COUNT("department_staffCount"),
    CONTACTS_NAME("contacts_name"),
    CONTACTS_ROLE("contacts_role"),
    CONTACTS_PHONE("contacts_phone"),
    CONTACTS_AVAILABLE24X7("contacts_available24x7"),
    ESCALATION_ORDER("escalation_order"),
    ESCALATION_ROLE("escalation_role"),
    ESCALATION_CONTACT("escalation_contact"),
    ESCALATION_WITHIN_MINUTES("escalation_withinMinutes"),
    ALERT_LEVELS_CRITERIA("alertLevels_criteria"),
    ALERT_LEVELS_ACTIONS("alertLevels_actions"),
    SCENARIOS_KIND("scenarios_kind"),
    SCENARIOS_TITLE("scenarios_title"),
    SCENARIOS_DESCRIPTION("scenarios_description"),
    SCENARIOS_RESPONSE("scenarios_response"),
    DETECTION_MONITORING("detection_monitoring"),
    DETECTION_REAL_TIME_MONITORING("detection_realTimeMonitoring"),
    DETECTION_DECLARATION_AUTHORITY("detection_declarationAuthority"),
    DETECTION_DECLARATION_CRITERIA("detection_declarationCriteria"),
    DETECTION_OUTAGE_REPORT_THRESHOLD_MINUTES("detection_outageReportThresholdMinutes"),
    PROCEDURES_SERVICE_ID("procedures_serviceId"),
    PROCEDURES_FAILOVER_STEPS("procedures_failoverSteps"),
    PROCEDURES_RECOVERY_STEPS("procedures_recoverySteps"),
    PROCEDURES_TARGET_RTO_MINUTES("procedures_targetRtoMinutes"),
    NOTIFICATION_USER_NOTICE_CHANNELS("notification_userNotice_channels"),
    NOTIFICATION_USER_NOTICE_THRESHOLD_MINUTES("notification_userNotice_thresholdMinutes"),
    NOTIFICATION_USER_NOTICE_TEMPLATE_FACT("notification_userNotice_template_fact"),
    NOTIFICATION_USER_NOTICE_TEMPLATE_CAUSE("notification_userNotice_template_cause"),
    NOTIFICATION_USER_NOTICE_TEMPLATE_RESPONSE("notification_userNotice_template_response"),
    NOTIFICATION_USER_NOTICE_TEMPLATE_CONTACT("notification_userNotice_template_contact"),
    NOTIFICATION_REGULATOR_REPORT_CHANNEL("notification_regulatorReport_channel"),
    NOTIFICATION_REGULATOR_REPORT_WITHIN_MINUTES("notification_regulatorReport_withinMinutes"),
    DRILLS_DATE("drills_date"),
    DRILLS_SCENARIO("drills_scenario"),
    DRILLS_SERVICES("drills_services"),
    UPDATE_VALIDATION_TEST_ENVIRONMENT("updateValidation_testEnvironment"),
    UPDATE_VALIDATION_THIRD_PARTY_AND_SECURITY_PREVALIDATED("updateValidation_thirdPartyAndSecurityPrevalidated"),
    UPDATE_VALIDATION_DESCRIPTION("updateValidation_description"),
    MULTICLOUD_PROVIDERS("multicloud_providers"),
    ALERT_LEVELS_LEVEL("alertLevels_level"),
    PLAN_YEAR("planYear");

    private static final Map<String, PlanField> BY_KEY = new HashMap<>();

    static {
        for (PlanField f : values()) {
            BY_KEY.put(f.key, f);
        }
    }

    private final String key;

    PlanField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /**
     * The field at form name or pointer {@code name} ({@code /contacts/2/phone}, {@code /contacts/__i__/phone}), or
     * null when the form has no such field (a member of a newer plan, for example): never throws.
     */
    public static PlanField of(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String t : (name.startsWith("/") ? name.substring(1) : name).split("/")) {
            if (!t.isEmpty() && !t.chars().allMatch(Character::isDigit) && !t.equals("__i__")) {
                sb.append(sb.length() == 0 ? "" : "_").append(t);
            }
        }
        return BY_KEY.get(sb.toString());
    }

    /** The field whose key is {@code key} ({@code contacts_phone}), or null. */
    public static PlanField ofKey(String key) {
        return key == null ? null : BY_KEY.get(key);
    }
}
