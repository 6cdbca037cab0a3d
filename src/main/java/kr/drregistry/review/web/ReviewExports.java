package kr.drregistry.review.web;

import kr.drregistry.review.ReviewQueue;
import kr.drregistry.sector.SectorService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.export.ExportMessages;
import kr.drregistry.export.ExportDocument;
import kr.drregistry.export.ExportDocument.Banner;
import kr.drregistry.export.ExportDocument.Cell;
import kr.drregistry.export.ExportDocument.Column;
import kr.drregistry.export.ExportDocument.TableBuilder;
import kr.drregistry.filing.FilingStatus;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingViews.DecisionView;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.filing.FilingViews.VersionView;
import kr.drregistry.review.ReviewRecords;
import kr.drregistry.filing.VersionStatus;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.filing.web.StatusTexts;
import kr.drregistry.filing.web.FilingMessages;
import kr.drregistry.filing.web.VersionExports;
import kr.drregistry.rules.Severity;
import kr.drregistry.filing.web.Vocabulary;
import kr.drregistry.topology.sector.SectorConcentration;
import kr.drregistry.rules.LocalizedText;

/**
 * The regulator's views as {@link ExportDocument}s: the review queue (the filter applied, every page), the sector
 * concentration view and one filing's review record. Every row names its filing's review status in the words of
 * {@link StatusTexts}, so a filing awaiting revision or review never reads as accepted.
 */
@ApplicationScoped
public class ReviewExports {
    @Inject
    java.time.InstantSource clock;
    /** Most queue rows in one export; more are cut with a note (CSV and PDF alike). */
    public static final int MAX_QUEUE_ROWS = 5_000;
    /** Most queue rows in a PDF (a longer list is a spreadsheet's job: the PDF says so and points to the CSV). */
    public static final int MAX_QUEUE_PDF_ROWS = 1_000;

    @Inject
    ReviewQueue queue;
    @Inject
    SectorService sector;
    @Inject
    FilingService filings;
    @Inject
    ReviewRecords reviews;
    @Inject
    StatusTexts statusTexts;
    @Inject
    TenantScope scope;
    @Inject
    @Localized("ko")
    ExportMessages ko;
    @Inject
    @Localized("en")
    ExportMessages en;
    @Inject
    @Localized("ko")
    Vocabulary subKo;
    @Inject
    @Localized("en")
    Vocabulary subEn;

    /** The review status of a filing's latest version, from the filing status (and a change request's due date). */
    public VersionStatus latestStatus(String filingStatus, java.time.LocalDate due) {
        VersionStatus.Kind kind = switch (FilingStatus.valueOf(filingStatus)) {
            case DRAFT, SUBMITTED -> VersionStatus.Kind.AWAITING_REVIEW;
            case UNDER_REVIEW -> VersionStatus.Kind.UNDER_REVIEW;
            case CHANGES_REQUESTED -> VersionStatus.Kind.CHANGES_REQUESTED;
            case ACCEPTED -> VersionStatus.Kind.ACCEPTED;
            case REJECTED -> VersionStatus.Kind.REJECTED;
        };
        return new VersionStatus(kind, kind == VersionStatus.Kind.CHANGES_REQUESTED ? due : null, null, null);
    }

    private Cell status(VersionStatus s) {
        return Cell.status(s.kind().code(), statusTexts.label(s));
    }

    private LocalizedText l(String ko, String en) {
        return new LocalizedText(ko, en);
    }

    private LocalizedText type(String type) {
        kr.drregistry.filing.FilingType t = kr.drregistry.filing.FilingType.valueOf(type);
        return l(VersionExports.type(subKo, t), VersionExports.type(subEn, t));
    }

