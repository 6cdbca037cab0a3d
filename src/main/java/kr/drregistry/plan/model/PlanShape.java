package kr.drregistry.plan.model;

import java.util.List;
import java.util.Set;

/**
 * The objects of the plan/v1 JSON form: their field names in canonical order (also the order of the JSON
 * Schema's {@code properties}), their required fields, and the name of their {@code $defs} entry in
 * {@code schema/plan-v1.json} (null for the document root). Shared by {@link PlanReader} and {@link PlanJson}.
 */
enum PlanShape {
    ROOT(null, List.of("format", "planYear", "officer", "department", "contacts", "escalation", "alertLevels",
            "scenarios", "detection", "procedures", "notification", "drills", "updateValidation", "multicloud"),
            Set.of("format", "planYear")),
    OFFICER("officer", List.of("name", "title", "phone24x7", "email"), Set.of()),
    DEPARTMENT("department", List.of("name", "dedicated", "staffCount"), Set.of()),
    CONTACT("contact", List.of("name", "role", "phone", "available24x7"), Set.of("name")),
    ESCALATION_STEP("escalationStep", List.of("order", "role", "contact", "withinMinutes"), Set.of("order", "role")),
    ALERT_LEVEL("alertLevel", List.of("level", "criteria", "actions"), Set.of("level")),
    SCENARIO("scenario", List.of("kind", "title", "description", "response"), Set.of("kind")),
    DETECTION("detection", List.of("monitoring", "realTimeMonitoring", "declarationAuthority", "declarationCriteria",
            "outageReportThresholdMinutes"), Set.of()),
    PROCEDURE("procedure", List.of("serviceId", "failoverSteps", "recoverySteps", "targetRtoMinutes"),
            Set.of("serviceId")),
    NOTIFICATION("notification", List.of("userNotice", "regulatorReport"), Set.of()),
    USER_NOTICE("userNotice", List.of("channels", "thresholdMinutes", "template"), Set.of()),
    NOTICE_TEMPLATE("noticeTemplate", List.of("fact", "cause", "response", "contact"), Set.of()),
    REGULATOR_REPORT("regulatorReport", List.of("channel", "withinMinutes"), Set.of()),
    DRILL("drill", List.of("date", "scenario", "services"), Set.of("date", "scenario")),
    UPDATE_VALIDATION("updateValidation", List.of("testEnvironment", "thirdPartyAndSecurityPrevalidated",
            "description"), Set.of()),
    MULTICLOUD("multicloud", List.of("providers"), Set.of());

    final String schemaDef;
    final List<String> fields;
    final Set<String> required;

    PlanShape(String schemaDef, List<String> fields, Set<String> required) {
        this.schemaDef = schemaDef;
        this.fields = fields;
        this.required = required;
    }
}
