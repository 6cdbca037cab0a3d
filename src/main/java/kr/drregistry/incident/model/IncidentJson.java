package kr.drregistry.incident.model;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.drregistry.incident.model.IncidentReport.Action;
import kr.drregistry.incident.model.IncidentReport.AffectedService;
import kr.drregistry.incident.model.IncidentReport.Cause;
import kr.drregistry.incident.model.IncidentReport.Costs;
import kr.drregistry.incident.model.IncidentReport.FinalAnalysis;
import kr.drregistry.incident.model.IncidentReport.UserNotice;
import kr.drregistry.incident.model.InvalidIncidentException.Problem;

/**
 * Reads an incident report (incident/v1 JSON) strictly — unknown fields, wrong types, unknown cause categories,
 * times without an offset and impossible orders of times are refused with their JSON Pointers — and writes it back in
 * canonical form (keys sorted, times as UTC instants, empty fields left out).
 *
 * <pre>{"summary": "…", "occurredAt": "2022-10-15T15:33:00+09:00", "detectedAt": "…", "classifiedAt": "…",
 *  "recoveredAt": "…", "affectedServices": [{"id": "talk", "recoveredAt": "…", "dataLossMinutes": 0}],
 *  "affectedSites": ["pangyo"], "usersAffected": 47000000, "regions": ["KR"],
 *  "cause": {"category": "fire", "description": "…"}, "continuityPlanActivated": true,
 *  "userNotice": {"fact": "…", "cause": "…", "response": "…", "contact": "…", "sentAt": "…", "channel": "…"},
 *  "actions": [{"at": "…", "description": "…"}],
 *  "final": {"rootCauses": "…", "resolution": "…", "recurrencePrevention": "…",
 *            "costs": {"amountKrw": 0, "description": "…"}, "recurring": false}}</pre>
 */
public final class IncidentJson {
    /** The report fields a policy can require, as JSON Pointers. */
    public static final List<String> FIELD_POINTERS = List.of("/summary", "/occurredAt", "/detectedAt", "/classifiedAt",
            "/recoveredAt", "/affectedServices", "/affectedSites", "/usersAffected", "/regions", "/cause/category",
            "/cause/description", "/continuityPlanActivated", "/userNotice", "/actions", "/final/rootCauses",
            "/final/resolution", "/final/recurrencePrevention", "/final/costs", "/final/recurring");

    private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final int MAX_TEXT = 20_000;
    /** Largest accepted report in bytes (2 MiB, as the API's draft limit; a full final report is a few kilobytes). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /**
     * The earliest and (exclusive) latest time a report may state. Beyond them a time is surely a typo, and deadlines
     * computed from it would leave the range of dates the database and {@code java.time} can hold.
     */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2101-01-01T00:00:00Z");
    private static final Set<String> ROOT = Set.of("summary", "occurredAt", "detectedAt", "classifiedAt", "recoveredAt",
            "affectedServices", "affectedSites", "usersAffected", "regions", "cause", "continuityPlanActivated",
            "userNotice", "actions", "final");

    private IncidentJson() {
    }

