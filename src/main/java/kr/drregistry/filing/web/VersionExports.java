package kr.drregistry.filing.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.export.PdfRenderer;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingStatus;
import kr.drregistry.filing.FilingType;
import kr.drregistry.review.VersionRecords;
import kr.drregistry.review.VersionRecords.VersionRecord;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanJson;
import kr.drregistry.rules.Severity;
import kr.drregistry.topology.api.TopologyService;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.topology.validation.ScenarioSummary;

/**
 * Exports of a submitted version that carry its review status: the PDF record (openhtmltopdf from the Qute
 * template {@code templates/VersionExports/pdf.html}, Korean set in the embedded Pretendard font), the findings
 * as CSV, and the content as JSON or YAML. Who may read a version is decided by the filing service.
 */
@ApplicationScoped
public class VersionExports {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    @Inject
    VersionRecords records;
    @Inject
    FilingService filings;
    @Inject
    TopologyService topologies;
    @Inject
    StatusTexts statusTexts;
    @Inject
    PdfRenderer pdfRenderer;
    @Inject
    kr.drregistry.review.ReviewRecords reviews;
    @Inject
    @Localized("ko")
    FilingMessages ko;
    @Inject
    @Localized("en")
    FilingMessages en;
    @Inject
    @Localized("ko")
    Vocabulary vocabKo;
    @Inject
    @Localized("en")
    Vocabulary vocabEn;

    /** A file to download. */
    public record Download(String fileName, String mediaType, byte[] body) {
    }

    /** One row of the PDF's services table. */
    public record ServiceRow(String id, String name, int tier, long dailyUsers, Integer rtoMinutes, Integer rpoMinutes) {
    }

    /** One row of the PDF's loss table: what a scenario takes down. */
    public record LossRow(String scenario, List<String> downServices, long usersLost, Long usersLostLargestService) {
    }

    /** Everything the PDF template shows. */
    public record PdfModel(VersionRecord record, FindingsView findings, LocalizedText status, LocalizedText statusExplanation,
                           LocalizedText lastDecision, String lastReason, LocalizedText type, List<ServiceRow> services, List<LossRow> losses,
                           PlanContent plan, Instant generatedAt, Labels labels) {
        public boolean topology() {
            return record.filing().type() == FilingType.TOPOLOGY;
        }
    }

    /** Texts chosen at run time (severity, decision, scenario kind), in both languages. */
    public record Labels(Vocabulary ko, Vocabulary en) {
        public LocalizedText severity(String wire) {
            return new LocalizedText(VersionExports.severity(ko, wire), VersionExports.severity(en, wire));
        }

        public LocalizedText disposition(String disposition) {
            return new LocalizedText(VersionExports.disposition(ko, disposition), VersionExports.disposition(en, disposition));
        }

        public LocalizedText decision(String move) {
            return new LocalizedText(VersionExports.decision(ko, move), VersionExports.decision(en, move));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pdf(PdfModel m, FilingMessages ko, FilingMessages en);
    }

    /** Most evidence-chain steps printed per finding; the rest are counted. */
    public static final int MAX_CHAIN_STEPS = 40;

    public Download pdf(UUID id, int number) {
        VersionRecord r = records.withContent(id, number);
        List<ServiceRow> services = List.of();
        List<LossRow> losses = List.of();
        PlanContent plan = null;
        if (r.filing().type() == FilingType.TOPOLOGY) {
            Topology t = topologies.parse(r.content().getBytes(StandardCharsets.UTF_8), "application/json");
            services = t.services().stream().map(VersionExports::row).toList();
            losses = r.report().scenarios().stream().map(VersionExports::row).toList();
        } else if (r.filing().type() == FilingType.PLAN) {
            plan = PlanJson.read(r.content().getBytes(StandardCharsets.UTF_8));
        }
        LocalizedText lastDecision = r.status().lastDecision() == null ? null
                : new LocalizedText(ko.last_decision(vocabKo.decision(r.status().lastDecision())),
                        en.last_decision(vocabEn.decision(r.status().lastDecision())));
        LocalizedText type = new LocalizedText(vocabKo.filingType(r.filing().type()), vocabEn.filingType(r.filing().type()));
        FindingsView findings = FindingsView.of(r.report().findings(), f -> null, reviews.record(id, number));
        String lastReason = r.decisions().isEmpty() ? null : r.decisions().get(r.decisions().size() - 1).reason();
        PdfModel model = new PdfModel(r, findings, statusTexts.label(r.status()), statusTexts.explanation(r.status()), lastDecision,
                lastReason, type, services, losses, plan, clock.instant(), new Labels(vocabKo, vocabEn));
        String html = Templates.pdf(model, ko, en).setLocale(Locale.KOREAN).render();
        return new Download(baseName(r) + ".pdf", "application/pdf", render(html));
    }

    public Download csv(UUID id, int number) {
        VersionRecord r = records.get(id, number);
        LocalizedText status = statusTexts.label(r.status());
        String csv = FindingsCsv.write(new FindingsCsv.Version(r.organisationSlug(), r.filing().title(), number,
                status.ko() + " / " + status.en()), r.report().findings());
        return new Download(baseName(r) + "-findings.csv", "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The content as submitted (JSON, whose SHA-256 is the version's hash) or as YAML. */
    public Download content(UUID id, int number, boolean yaml) {
        FilingService.Rendered rendered = filings.content(id, number, yaml);
        return new Download(baseName(filings.get(id), number) + (yaml ? ".yaml" : ".json"),
                yaml ? "application/yaml; charset=UTF-8" : "application/json; charset=UTF-8",
                rendered.body().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code example-talk-topology-2026-v3}: ASCII only, so every browser keeps it as the file name. */
    static String baseName(VersionRecord r) {
        return baseName(r.filing(), r.version().number());
    }

    static String baseName(kr.drregistry.filing.FilingViews.FilingView f, int number) {
        String year = f.planYear() == null ? "" : "-" + f.planYear();
        return (f.organisation() + "-" + f.type().name().toLowerCase(Locale.ROOT) + year + "-v" + number)
                .replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static ServiceRow row(Service s) {
        return new ServiceRow(s.id(), s.name(), s.tier(), s.dailyUsers(), s.rtoMinutes(), s.rpoMinutes());
    }

    private static LossRow row(ScenarioSummary s) {
        return new LossRow(s.id(), s.downServices(), s.usersLost(), s.usersLostLargestService());
    }

    /** XHTML to PDF with the embedded Pretendard font ({@link PdfRenderer}). */
    byte[] render(String xhtml) {
        return pdfRenderer.render(xhtml);
    }

    /** A finding's severity as stored ({@code "critical"}) in the vocabulary's words; an unknown one as it is. */
    public static String severity(Vocabulary m, String wire) {
        try {
            return m.severity(Severity.parse(wire));
        } catch (RuntimeException unknown) {
            return String.valueOf(wire);
        }
    }

    public static String disposition(Vocabulary m, String disposition) {
        try {
            return m.disposition(Vocabulary.Disposition.valueOf(disposition));
        } catch (RuntimeException unknown) {
            return String.valueOf(disposition);
        }
    }

    public static String decision(Vocabulary m, String move) {
        try {
            return m.decision(FilingStatus.Move.valueOf(move));
        } catch (RuntimeException unknown) {
            return String.valueOf(move);
        }
    }

    public static String type(Vocabulary m, FilingType type) {
        return m.filingType(type);
    }
}
