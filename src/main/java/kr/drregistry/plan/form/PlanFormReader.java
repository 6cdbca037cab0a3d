package kr.drregistry.plan.form;

import kr.drregistry.rules.Josa;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanJson;
import kr.drregistry.plan.model.PlanParseException;
import kr.drregistry.plan.model.ScenarioKind;
import kr.drregistry.plan.form.PlanFormSpec.Field;
import kr.drregistry.plan.form.PlanFormSpec.Group;
import kr.drregistry.plan.form.PlanFormSpec.Node;
import kr.drregistry.plan.form.PlanFormSpec.Rows;
import kr.drregistry.topology.parse.ParseError;

/**
 * Turns the editor's form into a plan/v1 document, the way the API would read it. The form is bound to a JSON
 * tree (blank fields and blank rows left out, numbers that are not numbers reported), read strictly by
 * {@link PlanJson#read}, and every error is mapped back to the form field it concerns. A draft may be
 * incomplete, but what is stored must be a plan/v1 document the API accepts: so the values in error are left
 * out (an item that lacks a required member is left out whole) and the rest is kept — {@link Result#plan()} is
 * what can be saved, {@link Result#problems()} what was not.
 */
public final class PlanFormReader {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Rounds of leaving values out before giving up (each round removes every value then in error). */
    private static final int PRUNE_ROUNDS = 5;

    private PlanFormReader() {
    }

    /**
     * One input that could not be taken: {@code field} is the form name of the field it is shown at ("" when it
     * concerns the whole document), {@code pointer} where it was in the bound document.
     */
    public record Problem(String field, String pointer, String code, String ko, String en) {
        public String message(String language) {
            return "en".equals(language) ? en : ko;
        }
    }