    public static IncidentReport read(byte[] json) {
        if (json.length > MAX_BYTES) {
            throw new InvalidIncidentException(List.of(new Problem("", "too-large", "the report has " + json.length
                    + " bytes; at most " + MAX_BYTES + " are accepted", "보고서가 " + json.length + "바이트입니다. 최대 "
                    + MAX_BYTES + "바이트까지 받습니다")));
        }
        JsonNode root;
        try {
            root = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidIncidentException(List.of(new Problem("", "syntax", "not well-formed JSON: " + e.getOriginalMessage(),
                    "JSON 구문이 올바르지 않습니다")));
        } catch (java.io.CharConversionException e) {
            // bytes that are no characters in the encoding Jackson guessed (UTF-16/32): broken text, not a server error
            throw new InvalidIncidentException(List.of(new Problem("", "syntax", "not valid UTF-8 JSON: " + e.getMessage(),
                    "올바른 UTF-8 JSON이 아닙니다")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return read(root);
    }

    public static IncidentReport read(JsonNode root) {
        R r = new R();
        if (root == null || !root.isObject()) {
            throw new InvalidIncidentException(List.of(new Problem("", "type", "the report must be a JSON object", "보고서는 JSON 객체여야 합니다")));
        }
        r.fields(root, "", ROOT);
        String summary = r.text(root, "summary", "");
        Instant occurred = r.time(root, "occurredAt", "");
        Instant detected = r.time(root, "detectedAt", "");
        Instant classified = r.time(root, "classifiedAt", "");
        Instant recovered = r.time(root, "recoveredAt", "");
        if (occurred != null && detected != null && detected.isBefore(occurred)) {
            r.problem("/detectedAt", "order", "detection cannot come before occurrence", "탐지 시각이 발생 시각보다 앞설 수 없습니다");
        }
        if (detected != null && classified != null && classified.isBefore(detected)) {
            r.problem("/classifiedAt", "order", "classification cannot come before detection", "분류 시각이 탐지 시각보다 앞설 수 없습니다");
        }
        if (occurred != null && recovered != null && recovered.isBefore(occurred)) {
            r.problem("/recoveredAt", "order", "recovery cannot come before occurrence", "복구 시각이 발생 시각보다 앞설 수 없습니다");
        }
        List<AffectedService> services = new ArrayList<>();
        JsonNode list = r.array(root, "affectedServices", "");
        if (list != null) {
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String at = "/affectedServices/" + i;
                JsonNode s = list.get(i);
                if (!s.isObject()) {
                    r.problem(at, "type", "an affected service is {id, recoveredAt?, dataLossMinutes?}", "영향 서비스는 {id, recoveredAt?, dataLossMinutes?} 객체입니다");
                    continue;
                }
                r.fields(s, at, Set.of("id", "recoveredAt", "dataLossMinutes"));
                String id = r.slug(s.get("id"), at + "/id");
                if (id != null && !seen.add(id)) {
                    r.problem(at + "/id", "duplicate", "service '" + id + "' is listed twice", "서비스 '" + id + "'가 두 번 나옵니다");
                }
                Instant rec = r.time(s, "recoveredAt", at);
                if (rec != null && occurred != null && rec.isBefore(occurred)) {
                    r.problem(at + "/recoveredAt", "order", "recovery cannot come before occurrence", "복구 시각이 발생 시각보다 앞설 수 없습니다");
                }
                Long loss = r.count(s, "dataLossMinutes", at);
                if (id != null) {
                    services.add(new AffectedService(id, rec, loss));
                }
            }
        }
        List<String> sites = r.slugs(root, "affectedSites");
        Long users = r.count(root, "usersAffected", "");
        List<String> regions = new ArrayList<>();
        JsonNode rs = r.array(root, "regions", "");
        if (rs != null) {
            for (int i = 0; i < rs.size(); i++) {
                if (!rs.get(i).isTextual() || rs.get(i).asText().isBlank() || rs.get(i).asText().length() > 100) {
                    r.problem("/regions/" + i, "type", "a region is a short text such as KR-11", "지역은 KR-11 같은 짧은 문자열입니다");
                } else {
                    regions.add(rs.get(i).asText().strip());
                }
            }
        }
        Cause cause = null;
        JsonNode c = r.object(root, "cause", "");
        if (c != null) {
            r.fields(c, "/cause", Set.of("category", "description"));
            CauseCategory category = null;
            JsonNode cat = c.get("category");
            if (cat != null && !cat.isNull()) {
                category = cat.isTextual() ? CauseCategory.fromWire(cat.asText()) : null;
                if (category == null) {
                    r.problem("/cause/category", "enum", "the cause category is one of fire, power, network, software-change, "
                            + "third-party, cyber-attack, natural-disaster, human-error, other", "원인 분류는 fire, power, network, "
                            + "software-change, third-party, cyber-attack, natural-disaster, human-error, other 중 하나입니다");
                }
            }
            cause = new Cause(category, r.text(c, "description", "/cause"));
        }
        Boolean bcp = r.bool(root, "continuityPlanActivated", "");
        UserNotice notice = null;
        JsonNode n = r.object(root, "userNotice", "");
        if (n != null) {
            r.fields(n, "/userNotice", Set.of("fact", "cause", "response", "contact", "sentAt", "channel"));
            notice = new UserNotice(r.text(n, "fact", "/userNotice"), r.text(n, "cause", "/userNotice"),
                    r.text(n, "response", "/userNotice"), r.text(n, "contact", "/userNotice"), r.time(n, "sentAt", "/userNotice"),
                    r.text(n, "channel", "/userNotice"));
        }
        List<Action> actions = new ArrayList<>();
        JsonNode as = r.array(root, "actions", "");
        if (as != null) {
            for (int i = 0; i < as.size(); i++) {
                String at = "/actions/" + i;
                JsonNode a = as.get(i);
                if (!a.isObject()) {
                    r.problem(at, "type", "an action is {at, description}", "조치는 {at, description} 객체입니다");
                    continue;
                }
                r.fields(a, at, Set.of("at", "description"));
                String d = r.text(a, "description", at);
                if (d == null) {
                    r.problem(at + "/description", "required", "describe the action", "조치 내용을 적으세요");
                }
                actions.add(new Action(r.time(a, "at", at), d));
            }
        }
        FinalAnalysis fin = null;
        JsonNode f = r.object(root, "final", "");
        if (f != null) {
            r.fields(f, "/final", Set.of("rootCauses", "resolution", "recurrencePrevention", "costs", "recurring"));
            Costs costs = null;
            JsonNode co = r.object(f, "costs", "/final");
            if (co != null) {
                r.fields(co, "/final/costs", Set.of("amountKrw", "description"));
                costs = new Costs(r.count(co, "amountKrw", "/final/costs"), r.text(co, "description", "/final/costs"));
            }
            fin = new FinalAnalysis(r.text(f, "rootCauses", "/final"), r.text(f, "resolution", "/final"),
                    r.text(f, "recurrencePrevention", "/final"), costs, r.bool(f, "recurring", "/final"));
        }
        if (!r.problems.isEmpty()) {
            throw new InvalidIncidentException(r.problems);
        }
        return new IncidentReport(summary, occurred, detected, classified, recovered, services, sites, users, regions, cause,
                bcp, notice, actions, fin);
    }

    /** The report as a JSON tree in canonical shape (times as UTC instants, empty fields left out). */
    public static ObjectNode tree(IncidentReport r) {
        ObjectNode o = CANONICAL.createObjectNode();
        put(o, "summary", r.summary());
        put(o, "occurredAt", r.occurredAt());
        put(o, "detectedAt", r.detectedAt());
        put(o, "classifiedAt", r.classifiedAt());
        put(o, "recoveredAt", r.recoveredAt());
        if (!r.affectedServices().isEmpty()) {
            ArrayNode a = o.putArray("affectedServices");
            for (AffectedService s : r.affectedServices()) {
                ObjectNode n = a.addObject().put("id", s.id());
                put(n, "recoveredAt", s.recoveredAt());
                if (s.dataLossMinutes() != null) {
                    n.put("dataLossMinutes", s.dataLossMinutes());
                }
            }
        }
        if (!r.affectedSites().isEmpty()) {
            r.affectedSites().forEach(o.putArray("affectedSites")::add);
        }
        if (r.usersAffected() != null) {
            o.put("usersAffected", r.usersAffected());
        }
        if (!r.regions().isEmpty()) {
            r.regions().forEach(o.putArray("regions")::add);
        }
        if (r.cause() != null) {
            ObjectNode c = o.putObject("cause");
            put(c, "category", r.cause().category() == null ? null : r.cause().category().wire());
            put(c, "description", r.cause().description());
        }
        if (r.continuityPlanActivated() != null) {
            o.put("continuityPlanActivated", r.continuityPlanActivated());
        }
        if (r.userNotice() != null) {
            UserNotice u = r.userNotice();
            ObjectNode n = o.putObject("userNotice");
            put(n, "fact", u.fact());
            put(n, "cause", u.cause());
            put(n, "response", u.response());
            put(n, "contact", u.contact());
            put(n, "sentAt", u.sentAt());
            put(n, "channel", u.channel());
        }
        if (!r.actions().isEmpty()) {
            ArrayNode a = o.putArray("actions");
            for (Action x : r.actions()) {
                ObjectNode n = a.addObject();
                put(n, "at", x.at());
                put(n, "description", x.description());
            }
        }
        if (r.finalAnalysis() != null) {
            FinalAnalysis f = r.finalAnalysis();
            ObjectNode n = o.putObject("final");
            put(n, "rootCauses", f.rootCauses());
            put(n, "resolution", f.resolution());
            put(n, "recurrencePrevention", f.recurrencePrevention());
            if (f.costs() != null) {
                ObjectNode c = n.putObject("costs");
                if (f.costs().amountKrw() != null) {
                    c.put("amountKrw", f.costs().amountKrw());
                }
                put(c, "description", f.costs().description());
            }
            if (f.recurring() != null) {
                n.put("recurring", f.recurring());
            }
        }
        return o;
    }

    /** Canonical JSON text of any tree: keys sorted at every level, compact. */
    public static String canonical(JsonNode node) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String canonical(IncidentReport r) {
        return canonical(tree(r));
    }

    private static void put(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void put(ObjectNode o, String name, Instant value) {
        if (value != null) {
            o.put(name, value.toString());
        }
    }

    private static final class R {
        final List<Problem> problems = new ArrayList<>();

        void problem(String at, String code, String message, String messageKo) {
            problems.add(new Problem(at, code, message, messageKo));
        }

        void fields(JsonNode node, String at, Set<String> allowed) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    problem(at + "/" + name.replace("~", "~0").replace("/", "~1"), "unknown-field", "unknown field '" + name
                            + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")", "알 수 없는 항목 '" + name + "'");
                }
            }
        }

        private static JsonNode value(JsonNode parent, String name) {
            JsonNode v = parent.get(name);
            return v == null || v.isNull() ? null : v;
        }

        String text(JsonNode parent, String name, String base) {
            JsonNode v = value(parent, name);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                problem(base + "/" + name, "type", "must be text", "문자열이어야 합니다");
                return null;
            }
            if (v.asText().length() > MAX_TEXT) {
                problem(base + "/" + name, "too-long", "at most " + MAX_TEXT + " characters", MAX_TEXT + "자 이하여야 합니다");
                return null;
            }
            String s = v.asText().strip();
            return s.isEmpty() ? null : s;
        }

