package kr.drregistry.topology.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kr.drregistry.platform.ProblemException;
import kr.drregistry.rules.Severity;

/**
 * What a caller asks of a report (the query of {@code POST /api/v1/validate} and
 * {@code GET /api/v1/filings/{id}/versions/{n}/findings}): the view ({@code compact} by default, {@code summary},
 * or {@code full}, the report as stored with both languages and every chain), the language of the texts
 * ({@code ko} or {@code en} from {@code ?lang=} or {@code Accept-Language}, Korean when neither says; {@code both}
 * on request), and which findings ({@code rule}, {@code severity}, {@code root}; {@code page} from 1,
 * {@code size} up to {@link #MAX_SIZE}), and which page of the ranked root causes ({@code rootPage} from 1,
 * {@code rootSize} up to {@link #MAX_SIZE}, {@link #DEFAULT_SIZE} by default).
 */
public record ReportQuery(View view, Language language, Set<String> rules, Set<String> severities, String root,
                          int page, int size, int rootPage, int rootSize) {
    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public enum View { COMPACT, SUMMARY, FULL }

    public enum Language {
        KO, EN, BOTH;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ReportQuery {
        rules = Set.copyOf(rules);
        severities = Set.copyOf(severities);
    }

    /** Reads the query parameters; a value that means nothing is a 400 problem naming the parameter. */
    public static ReportQuery of(String view, String lang, String acceptLanguage, List<String> rule,
                                 List<String> severity, String root, Integer page, Integer size) {
        return of(view, lang, acceptLanguage, rule, severity, root, page, size, null, null);
    }

    public static ReportQuery of(String view, String lang, String acceptLanguage, List<String> rule,
                                 List<String> severity, String root, Integer page, Integer size, Integer rootPage,
                                 Integer rootSize) {
        View v = switch (view == null || view.isBlank() ? "compact" : view.trim().toLowerCase(Locale.ROOT)) {
            case "compact" -> View.COMPACT;
            case "summary" -> View.SUMMARY;
            case "full" -> View.FULL;
            default -> throw bad("view", view, "compact, summary, full");
        };
        Language l = lang == null || lang.isBlank() ? fromAcceptLanguage(acceptLanguage)
                : switch (lang.trim().toLowerCase(Locale.ROOT)) {
                    case "ko" -> Language.KO;
                    case "en" -> Language.EN;
                    case "both" -> Language.BOTH;
                    default -> throw bad("lang", lang, "ko, en, both");
                };
        Set<String> severities = new LinkedHashSet<>();
        for (String s : split(severity)) {
            try {
                severities.add(Severity.parse(s).wire());
            } catch (IllegalArgumentException e) {
                throw bad("severity", s, "critical, high, medium, low, info");
            }
        }
        int p = within("page", page, 1, Integer.MAX_VALUE, 1);
        int n = within("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
        int rp = within("rootPage", rootPage, 1, Integer.MAX_VALUE, 1);
        int rn = within("rootSize", rootSize, 1, MAX_SIZE, DEFAULT_SIZE);
        return new ReportQuery(v, l, split(rule), severities, root == null || root.isBlank() ? null : root.trim(), p, n,
                rp, rn);
    }

    /** {@code value} (or {@code absent} when not given) if it lies in [{@code min}, {@code max}]; else a 400. */
    private static int within(String parameter, Integer value, int min, int max, int absent) {
        int v = value == null ? absent : value;
        if (v < min || v > max) {
            throw bad(parameter, String.valueOf(value), max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max);
        }
        return v;
    }

    /** Korean unless the caller prefers English; {@code both} only when asked for by {@code ?lang=both}. */
    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.KO;
        }
        try {
            for (Locale.LanguageRange r : Locale.LanguageRange.parse(header)) {
                String tag = r.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("ko")) {
                    return Language.KO;
                }
                if (tag.startsWith("en")) {
                    return Language.EN;
                }
            }
        } catch (IllegalArgumentException e) {
            return Language.KO;
        }
        return Language.KO;
    }

    private static Set<String> split(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    private static ProblemException bad(String parameter, String value, String allowed) {
        return ProblemException.badQuery(parameter, value, allowed);
    }

    /** Whether a finding passes the rule and severity filters. */
    boolean admits(String rule, String severity) {
        return (rules.isEmpty() || rules.contains(rule)) && (severities.isEmpty() || severities.contains(severity));
    }
}
