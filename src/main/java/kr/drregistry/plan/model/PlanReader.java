package kr.drregistry.plan.model;

import kr.drregistry.rules.Josa;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import kr.drregistry.topology.parse.ParseError;

/**
 * One pass over a parsed plan/v1 tree that builds the {@link PlanContent} and collects every structural error
 * (unknown or missing field, wrong type, out-of-range number, over-long or blank text, bad enum, date or id,
 * duplicate level, scenario kind or service procedure) before failing. Completeness is left to the plan rules.
 */
final class PlanReader {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final List<ParseError> errors = new ArrayList<>();
    private boolean truncated;

    /** The plan, or a {@link PlanParseException} with every error found. */
    PlanContent read(JsonNode root) {
        PlanContent plan = null;
        if (object(root, "", PlanShape.ROOT)) {
            String format = root.get("format") == null ? null : text(root.get("format"), "/format", PlanJson.NAME_MAX);
            if (format != null && !PlanContent.FORMAT.equals(format)) {
                add("/format", ParseError.UNSUPPORTED_FORMAT,
                        "Unsupported format " + quote(format) + "; this version accepts \"" + PlanContent.FORMAT + "\" only.",
                        "지원하지 않는 형식 " + quote(format) + "입니다. \"" + PlanContent.FORMAT + "\"만 받습니다.");
            }
            Integer year = integer(root.get("planYear"), "/planYear", PlanJson.MIN_YEAR, PlanJson.MAX_YEAR);
            plan = new PlanContent(year == null ? 0 : year,
                    officer(root.get("officer"), "/officer"),
                    department(root.get("department"), "/department"),
                    list(root.get("contacts"), "/contacts", this::contact),
                    list(root.get("escalation"), "/escalation", this::escalationStep),
                    alertLevels(root.get("alertLevels")),
                    scenarios(root.get("scenarios")),
                    detection(root.get("detection"), "/detection"),
                    procedures(root.get("procedures")),
                    notification(root.get("notification"), "/notification"),
                    list(root.get("drills"), "/drills", this::drill),
                    updateValidation(root.get("updateValidation"), "/updateValidation"),
                    multicloud(root.get("multicloud"), "/multicloud"));
        }
        if (!errors.isEmpty()) {
            throw exception();
        }
        return plan;
    }

    /** The errors so far as an exception, ending with {@link ParseError#TOO_MANY_ERRORS} when some were dropped. */
    PlanParseException exception() {
        List<ParseError> all = new ArrayList<>(errors);
        if (truncated) {
            all.add(new ParseError("", ParseError.TOO_MANY_ERRORS,
                    "More than " + PlanJson.MAX_ERRORS + " errors were found; only the first " + PlanJson.MAX_ERRORS
                            + " are reported.",
                    "오류가 " + PlanJson.MAX_ERRORS + "개를 넘어 처음 " + PlanJson.MAX_ERRORS + "개만 보고합니다.", null, null));
        }
        return new PlanParseException(all);
    }

    /* ---- sections ---- */

    private Officer officer(JsonNode node, String at) {
        if (node == null || !object(node, at, PlanShape.OFFICER)) {
            return null;
        }
        return new Officer(optText(node, at, "name", PlanJson.NAME_MAX), optText(node, at, "title", PlanJson.NAME_MAX),
                optText(node, at, "phone24x7", PlanJson.NAME_MAX), optText(node, at, "email", PlanJson.NAME_MAX));
    }

    private Department department(JsonNode node, String at) {
        if (node == null || !object(node, at, PlanShape.DEPARTMENT)) {
            return null;
        }
        return new Department(optText(node, at, "name", PlanJson.NAME_MAX), optBool(node, at, "dedicated"),
                optInt(node, at, "staffCount"));
    }

    private Contact contact(JsonNode node, String at) {
        if (!object(node, at, PlanShape.CONTACT)) {
            return null;
        }
        return new Contact(optText(node, at, "name", PlanJson.NAME_MAX), optText(node, at, "role", PlanJson.NAME_MAX),
                optText(node, at, "phone", PlanJson.NAME_MAX), optBool(node, at, "available24x7"));
    }

