package kr.drregistry.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.identity.TenantScope;

/**
 * Writes an {@link ExportDocument} as CSV ({@link Csv}: BOM, formula guard) or as PDF (the generic template
 * {@code templates/TableExports/document.html}, rendered by {@link PdfRenderer} with Pretendard) and records in the
 * audit trail that it was read. Every view that exports goes through here.
 */
@ApplicationScoped
public class TableExports {
    @Inject
    PdfRenderer renderer;
    @Inject
    AuditTrail audit;
    @Inject
    TenantScope scope;
    @Inject
    @Localized("ko")
    ExportMessages ko;
    @Inject
    @Localized("en")
    ExportMessages en;

    /** A file to download. */
    public record Download(String fileName, String mediaType, byte[] body) {
        /** As a response: an attachment, never cached (the review status in it changes), never sniffed. */
        public Response response() {
            return Response.ok(body).type(mediaType)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff").build();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(ExportDocument d, ExportMessages ko, ExportMessages en);
    }

    @Transactional
    public Download csv(ExportDocument d) {
        ExportDocument.Table t = d.csv();
        StringBuilder out = new StringBuilder(Csv.write(t.csvHeader(), t.csvRows()));
        for (var note : d.notes()) {
            Csv.row(out, java.util.List.of("# " + note.ko() + " / " + note.en()));
        }
        audited(d, "csv", t.rows().size());
        return new Download(d.fileBase() + ".csv", "text/csv; charset=UTF-8", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    public Download pdf(ExportDocument d) {
        String html = Templates.document(d, ko, en).setLocale(Locale.KOREAN).render();
        byte[] body = renderer.render(html);
        audited(d, "pdf", d.tables().stream().mapToInt(t -> t.rows().size()).sum());
        return new Download(d.fileBase() + ".pdf", "application/pdf", body);
    }

    private void audited(ExportDocument d, String format, int rows) {
        audit.record(scope.actor(), "export.read", d.subjectType(), d.subjectId(),
                format + " " + d.fileBase() + " (" + rows + " rows)");
    }
}
