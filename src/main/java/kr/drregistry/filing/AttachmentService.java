package kr.drregistry.filing;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;

/**
 * Attachments of filings (PDF, office documents, images). The type is decided by the bytes (Apache Tika's magic
 * detection; a name can only refine a container format, never override it), file names are sanitised, the size is
 * limited and the SHA-256 kept. Attachments not yet submitted are frozen with the next version.
 */
@ApplicationScoped
public class AttachmentService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;

    @Inject
    FilingService filings;
    @Inject
    TenantScope scope;
    @Inject
    AuditTrail audit;
    @ConfigProperty(name = "drr.attachments.max-bytes", defaultValue = "20971520")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    /** The 413 of a file over {@link #maxBytes()}. */
    public ProblemException tooLarge() {
        return new ProblemException(413, "too-large", "첨부 파일이 너무 큽니다", "Attachment too large",
                "attachments are limited to " + maxBytes + " bytes", List.of())
                .withText(m -> m.too_large_attachment(kr.drregistry.web.Sizes.human(maxBytes)));
    }

    /** An attachment as listed. */
    public record AttachmentView(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
                                 String uploadedBy, Instant uploadedAt, Integer version) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt,
                    a.frozenInVersion);
        }
    }

    @Transactional
    public AttachmentView upload(UUID filingId, String fileName, byte[] bytes) {
        Filing f = filings.readable(filingId);
        Actor actor = scope.requireOperatorWrite(f.organisationId, "filing " + filingId);
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw ProblemException.invalid("the file is empty", List.of(FieldError.of("/file", "the file is empty", "빈 파일입니다")));
        }
        String name = sanitise(fileName);
        String type = AttachmentTypes.detect(bytes, name);
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.filingId = f.id;
        a.fileName = name;
        a.contentType = type;
        a.sizeBytes = bytes.length;
        a.sha256 = FilingService.sha256(bytes);
        a.content = bytes;
        a.uploadedBy = actor.username();
        a.uploadedAt = clock.instant();
        a.persist();
        audit.record(actor, "attachment.uploaded", "filing", f.id.toString(), name + " " + type + " sha256 " + a.sha256);
        return AttachmentView.of(a);
    }

    @Transactional
    public List<AttachmentView> list(UUID filingId) {
        Filing f = filings.readable(filingId);
        return Attachment.<Attachment>list("filingId = ?1 order by uploadedAt", f.id).stream()
                .filter(a -> scope.canReadAttachment(f.organisationId, a.frozenInVersion)).map(AttachmentView::of).toList();
    }

    @Transactional
    public Attachment download(UUID filingId, UUID attachmentId) {
        Filing f = filings.readable(filingId);
        Attachment a = Attachment.find("id = ?1 and filingId = ?2", attachmentId, f.id).firstResult();
        if (a == null || !scope.canReadAttachment(f.organisationId, a.frozenInVersion)) {
            throw ProblemException.notFound("attachment " + attachmentId);
        }
        a.content.getClass();
        return a;
    }

    /** The last path segment, NFC, without control or reserved characters, at most 200 characters. */
    public static String sanitise(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - ext.length()) + ext;
        }
        return name.isBlank() ? "attachment" : name;
    }
}