    private EscalationStep escalationStep(JsonNode node, String at) {
        if (!object(node, at, PlanShape.ESCALATION_STEP)) {
            return null;
        }
        Integer order = node.get("order") == null ? null : integer(node.get("order"), at + "/order", 1, Integer.MAX_VALUE);
        return new EscalationStep(order == null ? 0 : order, optText(node, at, "role", PlanJson.NAME_MAX),
                optText(node, at, "contact", PlanJson.NAME_MAX), optInt(node, at, "withinMinutes"));
    }

    private List<AlertLevel> alertLevels(JsonNode node) {
        Map<AlertLevelKind, String> seen = new HashMap<>();
        return list(node, "/alertLevels", (item, at) -> {
            if (!object(item, at, PlanShape.ALERT_LEVEL)) {
                return null;
            }
            AlertLevelKind level = enumValue(item.get("level"), at + "/level", AlertLevelKind::fromWire,
                    List.of("attention", "caution", "alert", "serious"));
            if (level != null) {
                unique(seen, level, level.wire(), at);
            }
            return new AlertLevel(level, optText(item, at, "criteria", PlanJson.TEXT_MAX),
                    texts(item.get("actions"), at + "/actions", PlanJson.TEXT_MAX));
        });
    }

    private List<ScenarioPlan> scenarios(JsonNode node) {
        Map<ScenarioKind, String> seen = new HashMap<>();
        return list(node, "/scenarios", (item, at) -> {
            if (!object(item, at, PlanShape.SCENARIO)) {
                return null;
            }
            ScenarioKind kind = scenarioKind(item.get("kind"), at + "/kind");
            if (kind != null && kind != ScenarioKind.OTHER) {
                unique(seen, kind, kind.wire(), at);
            }
            return new ScenarioPlan(kind, optText(item, at, "title", PlanJson.NAME_MAX),
                    optText(item, at, "description", PlanJson.TEXT_MAX), optText(item, at, "response", PlanJson.TEXT_MAX));
        });
    }

    private Detection detection(JsonNode node, String at) {
        if (node == null || !object(node, at, PlanShape.DETECTION)) {
            return null;
        }
        return new Detection(optText(node, at, "monitoring", PlanJson.TEXT_MAX), optBool(node, at, "realTimeMonitoring"),
                optText(node, at, "declarationAuthority", PlanJson.NAME_MAX),
                optText(node, at, "declarationCriteria", PlanJson.TEXT_MAX),
                optInt(node, at, "outageReportThresholdMinutes"));
    }

    private List<ServiceProcedure> procedures(JsonNode node) {
        Map<String, String> seen = new HashMap<>();
        return list(node, "/procedures", (item, at) -> {
            if (!object(item, at, PlanShape.PROCEDURE)) {
                return null;
            }
            String serviceId = item.get("serviceId") == null ? null : slug(item.get("serviceId"), at + "/serviceId");
            if (serviceId != null) {
                unique(seen, serviceId, serviceId, at);
            }
            return new ServiceProcedure(serviceId, texts(item.get("failoverSteps"), at + "/failoverSteps", PlanJson.TEXT_MAX),
                    texts(item.get("recoverySteps"), at + "/recoverySteps", PlanJson.TEXT_MAX),
                    optInt(item, at, "targetRtoMinutes"));
        });
    }

    private Notification notification(JsonNode node, String at) {
        if (node == null || !object(node, at, PlanShape.NOTIFICATION)) {
            return null;
        }
        return new Notification(userNotice(node.get("userNotice"), at + "/userNotice"),
                regulatorReport(node.get("regulatorReport"), at + "/regulatorReport"));
    }

    private UserNotice userNotice(JsonNode node, String at) {
        if (node == null || !object(node, at, PlanShape.USER_NOTICE)) {
            return null;
        }
        return new UserNotice(texts(node.get("channels"), at + "/channels", PlanJson.NAME_MAX),
                optInt(node, at, "thresholdMinutes"), template(node.get("template"), at + "/template"));
    }

    private NoticeTemplate template(JsonNode node, String at) {
        if (node == null || !object(node, at, PlanShape.NOTICE_TEMPLATE)) {
            return null;
        }
        return new NoticeTemplate(optText(node, at, "fact", PlanJson.TEXT_MAX), optText(node, at, "cause", PlanJson.TEXT_MAX),
                optText(node, at, "response", PlanJson.TEXT_MAX), optText(node, at, "contact", PlanJson.TEXT_MAX));
    }

