package kr.drregistry.plan.form;

import java.util.List;

/**
 * The shape of the plan editor's form: which plan/v1 members it edits and how each is typed in. A form field is
 * named by the JSON Pointer of the value it edits, with form row numbers in place of list indices
 * ({@code /officer/name}, {@code /contacts/3/phone}); a reader error's pointer therefore leads back to its field
 * ({@link PlanFormReader}). One description drives both directions, so the form and plan/v1 cannot drift apart.
 */
public final class PlanFormSpec {
    private PlanFormSpec() {
    }

    /** How a value is typed in. */
    public enum Type {
        /** A text (input or textarea); blank means absent. */
        TEXT,
        /** A whole number typed as text; anything else is kept and reported, never silently dropped. */
        INTEGER,
        /** A checkbox; unchecked means absent (plan/v1 reads an absent boolean as false). */
        BOOLEAN,
        /** A list of texts typed one per line; blank lines are ignored. */
        LINES
    }

    /** A node of the form: a field, a group of fields (a JSON object) or rows (a JSON list of objects). */
    public sealed interface Node permits Field, Group, Rows {
        /** The plan/v1 member name. */
        String name();
    }

    /** One value. */
    public record Field(String name, Type type) implements Node {
    }

    /** A JSON object; left out of the plan when all its fields are blank. */
    public record Group(String name, List<Node> children) implements Node {
        public Group {
            children = List.copyOf(children);
        }
    }

    /**
     * A list of objects edited as rows. Repeatable rows are added and removed freely (blank rows are left out);
     * fixed rows ({@code fixedKeys} non-empty) are one per key, the key written to {@code keyField} (the four
     * crisis-alert levels). {@code keyField} also names the member that identifies a row in findings
     * ({@code scenarios/flood}, {@code procedures/talk}), or is null.
     */
    public record Rows(String name, List<Node> item, String keyField, List<String> fixedKeys) implements Node {
        public Rows {
            item = List.copyOf(item);
            fixedKeys = List.copyOf(fixedKeys);
        }

        public boolean fixed() {
            return !fixedKeys.isEmpty();
        }

        /** The first field of a row: where an error about the whole row is shown. */
        public String firstField() {
            return item.stream().filter(n -> fixedKeys.isEmpty() || !n.name().equals(keyField)).findFirst()
                    .orElseThrow().name();
        }
    }

    private static Field text(String name) {
        return new Field(name, Type.TEXT);
    }

    private static Field integer(String name) {
        return new Field(name, Type.INTEGER);
    }

    private static Field bool(String name) {
        return new Field(name, Type.BOOLEAN);
    }

    private static Field lines(String name) {
        return new Field(name, Type.LINES);
    }

    private static Rows rows(String name, String keyField, Node... item) {
        return new Rows(name, List.of(item), keyField, List.of());
    }

    /** The crisis-alert levels in their fixed order (plan/v1 spellings). */
    public static final List<String> ALERT_LEVELS = List.of("attention", "caution", "alert", "serious");

    /** The whole form: plan/v1 members in their canonical order ({@code format} and {@code planYear} are set by the page). */
    public static final Group ROOT = new Group("", List.of(
            new Group("officer", List.of(text("name"), text("title"), text("phone24x7"), text("email"))),
            new Group("department", List.of(text("name"), bool("dedicated"), integer("staffCount"))),
            rows("contacts", null, text("name"), text("role"), text("phone"), bool("available24x7")),
            rows("escalation", null, integer("order"), text("role"), text("contact"), integer("withinMinutes")),
            new Rows("alertLevels", List.of(text("level"), text("criteria"), lines("actions")), "level", ALERT_LEVELS),
            rows("scenarios", "kind", text("kind"), text("title"), text("description"), text("response")),
            new Group("detection", List.of(text("monitoring"), bool("realTimeMonitoring"), text("declarationAuthority"),
                    text("declarationCriteria"), integer("outageReportThresholdMinutes"))),
            rows("procedures", "serviceId", text("serviceId"), lines("failoverSteps"), lines("recoverySteps"),
                    integer("targetRtoMinutes")),
            new Group("notification", List.of(
                    new Group("userNotice", List.of(lines("channels"), integer("thresholdMinutes"),
                            new Group("template", List.of(text("fact"), text("cause"), text("response"), text("contact"))))),
                    new Group("regulatorReport", List.of(text("channel"), integer("withinMinutes"))))),
            rows("drills", null, text("date"), text("scenario"), lines("services")),
            new Group("updateValidation", List.of(bool("testEnvironment"), bool("thirdPartyAndSecurityPrevalidated"),
                    text("description"))),
            new Group("multicloud", List.of(lines("providers")))));

    /** The rows node named {@code name} (a top-level list such as {@code contacts}), or null. */
    public static Rows rows(String name) {
        for (Node n : ROOT.children()) {
            if (n instanceof Rows r && r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** The type of the field at form name {@code name} ({@code /contacts/2/phone}), or null when there is none. */
    public static Type typeOf(String name) {
        List<String> tokens = Pointers.tokens(name);
        Node node = ROOT;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (node instanceof Group g) {
                node = child(g.children(), t);
            } else if (node instanceof Rows r) {
                if (!Pointers.isIndex(t) || i + 1 >= tokens.size()) {
                    return null;
                }
                node = child(r.item(), tokens.get(++i));
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node instanceof Field f ? f.type() : null;
    }

    static Node child(List<Node> children, String name) {
        for (Node n : children) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }
}
