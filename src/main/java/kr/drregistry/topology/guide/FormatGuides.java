package kr.drregistry.topology.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.drregistry.topology.guide.FormatGuide.Constraint;
import kr.drregistry.topology.guide.FormatGuide.Field;
import kr.drregistry.topology.guide.FormatGuide.LimitKind;
import kr.drregistry.topology.guide.FormatGuide.NamedType;
import kr.drregistry.topology.guide.FormatGuide.Presence;
import kr.drregistry.topology.guide.FormatGuide.RuleEntry;
import kr.drregistry.topology.guide.FormatGuide.Section;
import kr.drregistry.topology.guide.FormatGuide.Type;
import kr.drregistry.topology.guide.FormatGuide.TypeKind;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.RuleText;

/**
 * Makes the format guide from a filing format's JSON Schema, its rules and a policy, so the page never drifts from
 * what the parser and the validators do. Reads the schema's {@code description} (English) and
 * {@code x-description-ko} (Korean) annotations, {@code required}, {@code oneOf} groups of {@code required},
 * {@code default}, {@code enum}, {@code const} and the usual limits; follows local {@code $ref}s to {@code $defs}.
 */
public final class FormatGuides {
    /** The Korean description annotation next to the standard (English) {@code description}. */
    public static final String KOREAN_DESCRIPTION = "x-description-ko";
    /** The Korean title annotation next to the standard (English) {@code title}. */
    public static final String KOREAN_TITLE = "x-title-ko";
    private static final String DEFS = "#/$defs/";

    private FormatGuides() {
    }

    /** The guide of {@code schema} with {@code rules} (in the order given) and {@code policy}'s settings of them. */
    public static FormatGuide generate(JsonNode schema, List<RuleText> rules, Policy policy) {
        Walker walker = new Walker(schema);
        walker.object("", schema);
        List<RuleEntry> entries = new ArrayList<>(rules.size());
        for (RuleText r : rules) {
            Policy.RuleSetting setting = policy.rules().get(r.id());
            entries.add(new RuleEntry(r.id(), setting == null ? null : setting.severity().wire(),
                    setting == null ? null : setting.enabled(), r.meaning(), setting == null ? null : setting.basis(),
                    r.remedy()));
        }
        return new FormatGuide(schema.at("/properties/format/const").asText(null),
                text(schema, "title", KOREAN_TITLE), text(schema, "description", KOREAN_DESCRIPTION),
                walker.sections, walker.namedTypes(), entries, policy.id(), policy.version());
    }

    /** English from {@code en}, Korean from {@code ko}; either falls back to the other when missing. */
    private static LocalizedText text(JsonNode node, String en, String ko) {
        String english = node.path(en).asText(null);
        String korean = node.path(ko).asText(null);
        if (english == null && korean == null) {
            return null;
        }
        return LocalizedText.of(korean == null ? english : korean, english == null ? korean : english);
    }