    /** The queue with {@code filter} applied, every page (up to {@link #MAX_QUEUE_ROWS}); {@code pdf}: capped lower. */
    public ExportDocument queue(ReviewQueue.Filter filter, boolean pdf) {
        int cap = pdf ? MAX_QUEUE_PDF_ROWS : MAX_QUEUE_ROWS;
        TableBuilder t = new TableBuilder(l(ko.queue_title(), en.queue_title()))
                .col(Column.text("operator", ko.col_operator(), en.col_operator()))
                .col(Column.text("operator name", ko.col_operator_name(), en.col_operator_name()))
                .col(Column.text("filing", ko.col_filing(), en.col_filing()))
                .col(Column.text("type", ko.col_type(), en.col_type()))
                .col(Column.number("plan year", ko.col_year(), en.col_year()))
                .col(Column.number("version", ko.col_version(), en.col_version()))
                .col(Column.status("review status", ko.review_status(), en.review_status()))
                .col(Column.text("due date", ko.col_due(), en.col_due()))
                .col(Column.text("submitted at", ko.col_submitted_at(), en.col_submitted_at()))
                .col(Column.text("review clock", ko.col_clock(), en.col_clock()))
                .col(Column.number("critical", subKo.severity(Severity.CRITICAL), subEn.severity(Severity.CRITICAL)))
                .col(Column.number("high", subKo.severity(Severity.HIGH), subEn.severity(Severity.HIGH)))
                .col(Column.number("medium", subKo.severity(Severity.MEDIUM), subEn.severity(Severity.MEDIUM)))
                .col(Column.number("low", subKo.severity(Severity.LOW), subEn.severity(Severity.LOW)))
                .col(Column.text("assigned to", ko.col_assigned(), en.col_assigned()))
                .col(Column.text("filing id", ko.col_filing_id(), en.col_filing_id()))
                .empty(l(ko.queue_empty(), en.queue_empty()));
        long total = 0;
        int page = 0;
        ReviewQueue.Page p;
        do {
            p = queue.list(new ReviewQueue.Filter(filter.status(), filter.type(), filter.operator(), filter.assigned(),
                    filter.minCritical(), filter.sort(), filter.descending(), page++, ReviewQueue.MAX_PAGE_SIZE));
            total = p.total();
            for (ReviewQueue.Row r : p.rows()) {
                if (t.size() >= cap) {
                    break;
                }
                VersionStatus s = latestStatus(r.status(), r.dueDate());
                t.row(s.kind().code(), r.operatorSlug(), l(r.operatorKo(), r.operatorEn()), r.title(), type(r.type()),
                        r.planYear(), r.version(), status(s), r.dueDate(), ExportDocument.seoul(r.submittedAt()),
                        l(ko.clock(r.clockDays(), r.clockHours()) + (r.clockStopped() ? " " + ko.clock_stopped() : ""),
                                en.clock(r.clockDays(), r.clockHours()) + (r.clockStopped() ? " " + en.clock_stopped() : "")),
                        r.critical(), r.high(), r.medium(), r.low(), r.assignedTo(), r.id());
            }
        } while (p.hasNext() && t.size() < cap);
        ExportDocument.Builder d = ExportDocument.builder("review-queue", "review-queue", RegulatorPages.query(filter),
                        l(ko.queue_title(), en.queue_title()))
                .subtitle(l(ko.rows_of(t.size(), total), en.rows_of(t.size(), total)))
                .fact(ko.fact_filter(), en.fact_filter(), filterText(filter))
                .fact(ko.fact_sort(), en.fact_sort(), (filter.sort() == null ? "age" : filter.sort()) + (filter.descending() ? " ↓" : " ↑"));
        if (t.size() < total) {
            d.note(l(ko.capped(t.size(), total), en.capped(t.size(), total)));
        }
        return d.table(t.build()).build(clock.instant());
    }

    private String filterText(ReviewQueue.Filter f) {
        List<String> parts = new ArrayList<>();
        if (f.status() != null) {
            parts.add("status=" + f.status());
        }
        if (f.type() != null) {
            parts.add("type=" + f.type());
        }
        if (f.operator() != null) {
            parts.add("operator=" + f.operator());
        }
        if (f.assigned() != null) {
            parts.add("assigned=" + ("me".equals(f.assigned()) ? scope.actor().username() : f.assigned()));
        }
        if (f.minCritical() != null) {
            parts.add("critical≥" + f.minCritical());
        }
        return parts.isEmpty() ? ko.filter_none() + " / " + en.filter_none() : String.join(", ", parts);
    }

    /** The sector concentration view: one row per operator at each place, ranked as on the page. */
    public ExportDocument sector() {
        SectorService.Concentration c = sector.concentration();
        TableBuilder t = new TableBuilder(l(ko.sector_title(), en.sector_title()))
                .col(Column.number("rank", "#", "#"))
                .col(Column.text("place", ko.col_place(), en.col_place()))
                .col(Column.text("place key", ko.col_place_key(), en.col_place_key()))
                .col(Column.text("region", ko.col_region(), en.col_region()))
                .col(Column.text("concentrated", ko.col_concentrated(), en.col_concentrated()))
                .col(Column.number("place users", ko.col_place_users(), en.col_place_users()))
                .col(Column.text("operator", ko.col_operator(), en.col_operator()))
                .col(Column.text("operator name", ko.col_operator_name(), en.col_operator_name()))
                .col(Column.status("review status", ko.review_status(), en.review_status()))
                .col(Column.text("services", ko.col_services(), en.col_services()))
                .col(Column.number("users", ko.col_users(), en.col_users()))
                .col(Column.number("place users least", ko.col_place_users_least(), en.col_place_users_least()))
                .col(Column.number("users least", ko.col_users_least(), en.col_users_least()))
                .empty(l(ko.sector_none(), en.sector_none()));
        int rank = 0;
        for (SectorConcentration.Place p : c.places()) {
            rank++;
            for (SectorConcentration.Share s : p.shares()) {
                VersionStatus st = latestStatus(s.filingStatus(), null);
                t.row(st.kind().code(), rank, p.label(), p.key(), p.region(),
                        p.concentrated() ? l(ko.yes() + " (CONC-001)", en.yes() + " (CONC-001)") : l(ko.no(), en.no()),
                        p.users(), s.operator(), s.operatorName(), status(st), String.join(", ", s.services()), s.users(),
                        p.least(), s.least());
            }
        }
        return ExportDocument.builder("sector-concentration", "sector", null, l(ko.sector_title(), en.sector_title()))
                .subtitle(l(ko.sector_subtitle(c.concentrated().size(), c.operators(), c.minOperators()),
                        en.sector_subtitle(c.concentrated().size(), c.operators(), c.minOperators())))
                .fact(ko.fact_rule(), en.fact_rule(), c.rule() == null ? "" : "CONC-001 · " + c.rule().severity().wire()
                        + (c.rule().enabled() ? "" : " (" + ko.disabled() + " / " + en.disabled() + ")"))
                .table(t.build()).build(clock.instant());
    }

