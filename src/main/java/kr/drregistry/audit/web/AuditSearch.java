package kr.drregistry.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.audit.AuditQuery;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Organisation;

/**
 * What a filter of the audit trail asks for, read one way for the audit page, its CSV and {@code GET /api/v1/audit}:
 * an organisation with its filings, the accounts a name stands for, whole days in Seoul; and the filter itself, as
 * the request gives it.
 */
@ApplicationScoped
public class AuditSearch {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    FilingQueries filings;

    /**
     * The query of {@code f} ({@code from} and {@code to} already checked dates, or null), and of {@code subjectId}
     * when not null. An organisation that does not exist matches nothing.
     */
    public AuditQuery query(Filter f, String subjectId) {
        UUID orgId = null;
        String slug = null;
        List<String> filingIds = List.of();
        if (f.org() != null) {
            Organisation o = Organisation.findBySlug(f.org());
            orgId = o == null ? new UUID(0, 0) : o.id;
            slug = o == null ? null : o.slug;
            filingIds = o == null ? List.of() : filings.idsOf(o.id).stream().map(UUID::toString).toList();
        }
        List<String> actors = null;
        if (f.who() != null) {
            Set<String> names = new LinkedHashSet<>();
            names.add(f.who());
            String part = f.who().toLowerCase(Locale.ROOT);
            AppUser.<AppUser>find("locate(?1, lower(username)) > 0 or locate(?1, lower(displayName)) > 0", part)
                    .page(0, 200).list().forEach(u -> names.add(u.username));
            actors = new ArrayList<>(names);
        }
        LocalDate from = date(f.from());
        LocalDate to = date(f.to());
        return new AuditQuery(orgId, slug, filingIds, actors, f.event(),
                from == null ? null : from.atStartOfDay(SEOUL).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(SEOUL).toInstant(), subjectId);
    }

    /** The filter as the form shows it, and as a query string for links (empty when nothing is filtered). */
    public record Filter(String org, String who, String event, String from, String to, String query) {
        public boolean any() {
            return !query.isEmpty();
        }
    }

    /** The filter of the request: values kept within bounds; a date that does not parse is left out. */
    static Filter filter(String org, String who, String event, String from, String to) {
        String o = clean(org, 100);
        String w = clean(who, 100);
        String ev = clean(event, 60);
        String f = date(from) == null ? null : from.strip();
        String t = date(to) == null ? null : to.strip();
        StringBuilder q = new StringBuilder();
        param(q, "org", o);
        param(q, "who", w);
        param(q, "event", ev);
        param(q, "from", f);
        param(q, "to", t);
        return new Filter(o, w, ev, f, t, q.toString());
    }

    private static String clean(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static void param(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
