package kr.drregistry.topology.guide;

import java.util.List;
import java.util.Locale;

import kr.drregistry.rules.LocalizedText;

/**
 * What the format guide page shows for one filing format (drr/v1 now, drr/v2 later): every field of its JSON
 * Schema by section, the named value types, and every rule with its meaning, the policy's severity and basis, and
 * the remedy. Made by {@link FormatGuides#generate}; plain data for a template.
 *
 * @param format      the format name from the schema's {@code format} constant, e.g. {@code drr/v1}
 * @param sections    the document itself first, then one section per object reached, depth first in schema order
 * @param types       the named value types the fields use ({@code slug}, {@code date}, …)
 * @param policyId    the policy the severities and bases come from, and its version
 */
public record FormatGuide(String format, LocalizedText title, LocalizedText description, List<Section> sections,
                          List<NamedType> types, List<RuleEntry> rules, String policyId, String policyVersion) {

    public FormatGuide {
        sections = List.copyOf(sections);
        types = List.copyOf(types);
        rules = List.copyOf(rules);
    }

    /** Every field of every section, in page order. */
    public List<Field> fields() {
        return sections.stream().flatMap(s -> s.fields().stream()).toList();
    }

    /**
     * The fields of one object: {@code path} is empty for the document, else like {@code sites[]} or
     * {@code components[].failover}.
     */
    public record Section(String path, String anchor, LocalizedText description, List<Field> fields) {
        public Section {
            fields = List.copyOf(fields);
        }

        public boolean document() {
            return path.isEmpty();
        }
    }

    /**
     * One field. {@code path} is its full path ({@code sites[].location.lat}); {@code defaultValue} is the schema's
     * {@code default} as written in a filing, or null; {@code allowed} the values an enum or constant permits;
     * {@code opens} the anchor of the section that describes the object it holds (or null).
     */
    public record Field(String name, String path, String anchor, Type type, Presence presence, String defaultValue,
                        List<String> allowed, List<Constraint> constraints, LocalizedText description, String opens) {
        public Field {
            allowed = List.copyOf(allowed);
            constraints = List.copyOf(constraints);
        }

        public boolean required() {
            return presence == Presence.REQUIRED;
        }
    }

    /**
     * A value's type: {@code kind} is its JSON Schema type; {@code items} the kind of an array's items (else null);
     * {@code named} the {@code $defs} name of the value or of an array's items ({@code slug}, {@code site}), or null.
     */
    public record Type(TypeKind kind, TypeKind items, String named) {
        public boolean array() {
            return kind == TypeKind.ARRAY;
        }

        /** The kind a reader is told after "list ·" or alone: an array's items' kind, else the value's own. */
        public TypeKind shown() {
            return array() ? (items == null ? TypeKind.STRING : items) : kind;
        }
    }

    /**
     * The JSON Schema types a guide names (the page says each in the reader's language, {@code {topology:type(kind)}},
     * which Qute checks at build time).
     */
    public enum TypeKind {
        STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY;

        /** The kind of the schema's {@code type} keyword, e.g. {@code integer}; a type the guide cannot name is refused. */
        public static TypeKind of(String type) {
            for (TypeKind k : values()) {
                if (k.name().toLowerCase(Locale.ROOT).equals(type)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("the schema uses a type the format guide cannot name: \"" + type + "\"");
        }
    }

    /** Whether a field must be there: always, may be left out, or exactly one of a group ({@code oneOf}). */
    public enum Presence {
        REQUIRED, OPTIONAL, ONE_OF
    }

    /** A limit on a value: which one (the schema keyword) and its value as the schema writes it. */
    public record Constraint(LimitKind kind, String value) {
    }

    /**
     * The limits a guide shows, in the order it shows them, each with its JSON Schema keyword (the page names each in
     * the reader's language, {@code {topology:limit(kind)}}).
     */
    public enum LimitKind {
        MINIMUM("minimum"), MAXIMUM("maximum"), EXCLUSIVE_MINIMUM("exclusiveMinimum"),
        EXCLUSIVE_MAXIMUM("exclusiveMaximum"), MIN_ITEMS("minItems"), MAX_ITEMS("maxItems"), MIN_LENGTH("minLength"),
        MAX_LENGTH("maxLength"), PATTERN("pattern"), FORMAT("format");

        private final String keyword;

        LimitKind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    /** A named scalar type of {@code $defs} ({@code slug}, {@code date}, {@code siteRef}) with its limits. */
    public record NamedType(String name, String anchor, Type type, List<Constraint> constraints,
                            LocalizedText description) {
        public NamedType {
            constraints = List.copyOf(constraints);
        }
    }

    /**
     * One rule: what it finds and what resolves it (from the rule itself), and its severity, whether it runs and
     * its legal basis (from the policy; null when the policy does not name the rule).
     */
    public record RuleEntry(String id, String severity, Boolean enabled, LocalizedText meaning, LocalizedText basis,
                            LocalizedText remedy) {
    }
}
