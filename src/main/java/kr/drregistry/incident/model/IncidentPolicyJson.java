package kr.drregistry.incident.model;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.drregistry.incident.model.InvalidIncidentException.Problem;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy.RuleSetting;
import kr.drregistry.rules.Severity;

/**
 * Reads and writes an {@link IncidentPolicy} as JSON, strictly (the regulator edits it as data): unknown fields,
 * missing ones, an unknown trigger, a period that is not ISO 8601, a required pointer that names no report field, a
 * missing INC rule — every problem is reported with its JSON Pointer.
 *
 * <pre>{"id": "incident-kr", "version": "2026.1", "title": {"ko": "…", "en": "…"}, "note": {"ko": "…", "en": "…"},
 *  "zone": "Asia/Seoul", "reportableMinutes": 10, "userNoticeMinutes": 120,
 *  "stages": [{"id": "initial", "name": {…}, "deadlines": [{"after": "detection", "within": "PT1H"}],
 *              "required": ["/summary", "/detectedAt"]}, …],
 *  "rules": {"INC-001": {"severity": "high", "enabled": true, "basis": {…}}, …}}</pre>
 */
public final class IncidentPolicyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> ROOT = Set.of("id", "version", "title", "note", "zone", "reportableMinutes",
            "userNoticeMinutes", "stages", "rules");
    private static final Set<String> STAGE = Set.of("id", "name", "deadlines", "required");
    private static final Set<String> DEADLINE = Set.of("after", "within");
    private static final Set<String> RULE = Set.of("severity", "enabled", "basis");
    private static final Set<String> TEXT = Set.of("ko", "en");

    private IncidentPolicyJson() {
    }

    public static IncidentPolicy read(InputStream in) {
        try {
            return read(MAPPER.readTree(in));
        } catch (JsonProcessingException e) {
            throw new InvalidIncidentException(List.of(new Problem("", "syntax", "not valid JSON: " + e.getOriginalMessage(),
                    "JSON 구문 오류")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads a version stored by an earlier release: INC rules that came into the code after it was stored take
     * {@code current}'s settings (the shipped policy) instead of making the stored version — and every incident
     * reported under it — unreadable. Everything else is read as strictly as {@link #read(byte[])}.
     */
    public static IncidentPolicy readStored(byte[] json, IncidentPolicy current) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a stored incident policy is not valid JSON", e);
        }
        if (root != null && root.get("rules") instanceof com.fasterxml.jackson.databind.node.ObjectNode have) {
            try {
                JsonNode shipped = MAPPER.readTree(write(current)).get("rules");
                shipped.fields().forEachRemaining(e -> {
                    if (!have.has(e.getKey())) {
                        have.set(e.getKey(), e.getValue().deepCopy());
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return read(root);
    }

    public static IncidentPolicy read(byte[] json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidIncidentException(List.of(new Problem("", "syntax", "not valid JSON: " + e.getOriginalMessage(),
                    "JSON 구문 오류")));
        } catch (java.io.CharConversionException e) {
            throw new InvalidIncidentException(List.of(new Problem("", "syntax", "not valid UTF-8 JSON: " + e.getMessage(),
                    "올바른 UTF-8 JSON이 아닙니다")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static IncidentPolicy read(JsonNode root) {
        R r = new R();
        if (root == null || !root.isObject()) {
            throw new InvalidIncidentException(List.of(new Problem("", "type", "must be a JSON object", "JSON 객체여야 합니다")));
        }
        r.fields(root, "", ROOT);
        String id = r.string(root.get("id"), "/id");
        String version = r.string(root.get("version"), "/version");
        LocalizedText title = r.text(root.get("title"), "/title");
        LocalizedText note = r.text(root.get("note"), "/note");
        ZoneId zone = null;
        String zoneText = r.string(root.get("zone"), "/zone");
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                r.problem("/zone", "unknown time zone '" + zoneText + "'", "알 수 없는 시간대");
            }
        }
        Integer reportable = r.minutes(root.get("reportableMinutes"), "/reportableMinutes");
        Integer notice = r.minutes(root.get("userNoticeMinutes"), "/userNoticeMinutes");
        List<IncidentPolicy.Stage> stages = new ArrayList<>();
        JsonNode list = root.get("stages");
        if (list == null || !list.isArray() || list.isEmpty()) {
            r.problem("/stages", "at least one stage is required", "단계가 하나 이상 필요합니다");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                IncidentPolicy.Stage s = r.stage(list.get(i), "/stages/" + i, i == 0);
                if (s != null && !seen.add(s.id())) {
                    r.problem("/stages/" + i + "/id", "duplicate stage id '" + s.id() + "'", "단계 id 중복");
                }
                if (s != null) {
                    stages.add(s);
                }
            }
        }
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        JsonNode rs = root.get("rules");
        if (rs == null || !rs.isObject()) {
            r.problem("/rules", "missing or not an object", "없거나 객체가 아닙니다");
        } else {
            for (Iterator<String> it = rs.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!IncidentPolicy.RULE_IDS.contains(name)) {
                    r.problem("/rules/" + name, "unknown rule '" + name + "'", "알 수 없는 규칙");
                }
            }
            for (String ruleId : IncidentPolicy.RULE_IDS) {
                RuleSetting setting = r.rule(rs.get(ruleId), "/rules/" + ruleId);
                if (setting != null) {
                    rules.put(ruleId, setting);
                }
            }
        }
        if (!r.problems.isEmpty()) {
            throw new InvalidIncidentException(r.problems);
        }
        return new IncidentPolicy(id, version, title, note, zone, reportable, notice, stages, rules);
    }

    /** The policy as indented JSON (the form the regulator lead edits). */
    public static String write(IncidentPolicy p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", p.id());
        root.put("version", p.version());
        root.set("title", text(p.title()));
        root.set("note", text(p.note()));
        root.put("zone", p.zone().getId());
        root.put("reportableMinutes", p.reportableMinutes());
        root.put("userNoticeMinutes", p.userNoticeMinutes());
        ArrayNode stages = root.putArray("stages");
        for (IncidentPolicy.Stage s : p.stages()) {
            ObjectNode n = stages.addObject();
            n.put("id", s.id());
            n.set("name", text(s.name()));
            ArrayNode ds = n.putArray("deadlines");
            for (IncidentPolicy.Deadline d : s.deadlines()) {
                ds.addObject().put("after", d.after().wire()).put("within", d.within().text());
            }
            ArrayNode req = n.putArray("required");
            s.required().forEach(req::add);
        }
        ObjectNode rules = root.putObject("rules");
        for (String ruleId : IncidentPolicy.RULE_IDS) {
            RuleSetting s = p.rules().get(ruleId);
            ObjectNode n = rules.putObject(ruleId);
            n.put("severity", s.severity().wire());
            n.put("enabled", s.enabled());
            n.set("basis", text(s.basis()));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode text(LocalizedText t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("ko", t.ko());
        n.put("en", t.en());
        return n;
    }

    private static final class R {
        final List<Problem> problems = new ArrayList<>();

        void problem(String at, String message, String messageKo) {
            problems.add(new Problem(at, "invalid", message, messageKo));
        }

        void fields(JsonNode node, String at, Set<String> allowed) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    problem(at + "/" + name, "unknown field '" + name + "'", "알 수 없는 항목 '" + name + "'");
                }
            }
        }

        String string(JsonNode node, String at) {
            if (node == null || !node.isTextual() || node.asText().isBlank()) {
                problem(at, node == null ? "missing" : "must be a non-empty string", node == null ? "없습니다" : "비어 있지 않은 문자열이어야 합니다");
                return null;
            }
            return node.asText();
        }

        Integer minutes(JsonNode node, String at) {
            if (node == null || !node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0) {
                problem(at, "must be a whole number of minutes ≥ 0", "0 이상의 분(정수)이어야 합니다");
                return null;
            }
            return node.asInt();
        }

        LocalizedText text(JsonNode node, String at) {
            if (node == null || !node.isObject()) {
                problem(at, "missing or not an object {ko, en}", "{ko, en} 객체가 필요합니다");
                return null;
            }
            fields(node, at, TEXT);
            String ko = string(node.get("ko"), at + "/ko");
            String en = string(node.get("en"), at + "/en");
            return ko == null || en == null ? null : LocalizedText.of(ko, en);
        }

        IncidentPolicy.Stage stage(JsonNode node, String at, boolean first) {
            if (node == null || !node.isObject()) {
                problem(at, "a stage must be an object", "단계는 객체여야 합니다");
                return null;
            }
            fields(node, at, STAGE);
            String id = string(node.get("id"), at + "/id");
            if (id != null && !id.matches("[a-z][a-z0-9-]{0,30}")) {
                problem(at + "/id", "a stage id is a lower-case slug", "단계 id는 소문자 슬러그입니다");
            }
            LocalizedText name = text(node.get("name"), at + "/name");
            List<IncidentPolicy.Deadline> deadlines = new ArrayList<>();
            JsonNode ds = node.get("deadlines");
            if (ds == null || !ds.isArray() || ds.isEmpty()) {
                problem(at + "/deadlines", "at least one deadline is required", "기한이 하나 이상 필요합니다");
            } else {
                for (int i = 0; i < ds.size(); i++) {
                    String dat = at + "/deadlines/" + i;
                    JsonNode d = ds.get(i);
                    if (!d.isObject()) {
                        problem(dat, "a deadline is {after, within}", "기한은 {after, within} 객체입니다");
                        continue;
                    }
                    fields(d, dat, DEADLINE);
                    Trigger trigger = null;
                    Within within = null;
                    try {
                        trigger = Trigger.parse(string(d.get("after"), dat + "/after"));
                    } catch (IllegalArgumentException e) {
                        problem(dat + "/after", e.getMessage(), "기준 시점은 occurrence, detection, classification, recovery, previous 중 하나입니다");
                    }
                    if (trigger == Trigger.PREVIOUS && first) {
                        problem(dat + "/after", "the first stage has no previous report", "첫 단계에는 이전 보고가 없습니다");
                    }
                    try {
                        within = Within.parse(string(d.get("within"), dat + "/within"));
                    } catch (IllegalArgumentException e) {
                        problem(dat + "/within", e.getMessage(), "ISO 8601 기간(예: PT4H, P1M)이어야 합니다");
                    }
                    if (trigger != null && within != null) {
                        deadlines.add(new IncidentPolicy.Deadline(trigger, within));
                    }
                }
            }
            List<String> required = new ArrayList<>();
            JsonNode req = node.get("required");
            if (req == null || !req.isArray()) {
                problem(at + "/required", "a list of JSON Pointers is required", "JSON Pointer 목록이 필요합니다");
            } else {
                for (int i = 0; i < req.size(); i++) {
                    String pointer = req.get(i).asText();
                    if (!IncidentJson.FIELD_POINTERS.contains(pointer)) {
                        problem(at + "/required/" + i, "'" + pointer + "' names no report field", "보고서 항목이 아닙니다");
                    } else {
                        required.add(pointer);
                    }
                }
            }
            return id == null || name == null ? null : new IncidentPolicy.Stage(id, name, deadlines, required);
        }

        RuleSetting rule(JsonNode node, String at) {
            if (node == null || !node.isObject()) {
                problem(at, "missing rule setting", "규칙 설정이 없습니다");
                return null;
            }
            fields(node, at, RULE);
            String sev = string(node.get("severity"), at + "/severity");
            Severity severity = null;
            for (Severity s : Severity.values()) {
                if (s.wire().equals(sev)) {
                    severity = s;
                }
            }
            if (sev != null && severity == null) {
                problem(at + "/severity", "unknown severity '" + sev + "'", "알 수 없는 심각도");
            }
            JsonNode en = node.get("enabled");
            if (en == null || !en.isBoolean()) {
                problem(at + "/enabled", "must be true or false", "true 또는 false여야 합니다");
            }
            LocalizedText basis = text(node.get("basis"), at + "/basis");
            return severity == null || en == null || !en.isBoolean() || basis == null ? null
                    : new RuleSetting(severity, en.asBoolean(), basis);
        }
    }
}