    /**
     * A filing's review record: every version with its status, the decisions (with reasons and due dates), the
     * dispositions of findings (who, when, why) and the comments. The banner is the latest version's status.
     */
    @Transactional
    public ExportDocument record(UUID filingId) {
        if (!scope.actor().isRegulator()) {
            throw ProblemException.notFound("review record of filing " + filingId);
        }
        FilingView f = filings.get(filingId);
        if (f.latestVersion() == 0) {
            throw ProblemException.notFound("filing " + filingId);
        }
        Organisation org = Organisation.findBySlug(f.organisation());
        VersionStatus latest = VersionStatus.of(f, f.latestVersion());
        LocalizedText typeText = l(VersionExports.type(subKo, f.type()), VersionExports.type(subEn, f.type()));

        TableBuilder versions = new TableBuilder(l(ko.record_versions(), en.record_versions()))
                .col(Column.number("version", ko.col_version(), en.col_version()))
                .col(Column.status("review status", ko.review_status(), en.review_status()))
                .col(Column.text("submitted at", ko.col_submitted_at(), en.col_submitted_at()))
                .col(Column.text("submitted by", ko.col_by(), en.col_by()))
                .col(Column.text("policy", ko.col_policy(), en.col_policy()))
                .col(Column.text("findings", ko.col_findings(), en.col_findings()))
                .col(Column.text("sha256", "SHA-256", "SHA-256"));
        TableBuilder decisions = new TableBuilder(l(ko.record_decisions(), en.record_decisions()))
                .col(Column.number("version", ko.col_version(), en.col_version()))
                .col(Column.status("version review status", ko.version_status(), en.version_status()))
                .col(Column.text("decision", ko.col_decision(), en.col_decision()))
                .col(Column.text("reason", ko.col_reason(), en.col_reason()))
                .col(Column.text("due date", ko.col_due(), en.col_due()))
                .col(Column.text("by", ko.col_by(), en.col_by()))
                .col(Column.text("at", ko.col_at(), en.col_at()))
                .empty(l(ko.record_no_decisions(), en.record_no_decisions()));
        TableBuilder dispositions = new TableBuilder(l(ko.record_dispositions(), en.record_dispositions()))
                .col(Column.number("version", ko.col_version(), en.col_version()))
                .col(Column.status("version review status", ko.version_status(), en.version_status()))
                .col(Column.text("rule", ko.col_rule(), en.col_rule()))
                .col(Column.text("finding", ko.col_finding(), en.col_finding()))
                .col(Column.text("disposition", ko.col_disposition(), en.col_disposition()))
                .col(Column.text("justification", ko.col_justification(), en.col_justification()))
                .col(Column.text("by", ko.col_by(), en.col_by()))
                .col(Column.text("at", ko.col_at(), en.col_at()))
                .empty(l(ko.record_no_dispositions(), en.record_no_dispositions()));
        TableBuilder comments = new TableBuilder(l(ko.record_comments(), en.record_comments()))
                .col(Column.number("version", ko.col_version(), en.col_version()))
                .col(Column.status("version review status", ko.version_status(), en.version_status()))
                .col(Column.text("about", ko.col_about(), en.col_about()))
                .col(Column.text("comment", ko.col_comment(), en.col_comment()))
                .col(Column.text("by", ko.col_by(), en.col_by()))
                .col(Column.text("at", ko.col_at(), en.col_at()))
                .empty(l(ko.record_no_comments(), en.record_no_comments()));
        // the CSV: one row per entry of the record, each with its version's review status
        TableBuilder all = new TableBuilder(l(ko.record_title(), en.record_title()))
                .col(Column.text("entry", ko.col_entry(), en.col_entry()))
                .col(Column.number("version", ko.col_version(), en.col_version()))
                .col(Column.status("version review status", ko.version_status(), en.version_status()))
                .col(Column.text("at", ko.col_at(), en.col_at()))
                .col(Column.text("by", ko.col_by(), en.col_by()))
                .col(Column.text("what", ko.col_what(), en.col_what()))
                .col(Column.text("finding or anchor", ko.col_about(), en.col_about()))
                .col(Column.text("text", ko.col_text(), en.col_text()))
                .col(Column.text("due date", ko.col_due(), en.col_due()));

        for (VersionView v : f.versions()) {
            VersionStatus s = VersionStatus.of(f, v.number());
            String code = s.kind().code();
            String counts = "C" + v.findings().critical() + " H" + v.findings().high() + " M" + v.findings().medium()
                    + " L" + v.findings().low() + " I" + v.findings().info();
            versions.row(code, v.number(), status(s), ExportDocument.seoul(v.submittedAt()), v.submittedBy(),
                    v.policy().id() + "@" + v.policy().version(), counts, v.sha256());
            all.row(code, l(ko.entry_version(), en.entry_version()), v.number(), status(s), ExportDocument.seoul(v.submittedAt()),
                    v.submittedBy(), l(subKo.decision(FilingStatus.Move.SUBMIT), subEn.decision(FilingStatus.Move.SUBMIT)), "", "policy " + v.policy().id() + "@"
                            + v.policy().version() + ", " + counts + ", sha256 " + v.sha256(), "");
            for (DecisionView d : VersionStatus.decisionsOn(f, v.number())) {
                if ("SUBMIT".equals(d.decision())) {
                    continue;
                }
                LocalizedText move = l(VersionExports.decision(subKo, d.decision()), VersionExports.decision(subEn, d.decision()));
                decisions.row(code, v.number(), status(s), move, d.reason(), d.dueDate(), d.decidedBy(), ExportDocument.seoul(d.decidedAt()));
                all.row(code, l(ko.entry_decision(), en.entry_decision()), v.number(), status(s), ExportDocument.seoul(d.decidedAt()),
                        d.decidedBy(), move, "", d.reason(), d.dueDate());
            }
            ReviewRecords.ReviewRecord rr = reviews.record(filingId, v.number());
            for (ReviewRecords.DispositionView d : rr.history()) {
                LocalizedText disp = l(VersionExports.disposition(subKo, d.disposition()), VersionExports.disposition(subEn, d.disposition()));
                dispositions.row(code, v.number(), status(s), d.rule(), d.findingKey(), disp, d.justification(), d.decidedBy(),
                        ExportDocument.seoul(d.decidedAt()));
                all.row(code, l(ko.entry_disposition(), en.entry_disposition()), v.number(), status(s), ExportDocument.seoul(d.decidedAt()),
                        d.decidedBy(), disp, d.findingKey(), d.justification(), "");
            }
            for (ReviewRecords.CommentView c : rr.comments()) {
                String about = c.anchorKind() + (c.anchor() == null ? "" : " " + c.anchor());
                comments.row(code, v.number(), status(s), about, c.body(), c.author(), ExportDocument.seoul(c.createdAt()));
                all.row(code, l(ko.entry_comment(), en.entry_comment()), v.number(), status(s), ExportDocument.seoul(c.createdAt()),
                        c.author(), c.regulator() ? l(ko.by_regulator(), en.by_regulator()) : l(ko.by_operator(), en.by_operator()),
                        about, c.body(), "");
            }
        }
        String year = f.planYear() == null ? "" : "-" + f.planYear();
        return ExportDocument.builder((f.organisation() + "-" + f.type().name().toLowerCase(Locale.ROOT) + year + "-review-record"),
                        "filing", f.id().toString(), l(ko.record_title(), en.record_title()))
                .subtitle(l(f.title() + " · " + org.nameKo, f.title() + " · " + org.nameEn))
                .banner(new Banner(latest.kind().code(), l(ko.latest_version(f.latestVersion()) + " · " + statusTexts.label(latest).ko(),
                        en.latest_version(f.latestVersion()) + " · " + statusTexts.label(latest).en()),
                        statusTexts.explanation(latest), latest.accepted()))
                .fact(ko.col_operator(), en.col_operator(), org.nameKo + " · " + org.nameEn + " (" + org.slug + ")")
                .fact(ko.col_filing(), en.col_filing(), f.title())
                .fact(ko.col_type(), en.col_type(), typeText.ko() + " / " + typeText.en() + (f.planYear() == null ? "" : " · " + f.planYear()))
                .fact(ko.col_filing_id(), en.col_filing_id(), f.id().toString())
                .table(versions.build()).table(decisions.build()).table(dispositions.build()).table(comments.build())
                .csvTable(all.build()).build(clock.instant());
    }
}