    /**
     * The plan that can be saved ({@code json} its canonical plan/v1 bytes) — null only when nothing could be
     * kept (the document as a whole is refused, e.g. too large) — and the problems, in form order.
     */
    public record Result(PlanContent plan, byte[] json, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** Every input was taken. */
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /** Reads {@code form} as the plan of {@code planYear}. */
    public static Result read(PlanForm form, int planYear) {
        Binding b = new Binding(form);
        ObjectNode root = NODES.objectNode();
        root.put("format", PlanContent.FORMAT);
        root.put("planYear", planYear);
        b.group(PlanFormSpec.ROOT, "", root);

        List<Problem> problems = new ArrayList<>(b.problems);
        Set<String> fieldsInError = new LinkedHashSet<>();
        b.problems.forEach(p -> fieldsInError.add(p.field()));

        ObjectNode doc = root.deepCopy();
        for (int round = 0; round < PRUNE_ROUNDS; round++) {
            try {
                PlanContent plan = PlanJson.read(bytes(doc));
                return new Result(plan, PlanJson.canonical(plan), problems);
            } catch (PlanParseException e) {
                if (round == 0) {
                    for (ParseError error : e.errors()) {
                        String field = b.fieldOf(error.pointer());
                        if (!b.formErrorFields.contains(field)) {
                            problems.add(ParseError.DUPLICATE_ID.equals(error.code()) ? b.duplicate(error, field)
                                    : new Problem(field, error.pointer(), error.code(), error.messageKo(), error.message()));
                            fieldsInError.add(field);
                        }
                    }
                }
                if (!prune(doc, e.errors())) {
                    break;
                }
            }
        }
        return new Result(null, null, problems);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Leaves out the value at each error's pointer; for a missing member, the object that lacks it. False when
     * an error concerns the document as a whole (nothing can be left out to fix it).
     */
    static boolean prune(ObjectNode doc, List<ParseError> errors) {
        List<List<String>> targets = new ArrayList<>();
        for (ParseError e : errors) {
            List<String> tokens = Pointers.tokens(e.pointer());
            if (ParseError.REQUIRED.equals(e.code()) || at(doc, tokens) == null) {
                tokens = tokens.isEmpty() ? tokens : tokens.subList(0, tokens.size() - 1);
            }
            if (tokens.isEmpty() || List.of("format").equals(tokens) || List.of("planYear").equals(tokens)) {
                return false;
            }
            targets.add(tokens);
        }
        targets.sort(DESCENDING);
        List<String> previous = null;
        for (List<String> t : targets) {
            if (t.equals(previous)) {
                continue;
            }
            previous = t;
            JsonNode parent = at(doc, t.subList(0, t.size() - 1));
            String last = t.get(t.size() - 1);
            if (parent instanceof ObjectNode o) {
                o.remove(last);
            } else if (parent instanceof ArrayNode a && Pointers.isIndex(last) && Integer.parseInt(last) < a.size()) {
                a.remove(Integer.parseInt(last));
            }
        }
        return true;
    }

    /** Later positions first (so removing one never shifts another still to be removed), children before parents. */
    private static final Comparator<List<String>> DESCENDING = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            int c = Pointers.isIndex(x) && Pointers.isIndex(y) ? Integer.compare(Integer.parseInt(y), Integer.parseInt(x))
                    : y.compareTo(x);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(b.size(), a.size());
    };

    private static JsonNode at(JsonNode root, List<String> tokens) {
        JsonNode node = root;
        for (String t : tokens) {
            if (node == null) {
                return null;
            }
            node = node.isArray() ? (Pointers.isIndex(t) ? node.get(Integer.parseInt(t)) : null) : node.get(t);
        }
        return node;
    }

    /** The form bound to a JSON tree, remembering which form row each list item came from. */
    private static final class Binding {
        final PlanForm form;
        final List<Problem> problems = new ArrayList<>();
        final Set<String> formErrorFields = new LinkedHashSet<>();
        /** For each list (by form name), the form row number of each item, in item order. */
        final Map<String, List<Integer>> rowOfItem = new HashMap<>();

        Binding(PlanForm form) {
            this.form = form;
        }

        /** Binds the fields of {@code spec} under form name {@code prefix} into {@code out}; true when any was filled in. */
        boolean group(Group spec, String prefix, ObjectNode out) {
            boolean any = false;
            for (Node child : spec.children()) {
                String name = prefix + "/" + child.name();
                if (child instanceof Field f) {
                    any |= field(f, name, out);
                } else if (child instanceof Group g) {
                    ObjectNode inner = NODES.objectNode();
                    if (group(g, name, inner)) {
                        out.set(child.name(), inner);
                        any = true;
                    }
                } else if (child instanceof Rows r) {
                    any |= rows(r, name, out);
                }
            }
            return any;
        }

        boolean rows(Rows spec, String name, ObjectNode out) {
            ArrayNode items = NODES.arrayNode();
            List<Integer> rows = new ArrayList<>();
            Group item = new Group("", spec.item().stream()
                    .filter(n -> !spec.fixed() || !n.name().equals(spec.keyField())).toList());
            for (int row : form.rows(spec.name())) {
                ObjectNode o = NODES.objectNode();
                if (group(item, name + "/" + row, o)) {
                    if (spec.fixed()) {
                        ObjectNode keyed = NODES.objectNode();
                        keyed.put(spec.keyField(), spec.fixedKeys().get(row));
                        keyed.setAll(o);
                        o = keyed;
                    }
                    items.add(o);
                    rows.add(row);
                }
            }
            rowOfItem.put(name, rows);
            if (items.isEmpty()) {
                return false;
            }
            out.set(spec.name(), items);
            return true;
        }

        boolean field(Field spec, String name, ObjectNode out) {
            String raw = form.value(name);
            String value = raw.strip();
            switch (spec.type()) {
                case TEXT -> {
                    if (value.isEmpty()) {
                        return false;
                    }
                    out.put(spec.name(), value);
                }
                case INTEGER -> {
                    if (value.isEmpty()) {
                        return false;
                    }
                    if (INTEGER.matcher(value).matches()) {
                        out.set(spec.name(), NODES.numberNode(new BigInteger(value)));
                    } else {
                        String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
                        problems.add(new Problem(name, name, ParseError.TYPE,
                                "숫자로만 적으십시오(예: 30). 입력한 값 \"" + shown + "\"" + Josa.particle(String.valueOf(shown), "은/는") + " 정수가 아닙니다.",
                                "Write digits only (for example 30); \"" + shown + "\" is not a whole number."));
                        formErrorFields.add(name);
                        return false;
                    }
                }
                case BOOLEAN -> {
                    if (!form.checked(name)) {
                        return false;
                    }
                    out.put(spec.name(), true);
                }
                case LINES -> {
                    ArrayNode lines = NODES.arrayNode();
                    for (String line : raw.split("\\R")) {
                        if (!line.isBlank()) {
                            lines.add(line.strip());
                        }
                    }
                    if (lines.isEmpty()) {
                        return false;
                    }
                    out.set(spec.name(), lines);
                }
            }
            return true;
        }

        /**
         * A duplicate item, said in the form's terms: the reader names the earlier item by its pointer in the bound
         * document ("already used at /scenarios/3"); the user sees rows numbered from 1.
         */
        Problem duplicate(ParseError error, String field) {
            List<String> at = Pointers.tokens(error.pointer());
            java.util.regex.Matcher m = Pattern.compile("already used at (/[^ ]+?)\\.?$").matcher(error.message());
            String list = at.isEmpty() ? "" : "/" + at.get(0);
            int shown = -1;
            if (m.find()) {
                List<String> first = Pointers.tokens(m.group(1));
                List<Integer> rows = rowOfItem.getOrDefault(list, List.of());
                if (first.size() > 1 && Pointers.isIndex(first.get(1)) && Integer.parseInt(first.get(1)) < rows.size()) {
                    shown = form.rows(list.substring(1)).indexOf(rows.get(Integer.parseInt(first.get(1)))) + 1;
                }
            }
            String value = form.value(field).strip();
            ScenarioKind kind = ScenarioKind.fromWire(value);
            String ko = kind == null ? value : kind.ko();
            String en = kind == null ? value : kind.en();
            if (shown < 1) {
                return new Problem(field, error.pointer(), error.code(), "\"" + ko + "\"" + Josa.particle(String.valueOf(ko), "은/는") + " 이미 위에서 쓰였습니다. 한 번만 적으십시오.",
                        "\"" + en + "\" is already used above; each may appear once.");
            }
            return new Problem(field, error.pointer(), error.code(),
                    "\"" + ko + "\"" + Josa.particle(String.valueOf(ko), "은/는") + " 이미 " + shown + "번째 항목에 있습니다. 한 번만 적으십시오.",
                    "\"" + en + "\" is already used by item " + shown + "; each may appear once.");
        }

        /**
         * The form name of the field an error at {@code pointer} concerns: the field itself, the lines field for
         * one of its lines, the first field of a row for the row as a whole; "" when no field fits.
         */
        String fieldOf(String pointer) {
            List<String> tokens = Pointers.tokens(pointer);
            Node node = PlanFormSpec.ROOT;
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                if (node instanceof Group g) {
                    Node child = PlanFormSpec.child(g.children(), t);
                    if (child == null) {
                        return "";
                    }
                    name.append('/').append(t);
                    node = child;
                } else if (node instanceof Rows r) {
                    List<Integer> rows = rowOfItem.getOrDefault(name.toString(), List.of());
                    if (!Pointers.isIndex(t) || Integer.parseInt(t) >= rows.size()) {
                        return "";
                    }
                    name.append('/').append(rows.get(Integer.parseInt(t)));
                    if (i + 1 == tokens.size()) {
                        return name + "/" + r.firstField();
                    }
                    Node child = PlanFormSpec.child(r.item(), tokens.get(++i));
                    if (child == null || (r.fixed() && child.name().equals(r.keyField()))) {
                        return name + "/" + r.firstField();
                    }
                    name.append('/').append(child.name());
                    node = child;
                } else {
                    break;
                }
            }
            return node instanceof Field ? name.toString() : "";
        }
    }
}
