package kr.drregistry.review;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Views of the review queue: a name for a filter a reviewer comes back to. The product's own views (every filing,
 * mine, unassigned, with critical findings) and each person's saved ones are the same thing: a query string of the
 * queue's filter parameters in one canonical form, so that the page can tell which view it shows and a saved view
 * carries nothing but the filter (no page number, no unknown parameter, no value longer than a filter takes).
 */
public final class QueueViews {
    /** How many views one person may keep. */
    public static final int MAX_VIEWS = 20;
    /** The longest name of a view, in characters. */
    public static final int MAX_NAME = 60;
    /** The filter parameters a view keeps, in the order of its canonical form. */
    static final List<String> KEYS = List.of("status", "type", "operator", "assigned", "critical", "sort", "desc");
    private static final int MAX_VALUE = 100;
    private static final Set<String> ENUM_KEYS = Set.of("status", "type");

    private QueueViews() {
    }

    /** The product's views, always shown before a person's own. */
    public enum Builtin {
        ALL(""), MINE("assigned=me"), UNASSIGNED("assigned=none"), CRITICAL("critical=1");

        private final String query;

        Builtin(String query) {
            this.query = query;
        }

        public String query() {
            return query;
        }
    }

    /** Why a name cannot be a view's name, or null when it can. */
    public enum NameProblem {
        MISSING, TOO_LONG
    }

    public static NameProblem nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return NameProblem.MISSING;
        }
        return name.strip().codePointCount(0, name.strip().length()) > MAX_NAME ? NameProblem.TOO_LONG : null;
    }

    /** The canonical form of a query string: only the filter parameters, in a fixed order, defaults dropped. */
    public static String canonical(String query) {
        return canonical(values(query));
    }

    /** The filter parameters of a query string by name, decoded (the first of a repeated one); others left out. */
    public static Map<String, String> values(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String key = decode(pair.substring(0, eq));
                if (KEYS.contains(key) && !values.containsKey(key)) {
                    values.put(key, decode(pair.substring(eq + 1)));
                }
            }
        }
        return values;
    }

    /** The canonical form of filter values by parameter name (null or blank values do not filter). */
    public static String canonical(Map<String, String> values) {
        StringBuilder q = new StringBuilder();
        for (String key : KEYS) {
            String value = clean(key, values.get(key));
            if (value != null) {
                q.append(q.isEmpty() ? "" : "&").append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    private static String clean(String key, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        if (v.length() > MAX_VALUE) {
            return null;
        }
        if (ENUM_KEYS.contains(key)) {
            return v.matches("[A-Z_]{1,40}") ? v : null;
        }
        return switch (key) {
            case "critical" -> v.matches("\\d{1,6}") ? Integer.toString(Integer.parseInt(v)) : null;
            case "sort" -> ReviewQueue.SORTS.contains(v) && !"age".equals(v) ? v : null; // age is the default order
            case "desc" -> "true".equals(v) ? v : null;
            default -> v;
        };
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
