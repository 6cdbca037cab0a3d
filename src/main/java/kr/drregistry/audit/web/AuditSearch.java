package kr.drregistry.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * an organisation with its filings, the accounts a name stands for, whole days in Seoul.
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
    public AuditQuery query(AuditPages.Filter f, String subjectId) {
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
        LocalDate from = AuditPages.date(f.from());
        LocalDate to = AuditPages.date(f.to());
        return new AuditQuery(orgId, slug, filingIds, actors, f.event(),
                from == null ? null : from.atStartOfDay(SEOUL).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(SEOUL).toInstant(), subjectId);
    }
}
