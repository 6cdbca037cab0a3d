package kr.drregistry.audit.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.audit.AuditEntry;
import kr.drregistry.audit.AuditEvent;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.audit.web.AuditSearch.Filter;
import kr.drregistry.export.ExportDocument;
import kr.drregistry.export.TableExports;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.Roles;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.web.UiLocale;

/**
 * The audit trail for people (platform admins and the regulator lead): whether the hash chain is intact, then the
 * entries newest first, 100 a page, filtered by organisation, account, event and date (a GET form, so a filtered view
 * is a link), each with the event in words and its subject by name; and the filtered entries as CSV.
 */
@Path("/admin/audit")
@RolesAllowed({Roles.ADMIN, Roles.REGULATOR_LEAD})
public class AuditPages {
    static final int PAGE = 100;
    /** The most entries one CSV holds; the file says so when the filter matches more. */
    static final int CSV_LIMIT = 10_000;
    private static final String LIMIT_SHOWN = String.format(Locale.ROOT, "%,d", CSV_LIMIT);

    @Inject
    AuditTrail audit;
    @Inject
    AuditListing listing;
    @Inject
    AuditSearch search;
    @Inject
    CurrentActor current;
    @Inject
    TableExports exports;
    @Inject
    HttpHeaders headers;
    @Inject
    java.time.InstantSource clock;
    @Inject
    @Localized("ko")
    AuditMessages ko;
    @Inject
    @Localized("en")
    AuditMessages en;

    /** An organisation for the filter's list. */
    public record OrganisationOption(String slug, LocalizedText name) {
    }

    /** A page of rows; {@code older}: the number to page on from, null on the last page. */
    public record Listing(List<AuditListing.Row> rows, Long older, boolean first) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditTrail.Verification verification, Filter filter, Listing listing,
                                             List<OrganisationOption> organisations, List<AuditEvent> events, String csvLimit);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance audit(@QueryParam("org") String org, @QueryParam("who") String who, @QueryParam("event") String event,
                                  @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("before") Long before) {
        Filter filter = AuditSearch.filter(org, who, event, from, to);
        List<AuditEntry> entries = audit.search(search.query(filter, null), before, PAGE + 1);
        boolean more = entries.size() > PAGE;
        List<AuditEntry> shown = more ? entries.subList(0, PAGE) : entries;
        Listing page = new Listing(listing.rows(shown, reviewer()), more ? shown.get(shown.size() - 1).seq : null, before == null);
        List<OrganisationOption> orgs = Organisation.<Organisation>listAll().stream()
                .map(o -> new OrganisationOption(o.slug, new LocalizedText(o.nameKo, o.nameEn == null || o.nameEn.isBlank() ? o.nameKo : o.nameEn)))
                .sorted(java.util.Comparator.comparing((OrganisationOption o) -> english() ? o.name().en() : o.name().ko())
                        .thenComparing(OrganisationOption::slug))
                .toList();
        return Templates.audit(audit.verify(), filter, page, orgs, Arrays.asList(AuditEvent.values()), LIMIT_SHOWN);
    }

    /** The filtered entries (every page, up to {@link #CSV_LIMIT}) as CSV, headers in the reader's language. */
    @GET
    @Path("export.csv")
    public Response csv(@QueryParam("org") String org, @QueryParam("who") String who, @QueryParam("event") String event,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        Filter filter = AuditSearch.filter(org, who, event, from, to);
        List<AuditEntry> entries = audit.search(search.query(filter, null), null, CSV_LIMIT + 1);
        boolean capped = entries.size() > CSV_LIMIT;
        if (capped) {
            entries = entries.subList(0, CSV_LIMIT);
        }
        boolean english = english();
        AuditMessages m = english ? en : ko;
        ExportDocument.TableBuilder t = new ExportDocument.TableBuilder(new LocalizedText(ko.csv_title(), en.csv_title()))
                .col(ExportDocument.Column.number(m.csv_seq(), ko.csv_seq(), en.csv_seq()))
                .col(ExportDocument.Column.text(m.csv_at(), ko.csv_at(), en.csv_at()))
                .col(ExportDocument.Column.text(m.csv_account(), ko.csv_account(), en.csv_account()))
                .col(ExportDocument.Column.text(m.csv_name(), ko.csv_name(), en.csv_name()))
                .col(ExportDocument.Column.text(m.csv_organisation(), ko.csv_organisation(), en.csv_organisation()))
                .col(ExportDocument.Column.text(m.csv_event(), ko.csv_event(), en.csv_event()))
                .col(ExportDocument.Column.text(m.csv_code(), ko.csv_code(), en.csv_code()))
                .col(ExportDocument.Column.text(m.csv_subject(), ko.csv_subject(), en.csv_subject()))
                .col(ExportDocument.Column.text(m.csv_subject_type(), ko.csv_subject_type(), en.csv_subject_type()))
                .col(ExportDocument.Column.text(m.csv_subject_id(), ko.csv_subject_id(), en.csv_subject_id()))
                .col(ExportDocument.Column.text(m.csv_detail(), ko.csv_detail(), en.csv_detail()));
        boolean reviewer = reviewer();
        for (int i = 0; i < entries.size(); i += 1000) {
            for (AuditListing.Row r : listing.rows(entries.subList(i, Math.min(entries.size(), i + 1000)), reviewer)) {
                t.row(null, r.seq(), ExportDocument.seoul(r.at()), r.actor(), r.actorName() == null ? "" : r.actorName(),
                        r.actorOrganisation() == null ? "" : pick(r.actorOrganisation(), english),
                        r.event() == null ? r.action() : m.event(r.event()), r.action(),
                        r.subjectName() == null ? "" : pick(r.subjectName(), english), r.subjectType(), r.subjectId(), r.detail());
            }
        }
        String subject = filter.query().isEmpty() ? null : filter.query().length() > 100 ? filter.query().substring(0, 100) : filter.query();
        ExportDocument.Builder doc = ExportDocument.builder("audit-trail", "audit", subject, new LocalizedText(ko.csv_title(), en.csv_title()))
                .table(t.build());
        if (capped) {
            doc.note(new LocalizedText(ko.csv_capped(LIMIT_SHOWN), en.csv_capped(LIMIT_SHOWN)));
        }
        return exports.csv(doc.build(clock.instant())).response();
    }

    private static String pick(LocalizedText t, boolean english) {
        return english ? t.en() : t.ko();
    }

    private boolean english() {
        return "en".equals(UiLocale.resolve(headers).getLanguage());
    }

    private boolean reviewer() {
        Actor a = current.get();
        return a.has(Roles.REGULATOR_REVIEWER) || a.has(Roles.REGULATOR_LEAD);
    }
}
