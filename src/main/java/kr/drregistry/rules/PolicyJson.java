package kr.drregistry.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a {@link Policy} as JSON. Reading is strict, because the regulator edits policies as data:
 * unknown fields, unknown rule ids or parameters, a missing rule or parameter, a severity other than
 * {@code critical|high|medium|low|info}, or a wrong type are all rejected with an {@link InvalidPolicyException}
 * listing every problem and its JSON Pointer.
 *
 * <pre>{"id": "kr-msit", "version": "2026.1", "title": {"ko": "…", "en": "…"},
 *  "rules": {"SPOF-001": {"severity": "critical", "enabled": true, "basis": {"ko": "…", "en": "…"}}, …},
 *  "parameters": {"geo.minDistanceKm": 30, …}}</pre>
 */
public final class PolicyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> ROOT_FIELDS = Set.of("id", "version", "title", "rules", "parameters");
    private static final Set<String> RULE_FIELDS = Set.of("severity", "enabled", "basis");
    private static final Set<String> TEXT_FIELDS = Set.of("ko", "en");

    private PolicyJson() {
    }

    /** Parses and checks a policy document (UTF-8 JSON). The stream is not closed. */
    public static Policy read(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidPolicyException(List.of(new InvalidPolicyException.Problem("", "not valid JSON: "
                    + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidPolicyException(List.of(new InvalidPolicyException.Problem("", "cannot be read: " + e.getMessage())));
        }
        return new Reader().policy(root);
    }

    /**
     * Reads a version stored by an earlier release. Rules and parameters that came into the code after it was stored
     * are missing from it; they take {@code current}'s values (the shipped default) instead of making the stored
     * version unreadable — which would stop every validation after an upgrade. Everything else is read as strictly
     * as {@link #read(InputStream)}.
     */
    public static Policy readStored(InputStream in, Policy current) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("a stored policy is not valid JSON", e);
        }
        if (root instanceof ObjectNode stored) {
            JsonNode defaults = toTree(current);
            for (String section : List.of("rules", "parameters")) {
                if (stored.get(section) instanceof ObjectNode have && defaults.get(section) instanceof ObjectNode shipped) {
                    shipped.fields().forEachRemaining(e -> {
                        if (!have.has(e.getKey())) {
                            have.set(e.getKey(), e.getValue().deepCopy());
                        }
                    });
                }
            }
        }
        return new Reader().policy(root);
    }

    private static JsonNode toTree(Policy p) {
        try {
            return MAPPER.readTree(write(p));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The policy as indented JSON, rules and parameters in their canonical order. */
    public static String write(Policy policy) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", policy.id());
        root.put("version", policy.version());
        root.set("title", text(policy.title()));
        ObjectNode rules = root.putObject("rules");
        for (String id : canonical(policy.rules().keySet(), Policies.RULE_IDS)) {
            Policy.RuleSetting setting = policy.rules().get(id);
            ObjectNode rule = rules.putObject(id);
            rule.put("severity", setting.severity().wire());
            rule.put("enabled", setting.enabled());
            rule.set("basis", text(setting.basis()));
        }
        ObjectNode parameters = root.putObject("parameters");
        for (String name : canonical(policy.parameters().keySet(), Policies.PARAMETERS)) {
            double value = policy.parameters().get(name);
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                parameters.put(name, (long) value);
            } else {
                parameters.put(name, value);
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write policy " + policy.id(), e);
        }
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ko", text.ko());
        node.put("en", text.en());
        return node;
    }

    /** Known keys in their canonical order, then any others in sorted order. */
    private static List<String> canonical(Set<String> keys, List<String> order) {
        List<String> result = new ArrayList<>(order.stream().filter(keys::contains).toList());
        keys.stream().filter(k -> !order.contains(k)).sorted().forEach(result::add);
        return result;
    }

    /** One pass over a document, collecting every problem before failing. */
    private static final class Reader {
        private final List<InvalidPolicyException.Problem> problems = new ArrayList<>();

        Policy policy(JsonNode root) {
            if (!object(root, "")) {
                throw new InvalidPolicyException(problems);
            }
            fields(root, "", ROOT_FIELDS);
            String id = string(root.get("id"), "/id");
            String version = string(root.get("version"), "/version");
            LocalizedText title = localized(root.get("title"), "/title");
            Map<String, Policy.RuleSetting> rules = rules(root.get("rules"));
            Map<String, Double> parameters = parameters(root.get("parameters"));
            if (!problems.isEmpty()) {
                throw new InvalidPolicyException(problems);
            }
            return new Policy(id, version, title, rules, parameters);
        }

        private Map<String, Policy.RuleSetting> rules(JsonNode node) {
            Map<String, Policy.RuleSetting> rules = new LinkedHashMap<>();
            if (!object(node, "/rules")) {
                return rules;
            }
            keys(node, "/rules", Policies.RULE_IDS, "rule");
            for (String id : Policies.RULE_IDS) {
                JsonNode rule = node.get(id);
                String at = "/rules/" + id;
                if (object(rule, at)) {
                    fields(rule, at, RULE_FIELDS);
                    Severity severity = severity(rule.get("severity"), at + "/severity");
                    Boolean enabled = bool(rule.get("enabled"), at + "/enabled");
                    LocalizedText basis = localized(rule.get("basis"), at + "/basis");
                    if (severity != null && enabled != null && basis != null) {
                        rules.put(id, new Policy.RuleSetting(severity, enabled, basis));
                    }
                }
            }
            return rules;
        }

        private Map<String, Double> parameters(JsonNode node) {
            Map<String, Double> parameters = new LinkedHashMap<>();
            if (!object(node, "/parameters")) {
                return parameters;
            }
            keys(node, "/parameters", Policies.PARAMETERS, "parameter");
            for (String name : Policies.PARAMETERS) {
                JsonNode value = node.get(name);
                String at = "/parameters/" + escape(name);
                if (value == null) {
                    problem(at, "missing parameter " + name);
                } else if (!value.isNumber() || value.asDouble() < 0 || !Double.isFinite(value.asDouble())) {
                    problem(at, "must be a non-negative number, got " + value);
                } else {
                    parameters.put(name, value.asDouble());
                }
            }
            return parameters;
        }

        private Severity severity(JsonNode node, String at) {
            String text = string(node, at);
            for (Severity s : Severity.values()) {
                if (s.wire().equals(text)) {
                    return s;
                }
            }
            if (text != null) {
                problem(at, "unknown severity '" + text + "' (allowed: critical, high, medium, low, info)");
            }
            return null;
        }

        private LocalizedText localized(JsonNode node, String at) {
            if (!object(node, at)) {
                return null;
            }
            fields(node, at, TEXT_FIELDS);
            String ko = string(node.get("ko"), at + "/ko");
            String en = string(node.get("en"), at + "/en");
            return ko == null || en == null ? null : LocalizedText.of(ko, en);
        }

        private String string(JsonNode node, String at) {
            if (node == null) {
                problem(at, "missing");
                return null;
            }
            if (!node.isTextual() || node.asText().isBlank()) {
                problem(at, "must be a non-empty string, got " + node);
                return null;
            }
            return node.asText();
        }

        private Boolean bool(JsonNode node, String at) {
            if (node == null || !node.isBoolean()) {
                problem(at, node == null ? "missing" : "must be true or false, got " + node);
                return null;
            }
            return node.asBoolean();
        }

        private boolean object(JsonNode node, String at) {
            if (node == null) {
                problem(at, "missing");
                return false;
            }
            if (!node.isObject()) {
                problem(at, "must be an object, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
                return false;
            }
            return true;
        }

        /** Unknown fields of a fixed-shape object are errors (typos must not silently drop data). */
        private void fields(JsonNode node, String at, Set<String> allowed) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    problem(at + "/" + escape(name), "unknown field '" + name + "' (allowed: "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
            }
        }

        /** Keys of a map-shaped object must be known; missing ones are reported by the caller. */
        private void keys(JsonNode node, String at, List<String> known, String what) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!known.contains(name)) {
                    problem(at + "/" + escape(name), "unknown " + what + " '" + name + "'");
                }
            }
        }

        private void problem(String pointer, String message) {
            problems.add(new InvalidPolicyException.Problem(pointer, message));
        }

        /** JSON Pointer escaping of one reference token (RFC 6901). */
        private static String escape(String token) {
            return token.replace("~", "~0").replace("/", "~1");
        }
    }
}