    private RegulatorReport regulatorReport(JsonNode node, String at) {
        if (node == null || !object(node, at, PlanShape.REGULATOR_REPORT)) {
            return null;
        }
        return new RegulatorReport(optText(node, at, "channel", PlanJson.NAME_MAX), optInt(node, at, "withinMinutes"));
    }

    private DrillPlan drill(JsonNode node, String at) {
        if (!object(node, at, PlanShape.DRILL)) {
            return null;
        }
        LocalDate date = node.get("date") == null ? null : date(node.get("date"), at + "/date");
        ScenarioKind scenario = node.get("scenario") == null ? null : scenarioKind(node.get("scenario"), at + "/scenario");
        return new DrillPlan(date, scenario, list(node.get("services"), at + "/services", this::slug));
    }

    private UpdateValidation updateValidation(JsonNode node, String at) {
        if (node == null || !object(node, at, PlanShape.UPDATE_VALIDATION)) {
            return null;
        }
        return new UpdateValidation(optBool(node, at, "testEnvironment"),
                optBool(node, at, "thirdPartyAndSecurityPrevalidated"), optText(node, at, "description", PlanJson.TEXT_MAX));
    }

    private Multicloud multicloud(JsonNode node, String at) {
        if (node == null || !object(node, at, PlanShape.MULTICLOUD)) {
            return null;
        }
        return new Multicloud(texts(node.get("providers"), at + "/providers", PlanJson.NAME_MAX));
    }

    /* ---- values ---- */

