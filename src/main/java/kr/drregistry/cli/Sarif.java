package kr.drregistry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.api.ReportView;
import kr.drregistry.topology.parse.ParseError;
import kr.drregistry.topology.parse.SourceIndex;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Severity;

/**
 * SARIF 2.1.0 (OASIS) for code review tools: one run; every rule the policy turns on as a reporting descriptor with
 * its meaning, remedy and severity; every finding a result with its rule, level, message and the line and column of
 * the element it is about in the filing; a refused document's errors as results of the rule {@value #PARSE_RULE}.
 * Levels: critical and high are {@code error}, medium {@code warning}, low and info {@code note}.
 */
final class Sarif {
    static final String PARSE_RULE = "DRR-PARSE";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Sarif() {
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    static void write(PrintWriter out, List<Checked> files, Engine engine, Messages t) {
        Policy policy = engine.policy();
        List<Map<String, Object>> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Rule rule : engine.rules()) {
            RuleText text = rule.text(policy);
            Severity severity = policy.rule(rule.id()).severity();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", rule.id());
            d.put("shortDescription", Map.of("text", text.meaning().in(t.lang())));
            d.put("help", Map.of("text", text.remedy().in(t.lang())));
            d.put("defaultConfiguration", Map.of("level", level(severity)));
            d.put("properties", sorted(Map.of("severity", severity.wire(), "policy", policy.id() + " " + policy.version())));
            ruleIndex.put(rule.id(), rules.size());
            rules.add(d);
        }
        Map<String, Object> parse = new LinkedHashMap<>();
        parse.put("id", PARSE_RULE);
        parse.put("shortDescription", Map.of("text", t.get("sarif.parse-rule")));
        parse.put("defaultConfiguration", Map.of("level", "error"));
        ruleIndex.put(PARSE_RULE, rules.size());
        rules.add(parse);

        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> notifications = new ArrayList<>();
        for (Checked c : files) {
            String uri = uri(c.name());
            if (c.unreadable() != null) {
                notifications.add(sorted(Map.of("level", "error", "message", Map.of("text", c.unreadable()))));
            } else if (!c.valid()) {
                for (ParseError e : c.document().errors()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("ruleId", PARSE_RULE);
                    r.put("ruleIndex", ruleIndex.get(PARSE_RULE));
                    r.put("level", "error");
                    r.put("message", Map.of("text", "en".equals(t.lang()) ? e.message() : e.messageKo()));
                    r.put("locations", List.of(location(uri, e.line() == null ? 1 : e.line(), e.column() == null ? 1 : e.column(),
                            e.pointer())));
                    r.put("properties", sorted(Map.of("code", e.code(), "pointer", e.pointer())));
                    results.add(r);
                }
            } else {
                SourceIndex index = c.document().locations();
                for (Finding f : c.report().findings()) {
                    String pointer = Locations.pointer(index, f.rule(), f.subject());
                    SourceIndex.Position at = Locations.position(index, pointer);
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("ruleId", f.rule());
                    Integer i = ruleIndex.get(f.rule());
                    if (i != null) {
                        r.put("ruleIndex", i);
                    }
                    r.put("level", level(f.severity()));
                    r.put("message", Map.of("text", f.message().in(t.lang())));
                    r.put("locations", List.of(location(uri, at.line(), at.column(), pointer)));
                    r.put("partialFingerprints", Map.of("drrFinding/v1", ReportView.FindingView.key(f.rule(), f.subject(), f.scenario())));
                    Map<String, Object> props = new LinkedHashMap<>();
                    props.put("severity", f.severity().wire());
                    if (f.subject() != null) {
                        props.put("subject", f.subject().kind() + ":" + f.subject().id());
                    }
                    if (f.scenario() != null) {
                        props.put("scenario", f.scenario());
                    }
                    if (f.usersLost() != null) {
                        props.put("usersLost", f.usersLost());
                    }
                    r.put("properties", props);
                    results.add(r);
                }
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "dr-validate");
        driver.put("fullName", "DR Registry drr validator (dr-validate)");
        String version = new DrValidate.Version().getVersion()[0].substring("dr-validate ".length());
        driver.put("version", version);
        driver.put("rules", rules);
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", notifications.isEmpty());
        if (!notifications.isEmpty()) {
            invocation.put("toolExecutionNotifications", notifications);
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(invocation));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        Json.write(out, log);
    }

    private static Map<String, Object> location(String uri, int line, int column, String pointer) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", line);
        region.put("startColumn", column);
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri));
        physical.put("region", region);
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        if (pointer != null && !pointer.isEmpty()) {
            location.put("logicalLocations", List.of(sorted(Map.of("fullyQualifiedName", pointer, "kind", "element"))));
        }
        return location;
    }

    /** The file as a relative URI reference with forward slashes (what review tools match against the repository). */
    static String uri(String name) {
        Path p = Path.of(name);
        if (p.isAbsolute()) {
            return p.toUri().toString();
        }
        StringBuilder b = new StringBuilder();
        for (Path part : p.normalize()) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    /** A map of several entries in a fixed (alphabetical) order: {@code Map.of} iterates in an order that changes
     *  from one run of the JVM to the next, and the same findings must give the same SARIF bytes. */
    private static <V> Map<String, V> sorted(Map<String, V> entries) {
        return new java.util.TreeMap<>(entries);
    }
}
