package kr.drregistry.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditEntry;
import kr.drregistry.audit.AuditEvent;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingQueries.FilingName;
import kr.drregistry.filing.FilingType;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Organisation;
import kr.drregistry.rules.LocalizedText;

/**
 * Audit entries as people read them: the event in words, the account's name and organisation, the subject by name
 * (a filing's title with a link to its page, an organisation's or account's name) and long ids shortened. The names
 * of a page of entries are read with one query per kind (filings, organisations, accounts), never one per row.
 */
@ApplicationScoped
public class AuditListing {
    /** Ids longer than this are shown as their first {@link #SHORT} characters (the full id in the title). */
    static final int LONG_ID = 12;
    static final int SHORT = 8;
    private static final Pattern VERSION = Pattern.compile("\\bversion (\\d+)\\b");

    @Inject
    FilingQueries filings;

    /** One entry for the page and the CSV. */
    public record Row(long seq, Instant at, String actor, String actorName, LocalizedText actorOrganisation, String action,
                      AuditEvent event, String subjectType, String subjectId, LocalizedText subjectName, String subjectHref,
                      FilingType filingType, Integer planYear, LocalizedText filingOrganisation, String detail) {
        /** The subject id as shown: the first characters of a long one. */
        public String subjectShort() {
            return shorten(subjectId);
        }

        public boolean subjectShortened() {
            return subjectId != null && subjectId.length() > LONG_ID;
        }

        /** The kind of subject in words, when it is a known one. */
        public AuditSubject subjectKind() {
            return AuditSubject.of(subjectType);
        }

        public boolean system() {
            return "system".equals(actor);
        }

        public boolean anonymous() {
            return "anonymous".equals(actor);
        }
    }

    static String shorten(String id) {
        return id == null || id.length() <= LONG_ID ? id : id.substring(0, SHORT) + "…";
    }

    /** The rows of {@code entries}; links to incidents go to the regulator's incident page when {@code reviewer}. */
    @Transactional
    public List<Row> rows(List<AuditEntry> entries, boolean reviewer) {
        Set<UUID> filingIds = new HashSet<>();
        Set<UUID> organisationIds = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        Set<UUID> userIds = new HashSet<>();
        for (AuditEntry e : entries) {
            usernames.add(e.actor);
            if (e.organisationId != null) {
                organisationIds.add(e.organisationId);
            }
            if ("filing".equals(e.subjectType)) {
                uuid(e.subjectId).ifPresent(filingIds::add);
            } else if ("organisation".equals(e.subjectType) && e.subjectId != null) {
                slugs.add(e.subjectId);
            } else if ("user".equals(e.subjectType)) {
                uuid(e.subjectId).ifPresent(userIds::add);
            }
        }
        Map<UUID, FilingName> named = filings.names(filingIds);
        named.values().forEach(f -> organisationIds.add(f.organisationId()));
        Map<UUID, Organisation> orgById = new HashMap<>();
        Map<String, Organisation> orgBySlug = new HashMap<>();
        if (!organisationIds.isEmpty() || !slugs.isEmpty()) {
            List<Organisation> orgs = Organisation.list("id in ?1 or slug in ?2",
                    organisationIds.isEmpty() ? Set.of(new UUID(0, 0)) : organisationIds, slugs.isEmpty() ? Set.of("") : slugs);
            orgs.forEach(o -> {
                orgById.put(o.id, o);
                orgBySlug.put(o.slug, o);
            });
        }
        Map<String, AppUser> userByName = new HashMap<>();
        Map<UUID, AppUser> userById = new HashMap<>();
        if (!usernames.isEmpty() || !userIds.isEmpty()) {
            List<AppUser> users = AppUser.list("username in ?1 or id in ?2", usernames.isEmpty() ? Set.of("") : usernames,
                    userIds.isEmpty() ? Set.of(new UUID(0, 0)) : userIds);
            users.forEach(u -> {
                userByName.put(u.username, u);
                userById.put(u.id, u);
            });
        }
        List<Row> rows = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            AppUser actor = userByName.get(e.actor);
            Organisation actorOrg = e.organisationId == null ? null : orgById.get(e.organisationId);
            LocalizedText subjectName = null;
            String href = null;
            FilingType type = null;
            Integer year = null;
            LocalizedText filingOrg = null;
            if ("filing".equals(e.subjectType)) {
                FilingName f = uuid(e.subjectId).map(named::get).orElse(null);
                if (f != null) {
                    subjectName = new LocalizedText(f.title(), f.title());
                    type = f.type();
                    year = f.planYear();
                    filingOrg = names(orgById.get(f.organisationId()));
                    href = href(f, e.detail, reviewer);
                }
            } else if ("organisation".equals(e.subjectType)) {
                subjectName = names(orgBySlug.get(e.subjectId));
            } else if ("user".equals(e.subjectType)) {
                AppUser u = uuid(e.subjectId).map(userById::get).orElse(null);
                if (u != null) {
                    String n = u.displayName == null || u.displayName.isBlank() ? u.username : u.displayName + " (" + u.username + ")";
                    subjectName = new LocalizedText(n, n);
                }
            }
            rows.add(new Row(e.seq, e.at, e.actor,
                    actor == null || actor.displayName == null || actor.displayName.isBlank() ? null : actor.displayName,
                    names(actorOrg), e.action, AuditEvent.of(e.action).orElse(null), e.subjectType, e.subjectId, subjectName, href,
                    type, year, filingOrg, e.detail));
        }
        return rows;
    }

    /**
     * Where a filing's entry leads: an incident to the regulator's incident page (for reviewers and the lead), else
     * the version the entry names ("version 3") or the latest submitted one; nothing while nothing was submitted.
     */
    static String href(FilingName f, String detail, boolean reviewer) {
        if (f.type() == FilingType.INCIDENT && reviewer) {
            return "/regulator/incidents/" + f.id();
        }
        if (f.latestVersion() < 1) {
            return null;
        }
        int n = f.latestVersion();
        Matcher m = detail == null ? null : VERSION.matcher(detail);
        if (m != null && m.find()) {
            try {
                int named = Integer.parseInt(m.group(1));
                if (named >= 1 && named <= f.latestVersion()) {
                    n = named;
                }
            } catch (NumberFormatException tooLong) {
                // the latest, then
            }
        }
        return "/filings/" + f.id() + "/versions/" + n;
    }

    private static LocalizedText names(Organisation o) {
        return o == null ? null : new LocalizedText(o.nameKo, o.nameEn == null || o.nameEn.isBlank() ? o.nameKo : o.nameEn);
    }

    private static java.util.Optional<UUID> uuid(String s) {
        if (s == null || s.length() != 36) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException notOne) {
            return java.util.Optional.empty();
        }
    }
}