        Instant time(JsonNode parent, String name, String base) {
            JsonNode v = value(parent, name);
            if (v == null || (v.isTextual() && v.asText().isBlank())) {
                return null;
            }
            Instant at;
            try {
                at = OffsetDateTime.parse(v.asText()).toInstant();
            } catch (DateTimeParseException e) {
                problem(base + "/" + name, "date-time", "a date-time with offset is required, e.g. 2026-10-15T15:33:00+09:00",
                        "오프셋이 있는 일시가 필요합니다(예: 2026-10-15T15:33:00+09:00)");
                return null;
            }
            if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
                problem(base + "/" + name, "date-time-range", "the time must lie between 2000-01-01 and 2100-12-31 (UTC)",
                        "일시는 2000-01-01부터 2100-12-31(UTC) 사이여야 합니다");
                return null;
            }
            return at;
        }

        Long count(JsonNode parent, String name, String base) {
            JsonNode v = value(parent, name);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
                problem(base + "/" + name, "type", "must be a whole number ≥ 0", "0 이상의 정수여야 합니다");
                return null;
            }
            return v.asLong();
        }

        Boolean bool(JsonNode parent, String name, String base) {
            JsonNode v = value(parent, name);
            if (v == null) {
                return null;
            }
            if (!v.isBoolean()) {
                problem(base + "/" + name, "type", "must be true or false", "true 또는 false여야 합니다");
                return null;
            }
            return v.asBoolean();
        }

        JsonNode array(JsonNode parent, String name, String base) {
            JsonNode v = value(parent, name);
            if (v == null) {
                return null;
            }
            if (!v.isArray()) {
                problem(base + "/" + name, "type", "must be a list", "목록이어야 합니다");
                return null;
            }
            return v;
        }

        JsonNode object(JsonNode parent, String name, String base) {
            JsonNode v = value(parent, name);
            if (v == null) {
                return null;
            }
            if (!v.isObject()) {
                problem(base + "/" + name, "type", "must be an object", "객체여야 합니다");
                return null;
            }
            return v;
        }

        String slug(JsonNode v, String at) {
            if (v == null || !v.isTextual() || !SLUG.matcher(v.asText()).matches()) {
                problem(at, "slug", "an id of the filed topology is required (a slug such as talk)", "제출된 구성의 id(예: talk)가 필요합니다");
                return null;
            }
            return v.asText();
        }

        List<String> slugs(JsonNode parent, String name) {
            List<String> out = new ArrayList<>();
            JsonNode a = array(parent, name, "");
            if (a != null) {
                for (int i = 0; i < a.size(); i++) {
                    String s = slug(a.get(i), "/" + name + "/" + i);
                    if (s != null && out.contains(s)) {
                        problem("/" + name + "/" + i, "duplicate", "'" + s + "' is listed twice", "'" + s + "'가 두 번 나옵니다");
                    } else if (s != null) {
                        out.add(s);
                    }
                }
            }
            return out;
        }
    }
}