    /**
     * True when {@code node} is an object; reports its unknown fields and missing required ones. Missing
     * required fields are reported here, so the callers read them as optional.
     */
    private boolean object(JsonNode node, String at, PlanShape shape) {
        if (!node.isObject()) {
            type(at, "an object", "객체", node);
            return false;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!shape.fields.contains(name)) {
                String names = String.join(", ", shape.fields);
                add(at + "/" + escape(name), ParseError.UNKNOWN_FIELD,
                        "Unknown field " + quote(name) + "; the fields allowed here are: " + names + ".",
                        "알 수 없는 필드 " + quote(name) + "입니다. 여기서 쓸 수 있는 필드: " + names + ".");
            }
        }
        for (String name : shape.fields) {
            if (shape.required.contains(name) && node.get(name) == null) {
                add(at + "/" + name, ParseError.REQUIRED, "Required field " + quote(name) + " is missing.",
                        "필수 필드 " + quote(name) + "가 없습니다.");
            }
        }
        return true;
    }

    /** A list whose items {@code item} reads; absent means empty; items that fail are left out. */
    private <T> List<T> list(JsonNode node, String at, BiFunction<JsonNode, String, T> item) {
        List<T> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            type(at, "a list", "목록", node);
            return out;
        }
        if (node.size() > PlanJson.LIST_MAX) {
            add(at, ParseError.RANGE, "The list has " + node.size() + " items; at most " + PlanJson.LIST_MAX + " are allowed.",
                    "목록의 항목이 " + node.size() + "개입니다. 최대 " + PlanJson.LIST_MAX + "개까지 쓸 수 있습니다.");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            T value = item.apply(node.get(i), at + "/" + i);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private List<String> texts(JsonNode node, String at, int max) {
        return list(node, at, (item, itemAt) -> text(item, itemAt, max));
    }

    private String optText(JsonNode parent, String at, String field, int max) {
        JsonNode node = parent.get(field);
        return node == null ? null : text(node, at + "/" + field, max);
    }

    private String text(JsonNode node, String at, int max) {
        if (!node.isTextual()) {
            type(at, "a text", "문자열", node);
            return null;
        }
        String value = node.textValue();
        if (value.isBlank() || value.codePointCount(0, value.length()) > max) {
            add(at, ParseError.LENGTH, "Must be a non-blank text of at most " + max + " characters.",
                    "공백이 아닌 " + max + "자 이하의 문자열이어야 합니다.");
            return null;
        }
        return value;
    }

    private String slug(JsonNode node, String at) {
        String value = text(node, at, PlanJson.NAME_MAX);
        if (value != null && !SLUG.matcher(value).matches()) {
            add(at, ParseError.SLUG, quote(value) + " is not a valid id: use 1 to 63 lowercase letters, digits and "
                            + "hyphens, starting with a letter or digit.",
                    quote(value) + "는 올바른 식별자가 아닙니다. 영문 소문자, 숫자, 하이픈으로 1~63자이고 "
                            + "영문 소문자나 숫자로 시작해야 합니다.");
            return null;
        }
        return value;
    }

    private boolean optBool(JsonNode parent, String at, String field) {
        JsonNode node = parent.get(field);
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            type(at + "/" + field, "true or false", "true 또는 false", node);
            return false;
        }
        return node.booleanValue();
    }

    private Integer optInt(JsonNode parent, String at, String field) {
        JsonNode node = parent.get(field);
        return node == null ? null : integer(node, at + "/" + field, 0, Integer.MAX_VALUE);
    }

    private Integer integer(JsonNode node, String at, int min, int max) {
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            type(at, "an integer", "정수", node);
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            String bounds = "between " + min + " and " + max;
            String boundsKo = min + " 이상 " + max + " 이하";
            add(at, ParseError.RANGE, "The value " + node + " is out of range: it must be " + bounds + ".",
                    "값 " + Josa.attach(node, "은/는") + " 허용 범위를 벗어났습니다. " + boundsKo + "이어야 합니다.");
            return null;
        }
        return node.intValue();
    }

    private LocalDate date(JsonNode node, String at) {
        String value = text(node, at, PlanJson.NAME_MAX);
        if (value == null) {
            return null;
        }
        try {
            if (DATE_SHAPE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below like any other malformed date
        }
        add(at, ParseError.DATE, quote(value) + " is not a valid date; write an existing date as yyyy-MM-dd, "
                        + "for example 2027-05-20.",
                quote(value) + "는 올바른 날짜가 아닙니다. 실제 있는 날짜를 yyyy-MM-dd 형식(예: 2027-05-20)으로 쓰십시오.");
        return null;
    }

    private ScenarioKind scenarioKind(JsonNode node, String at) {
        return enumValue(node, at, ScenarioKind::fromWire, Arrays.stream(ScenarioKind.values())
                .map(ScenarioKind::wire).toList());
    }

    private <E> E enumValue(JsonNode node, String at, Function<String, E> parse, List<String> allowed) {
        if (node == null) {
            return null;
        }
        String value = text(node, at, PlanJson.NAME_MAX);
        if (value == null) {
            return null;
        }
        E e = parse.apply(value);
        if (e == null) {
            String names = String.join(", ", allowed);
            add(at, ParseError.ENUM, quote(value) + " is not allowed here; use one of: " + names + ".",
                    quote(value) + "는 쓸 수 없는 값입니다. 가능한 값: " + names + ".");
        }
        return e;
    }

    /** Reports {@code key} at {@code at} when an earlier item of the same list already used it. */
    private <K> void unique(Map<K, String> seen, K key, String shown, String at) {
        String first = seen.putIfAbsent(key, at);
        if (first != null) {
            add(at, ParseError.DUPLICATE_ID, "The value " + quote(shown) + " is already used at " + first + ".",
                    "값 " + quote(shown) + "는 이미 " + first + "에서 쓰였습니다.");
        }
    }

    /* ---- errors ---- */

    private void type(String at, String expectedEn, String expectedKo, JsonNode found) {
        add(at, ParseError.TYPE, "Expected " + expectedEn + " but found " + typeName(found) + ".",
                expectedKo + "이어야 하는데 " + typeNameKo(found) + "입니다.");
    }

    private void add(String pointer, String code, String en, String ko) {
        if (errors.size() >= PlanJson.MAX_ERRORS) {
            truncated = true;
            return;
        }
        errors.add(new ParseError(pointer, code, en, ko, null, null));
    }

    private static String typeName(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "a text";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        return node.isNumber() ? "a decimal number" : "null";
    }

    private static String typeNameKo(JsonNode node) {
        if (node.isObject()) {
            return "객체";
        }
        if (node.isArray()) {
            return "목록";
        }
        if (node.isTextual()) {
            return "문자열";
        }
        if (node.isBoolean()) {
            return "참/거짓 값";
        }
        if (node.isIntegralNumber()) {
            return "정수";
        }
        return node.isNumber() ? "소수" : "null";
    }

    /** Quotes a user value for a message, shortened to 80 characters. */
    static String quote(String value) {
        String v = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return '"' + v + '"';
    }

    /** JSON Pointer escaping of one reference token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