    /** {@code sites[].location} → {@code sites-location} (for HTML ids). */
    static String anchor(String prefix, String path) {
        String a = path.replace("[]", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + (a.isEmpty() ? "document" : a);
    }

    /** One pass over the schema: sections depth first, and the named scalar types met on the way. */
    private static final class Walker {
        private final JsonNode root;
        private final List<Section> sections = new ArrayList<>();
        private final Set<String> typesUsed = new HashSet<>();
        /** The {@code $defs} names of the objects on the current path and their sections, so a recursive schema ends. */
        private final Map<String, String> open = new HashMap<>();

        Walker(JsonNode root) {
            this.root = root;
        }

        /** Adds the section of the object {@code node} at {@code path}, then the sections of the objects it holds. */
        void object(String path, JsonNode node) {
            JsonNode resolved = resolve(node);
            Set<String> required = strings(resolved.path("required"));
            Set<String> oneOf = new HashSet<>();
            resolved.path("oneOf").forEach(alt -> oneOf.addAll(strings(alt.path("required"))));
            List<Field> fields = new ArrayList<>();
            List<Runnable> nested = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey();
                String fieldPath = path.isEmpty() ? name : path + "." + name;
                JsonNode value = resolve(e.getValue());
                Type type = type(e.getValue());
                String opens = null;
                if (type.kind() == TypeKind.OBJECT && value.has("properties")) {
                    opens = enter(fieldPath, e.getValue(), nested);
                } else if (type.kind() == TypeKind.ARRAY && type.items() == TypeKind.OBJECT) {
                    opens = enter(fieldPath + "[]", value.path("items"), nested);
                }
                Presence presence = required.contains(name) ? Presence.REQUIRED
                        : oneOf.contains(name) ? Presence.ONE_OF : Presence.OPTIONAL;
                fields.add(new Field(name, fieldPath, anchor("f-", fieldPath), type, presence,
                        defaultValue(value), allowed(value), constraints(value),
                        description(e.getValue()), opens));
            }
            sections.add(new Section(path, anchor("s-", path), description(node), fields));
            nested.forEach(Runnable::run);
        }

        /** Plans the section of a nested object (unless its definition is already open above); returns its anchor. */
        private String enter(String path, JsonNode node, List<Runnable> nested) {
            String def = defName(node);
            if (def != null && open.containsKey(def)) {
                return anchor("s-", open.get(def));
            }
            nested.add(() -> {
                if (def != null) {
                    open.put(def, path);
                }
                object(path, node);
                if (def != null) {
                    open.remove(def);
                }
            });
            return anchor("s-", path);
        }

        /** The type of a property, naming the {@code $defs} entry of the value (or of an array's items). */
        private Type type(JsonNode property) {
            JsonNode value = resolve(property);
            TypeKind kind = kind(value);
            if (kind == TypeKind.ARRAY) {
                JsonNode items = value.path("items");
                String named = defName(items);
                if (named != null && kind(resolve(items)) != TypeKind.OBJECT) {
                    typesUsed.add(named);
                }
                return new Type(kind, kind(resolve(items)), named);
            }
            String named = defName(property);
            if (named != null && kind != TypeKind.OBJECT) {
                typesUsed.add(named);
            }
            return new Type(kind, null, named);
        }

        private static TypeKind kind(JsonNode value) {
            if (value.has("type")) {
                JsonNode type = value.path("type");
                return TypeKind.of(type.isTextual() ? type.asText() : type.toString());
            }
            if (value.has("properties")) {
                return TypeKind.OBJECT;
            }
            JsonNode example = value.has("const") ? value.path("const") : value.path("enum").path(0);
            if (example.isTextual()) {
                return TypeKind.STRING;
            }
            if (example.isIntegralNumber()) {
                return TypeKind.INTEGER;
            }
            if (example.isNumber()) {
                return TypeKind.NUMBER;
            }
            return example.isBoolean() ? TypeKind.BOOLEAN : TypeKind.STRING;
        }

        /** The named scalar types the fields use, in the schema's order of {@code $defs}. */
        List<NamedType> namedTypes() {
            List<NamedType> types = new ArrayList<>();
            for (Iterator<String> it = root.path("$defs").fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!typesUsed.contains(name)) {
                    continue;
                }
                JsonNode def = root.path("$defs").path(name);
                types.add(new NamedType(name, anchor("t-", name), new Type(kind(def), null, null), constraints(def),
                        text(def, "description", KOREAN_DESCRIPTION)));
            }
            return types;
        }

        /** The node a {@code $ref} points at, with the referring node's own keywords on top. */
        private JsonNode resolve(JsonNode node) {
            String def = defName(node);
            if (def == null) {
                return node;
            }
            JsonNode target = root.path("$defs").path(def);
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("the schema refers to a missing definition: " + def);
            }
            ObjectNode copy = resolve(target).deepCopy();
            node.fields().forEachRemaining(e -> {
                if (!"$ref".equals(e.getKey())) {
                    copy.set(e.getKey(), e.getValue());
                }
            });
            return copy;
        }

        private static String defName(JsonNode node) {
            String ref = node.path("$ref").asText("");
            return ref.startsWith(DEFS) ? ref.substring(DEFS.length()) : null;
        }

        /** The field's own description, else that of what it refers to (or of an array's items). */
        private LocalizedText description(JsonNode property) {
            LocalizedText own = text(property, "description", KOREAN_DESCRIPTION);
            if (own != null) {
                return own;
            }
            JsonNode value = resolve(property);
            LocalizedText referred = text(value, "description", KOREAN_DESCRIPTION);
            return referred != null ? referred : text(resolve(value.path("items")), "description", KOREAN_DESCRIPTION);
        }

        /** The schema's {@code default}, written as in a YAML filing: {@code {mode: none}}, {@code []}, {@code hard}. */
        private static String defaultValue(JsonNode value) {
            JsonNode d = value.get("default");
            return d == null ? null : flow(d);
        }

        private static String flow(JsonNode node) {
            if (node.isObject()) {
                List<String> entries = new ArrayList<>();
                node.fields().forEachRemaining(e -> entries.add(e.getKey() + ": " + flow(e.getValue())));
                return "{" + String.join(", ", entries) + "}";
            }
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(n -> items.add(flow(n)));
                return "[" + String.join(", ", items) + "]";
            }
            return node.asText();
        }

        private static List<String> allowed(JsonNode value) {
            if (value.has("const")) {
                return List.of(value.path("const").asText());
            }
            List<String> values = new ArrayList<>();
            value.path("enum").forEach(v -> values.add(v.asText()));
            return values;
        }

        private static List<Constraint> constraints(JsonNode value) {
            List<Constraint> limits = new ArrayList<>();
            for (LimitKind limit : LimitKind.values()) {
                if (value.has(limit.keyword())) {
                    limits.add(new Constraint(limit, value.path(limit.keyword()).asText()));
                }
            }
            return limits;
        }

        private static Set<String> strings(JsonNode array) {
            Set<String> out = new LinkedHashSet<>();
            array.forEach(n -> out.add(n.asText()));
            return out;
        }
    }
}
