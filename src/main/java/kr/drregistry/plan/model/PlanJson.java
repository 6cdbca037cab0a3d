package kr.drregistry.plan.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.drregistry.topology.parse.ParseError;

/**
 * The JSON form {@code plan/v1} of a {@link PlanContent} (JSON Schema: {@code schema/plan-v1.json}).
 *
 * <p>{@link #read(byte[])} is strict: unknown fields, wrong types ({@code "5"} or {@code 5.0} where an integer
 * is expected, {@code null} anywhere), blank texts or texts longer than {@link #NAME_MAX} (names, phones, ids,
 * channels) or {@link #TEXT_MAX} (criteria, descriptions, steps) characters, lists longer than
 * {@link #LIST_MAX}, unknown enum spellings, malformed dates and ids, and duplicate alert levels, scenario
 * kinds (except {@code other}) or service procedures are all rejected with a {@link PlanParseException}
 * listing every error as a {@link ParseError}. Only {@code format} ({@value PlanContent#FORMAT}) and
 * {@code planYear} are required; a missing section is not a parse error but a finding of the plan rules.
 *
 * <p>{@link #canonical(PlanContent)} is the canonical form a submitted version is hashed over: UTF-8, no
 * whitespace outside strings, members in the order of {@link PlanShape} (the schema's order), {@code format}
 * first; absent optional values omitted, lists and booleans always written (so an absent boolean and
 * {@code false} hash the same); strings escape only {@code "}, {@code \} and control characters. For every plan
 * {@code p} that {@link #read} returns, {@code read(canonical(p))} equals {@code p}.
 */
public final class PlanJson {
    /** Largest accepted document in bytes (2 MiB). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Longest name-like text: names, titles, phones, ids, channels, providers, dates. */
    public static final int NAME_MAX = 200;
    /** Longest free text: criteria, descriptions, responses, steps, template elements. */
    public static final int TEXT_MAX = 10_000;
    /** Most items in one list. */
    public static final int LIST_MAX = 500;
    /** Deepest nesting of objects and lists (plan/v1 itself needs 5). */
    public static final int MAX_DEPTH = 16;
    /** Most errors reported for one document. */
    public static final int MAX_ERRORS = 200;
    /** Accepted plan years. */
    public static final int MIN_YEAR = 2000;
    /** Accepted plan years. */
    public static final int MAX_YEAR = 2100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PlanJson() {
    }

