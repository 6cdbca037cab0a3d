package kr.drregistry.plan.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanJson;
import kr.drregistry.plan.form.PlanFormSpec.Field;
import kr.drregistry.plan.form.PlanFormSpec.Group;
import kr.drregistry.plan.form.PlanFormSpec.Node;
import kr.drregistry.plan.form.PlanFormSpec.Rows;

/**
 * What the plan editor's form holds: the text of every field exactly as typed, by form name
 * ({@link PlanFormSpec}). It is what the page shows again after a save, so nothing the user typed is lost even
 * when it does not parse (a number written as "thirty" stays "thirty" until corrected).
 */
public final class PlanForm {
    /** Longest value kept for one field; plan/v1 itself allows at most {@link PlanJson#TEXT_MAX} characters. */
    static final int VALUE_MAX = 100_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, String> values;

    private PlanForm(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** A form with nothing filled in. */
    public static PlanForm empty() {
        return new PlanForm(new LinkedHashMap<>());
    }

    /**
     * The form as posted: parameters whose name is a field of {@link PlanFormSpec} (others, such as the CSRF
     * token or the draft version, are ignored), first value of each.
     */
    public static PlanForm of(Map<String, ? extends List<String>> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends List<String>> e : params.entrySet()) {
            String name = e.getKey();
            if (name == null || !name.startsWith("/") || e.getValue() == null || e.getValue().isEmpty()
                    || PlanFormSpec.typeOf(name) == null) {
                continue;
            }
            String v = e.getValue().get(0);
            if (v == null) {
                continue;
            }
            values.put(name, v.length() > VALUE_MAX ? v.substring(0, VALUE_MAX) : v);
        }
        return new PlanForm(values);
    }

    /** The form showing {@code plan}. */
    public static PlanForm of(PlanContent plan) {
        JsonNode root;
        try {
            root = MAPPER.readTree(PlanJson.canonical(plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        group(PlanFormSpec.ROOT, root, "", values);
        return new PlanForm(values);
    }

    private static void group(Group spec, JsonNode node, String prefix, Map<String, String> out) {
        for (Node child : spec.children()) {
            JsonNode value = node.get(child.name());
            if (value == null) {
                continue;
            }
            String name = prefix + "/" + child.name();
            if (child instanceof Field f) {
                field(f, value, name, out);
            } else if (child instanceof Group g) {
                group(g, value, name, out);
            } else if (child instanceof Rows r) {
                rows(r, value, name, out);
            }
        }
    }

    private static void rows(Rows spec, JsonNode list, String name, Map<String, String> out) {
        Group item = new Group("", spec.item());
        for (int i = 0; i < list.size(); i++) {
            JsonNode row = list.get(i);
            int index = i;
            if (spec.fixed()) {
                JsonNode key = row.get(spec.keyField());
                index = key == null ? -1 : spec.fixedKeys().indexOf(key.asText());
                if (index < 0) {
                    continue;
                }
            }
            group(item, row, name + "/" + index, out);
            if (spec.fixed()) {
                out.remove(name + "/" + index + "/" + spec.keyField());
            }
        }
    }

    private static void field(Field spec, JsonNode value, String name, Map<String, String> out) {
        switch (spec.type()) {
            case TEXT -> out.put(name, value.asText());
            case INTEGER -> out.put(name, value.asText());
            case BOOLEAN -> {
                if (value.asBoolean()) {
                    out.put(name, "true");
                }
            }
            case LINES -> {
                List<String> lines = new ArrayList<>();
                value.forEach(v -> lines.add(v.asText()));
                if (!lines.isEmpty()) {
                    out.put(name, String.join("\n", lines));
                }
            }
        }
    }

    /** The text of field {@code name}, "" when empty. */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** Whether checkbox {@code name} is checked. */
    public boolean checked(String name) {
        String v = values.get(name);
        return v != null && (v.equals("true") || v.equals("on"));
    }

    /** The row numbers of list {@code list} in the form, ascending (for fixed rows, one per key). */
    public List<Integer> rows(String list) {
        Rows spec = PlanFormSpec.rows(list);
        if (spec != null && spec.fixed()) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < spec.fixedKeys().size(); i++) {
                all.add(i);
            }
            return all;
        }
        String prefix = "/" + list + "/";
        TreeSet<Integer> found = new TreeSet<>();
        for (String name : values.keySet()) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                int slash = rest.indexOf('/');
                String token = slash < 0 ? rest : rest.substring(0, slash);
                if (Pointers.isIndex(token)) {
                    found.add(Integer.parseInt(token));
                }
            }
        }
        return List.copyOf(found);
    }

    /** Every filled-in field, by form name. */
    public Map<String, String> values() {
        return values;
    }

    /** The row number of list {@code list} whose {@code field} holds {@code value}, or -1. */
    public int rowWhere(String list, String field, String value) {
        for (int i : rows(list)) {
            if (value(("/" + list + "/" + i + "/" + field)).strip().equals(value)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The form name of the field that a finding's chain step names ({@code officer/phone24x7},
     * {@code scenarios/flood/response}, {@code alertLevels/serious}, {@code procedures/talk}: rows are named by
     * their key), or "" when it names a whole section or a row the form does not have.
     */
    public String fieldFor(String path) {
        List<String> tokens = Pointers.tokens("/" + path);
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
                int row = r.fixed() ? r.fixedKeys().indexOf(t) : r.keyField() == null ? -1 : rowWhere(r.name(), r.keyField(), t);
                if (row < 0) {
                    return "";
                }
                name.append('/').append(row);
                Node child = i + 1 < tokens.size() ? PlanFormSpec.child(r.item(), tokens.get(++i)) : null;
                if (child == null || (r.fixed() && child.name().equals(r.keyField()))) {
                    return name + "/" + r.firstField();
                }
                name.append('/').append(child.name());
                node = child;
            } else {
                return "";
            }
        }
        return node instanceof Field ? name.toString() : "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanForm other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PlanForm{");
        for (Iterator<Map.Entry<String, String>> it = values.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> e = it.next();
            sb.append(e.getKey()).append('=').append(e.getValue()).append(it.hasNext() ? ", " : "");
        }
        return sb.append('}').toString();
    }
}