    /** Parses and checks a plan/v1 document (UTF-8 JSON). */
    public static PlanContent read(byte[] json) {
        if (json.length > MAX_BYTES) {
            throw new PlanParseException(List.of(new ParseError("", ParseError.TOO_LARGE,
                    "The document has " + json.length + " bytes; at most " + MAX_BYTES + " are accepted.",
                    "문서가 " + json.length + "바이트입니다. 최대 " + MAX_BYTES + "바이트까지 받습니다.", null, null)));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw single(ParseError.TOO_DEEP, "Objects and lists nest deeper than " + MAX_DEPTH + " levels.",
                    "객체와 목록이 " + MAX_DEPTH + "단계보다 깊이 중첩되어 있습니다.", e.getLocation());
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage();
            if (problem != null && problem.startsWith("Duplicate field")) {
                throw single(ParseError.DUPLICATE_KEY, problem + ".", "한 객체 안에 같은 키가 두 번 이상 나옵니다: "
                        + problem.substring(problem.indexOf('\'')) + ".", e.getLocation());
            }
            throw single(ParseError.SYNTAX, "The text is not well-formed JSON: " + problem,
                    "올바른 JSON이 아닙니다: " + problem, e.getLocation());
        } catch (java.io.CharConversionException e) {
            // Jackson guesses UTF-16/32 from the first bytes and then meets bytes that are no characters (found by
            // PlanFuzzTest: a 500 before)
            throw single(ParseError.SYNTAX, "The text is not valid UTF-8 JSON: " + e.getMessage(),
                    "올바른 UTF-8 JSON이 아닙니다: " + e.getMessage(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
        if (root == null || root.isMissingNode()) {
            throw single(ParseError.SYNTAX, "The document is empty.", "문서가 비어 있습니다.", null);
        }
        return new PlanReader().read(root);
    }

    private static PlanParseException single(String code, String en, String ko, JsonLocation at) {
        Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
        Integer column = line == null ? null : at.getColumnNr();
        return new PlanParseException(List.of(new ParseError("", code, en, ko, line, column)));
    }

    /** The canonical JSON bytes of {@code plan} (see the class comment). */
    public static byte[] canonical(PlanContent plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            new Writer(g).plan(plan);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** Writes the canonical form, members in {@link PlanShape} order. */
    private record Writer(JsonGenerator g) {
        void plan(PlanContent p) throws IOException {
            g.writeStartObject();
            g.writeStringField("format", PlanContent.FORMAT);
            g.writeNumberField("planYear", p.planYear());
            if (p.officer() != null) {
                g.writeFieldName("officer");
                g.writeStartObject();
                text("name", p.officer().name());
                text("title", p.officer().title());
                text("phone24x7", p.officer().phone24x7());
                text("email", p.officer().email());
                g.writeEndObject();
            }
            if (p.department() != null) {
                g.writeFieldName("department");
                g.writeStartObject();
                text("name", p.department().name());
                g.writeBooleanField("dedicated", p.department().dedicated());
                number("staffCount", p.department().staffCount());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("contacts");
            for (Contact c : p.contacts()) {
                g.writeStartObject();
                text("name", c.name());
                text("role", c.role());
                text("phone", c.phone());
                g.writeBooleanField("available24x7", c.available24x7());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("escalation");
            for (EscalationStep s : p.escalation()) {
                g.writeStartObject();
                g.writeNumberField("order", s.order());
                text("role", s.role());
                text("contact", s.contact());
                number("withinMinutes", s.withinMinutes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("alertLevels");
            for (AlertLevel a : p.alertLevels()) {
                g.writeStartObject();
                text("level", a.level() == null ? null : a.level().wire());
                text("criteria", a.criteria());
                texts("actions", a.actions());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("scenarios");
            for (ScenarioPlan s : p.scenarios()) {
                g.writeStartObject();
                text("kind", s.kind() == null ? null : s.kind().wire());
                text("title", s.title());
                text("description", s.description());
                text("response", s.response());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (p.detection() != null) {
                Detection d = p.detection();
                g.writeFieldName("detection");
                g.writeStartObject();
                text("monitoring", d.monitoring());
                g.writeBooleanField("realTimeMonitoring", d.realTimeMonitoring());
                text("declarationAuthority", d.declarationAuthority());
                text("declarationCriteria", d.declarationCriteria());
                number("outageReportThresholdMinutes", d.outageReportThresholdMinutes());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("procedures");
            for (ServiceProcedure s : p.procedures()) {
                g.writeStartObject();
                text("serviceId", s.serviceId());
                texts("failoverSteps", s.failoverSteps());
                texts("recoverySteps", s.recoverySteps());
                number("targetRtoMinutes", s.targetRtoMinutes());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (p.notification() != null) {
                notification(p.notification());
            }
            g.writeArrayFieldStart("drills");
            for (DrillPlan d : p.drills()) {
                g.writeStartObject();
                text("date", d.date() == null ? null : d.date().toString());
                text("scenario", d.scenario() == null ? null : d.scenario().wire());
                texts("services", d.services());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (p.updateValidation() != null) {
                UpdateValidation u = p.updateValidation();
                g.writeFieldName("updateValidation");
                g.writeStartObject();
                g.writeBooleanField("testEnvironment", u.testEnvironment());
                g.writeBooleanField("thirdPartyAndSecurityPrevalidated", u.thirdPartyAndSecurityPrevalidated());
                text("description", u.description());
                g.writeEndObject();
            }
            if (p.multicloud() != null) {
                g.writeFieldName("multicloud");
                g.writeStartObject();
                texts("providers", p.multicloud().providers());
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        private void notification(Notification n) throws IOException {
            g.writeFieldName("notification");
            g.writeStartObject();
            if (n.userNotice() != null) {
                UserNotice u = n.userNotice();
                g.writeFieldName("userNotice");
                g.writeStartObject();
                texts("channels", u.channels());
                number("thresholdMinutes", u.thresholdMinutes());
                if (u.template() != null) {
                    NoticeTemplate t = u.template();
                    g.writeFieldName("template");
                    g.writeStartObject();
                    text("fact", t.fact());
                    text("cause", t.cause());
                    text("response", t.response());
                    text("contact", t.contact());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            if (n.regulatorReport() != null) {
                g.writeFieldName("regulatorReport");
                g.writeStartObject();
                text("channel", n.regulatorReport().channel());
                number("withinMinutes", n.regulatorReport().withinMinutes());
                g.writeEndObject();
            }
            g.writeEndObject();
        }

        private void text(String name, String value) throws IOException {
            if (value != null) {
                g.writeStringField(name, value);
            }
        }

        private void number(String name, Integer value) throws IOException {
            if (value != null) {
                g.writeNumberField(name, value);
            }
        }

        private void texts(String name, List<String> values) throws IOException {
            g.writeArrayFieldStart(name);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }
}
