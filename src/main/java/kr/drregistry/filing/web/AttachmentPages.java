package kr.drregistry.filing.web;

import kr.drregistry.web.Sizes;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.filing.Attachment;
import kr.drregistry.filing.AttachmentService;
import kr.drregistry.filing.AttachmentService.AttachmentView;
import kr.drregistry.identity.Roles;
import kr.drregistry.platform.ProblemException;

/**
 * Attachments of a filing in the operator portal (the API's endpoints take tokens only): upload from a form
 * (multipart, CSRF token as header or field; htmx shows progress and gets the refreshed list back), list and
 * download. Types, names, the size limit and tenancy are {@link AttachmentService}'s.
 */
@Path("/portal/filings/{id}/attachments")
@RolesAllowed({Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
public class AttachmentPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Seoul"));

    @Inject
    AttachmentService attachments;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AttachmentsView a);
    }

    /** One attachment as listed. */
    @TemplateData
    public record Row(UUID id, String fileName, String type, String contentType, String size, long bytes, String sha256,
                      String uploadedBy, String uploadedAt, String uploadedAtIso, Integer version) {
        static Row of(AttachmentView a) {
            return new Row(a.id(), a.fileName(), Sizes.typeName(a.contentType()), a.contentType(), Sizes.human(a.sizeBytes()),
                    a.sizeBytes(), a.sha256(), a.uploadedBy(), WHEN.format(a.uploadedAt()), a.uploadedAt().toString(), a.version());
        }
    }

    /**
     * The list and the outcome of the last upload: {@code outcome} is null, uploaded, too-large, refused, empty,
     * missing or forbidden; {@code detail} the file name or the refusal's reason.
     */
    @TemplateData
    public record AttachmentsView(UUID filingId, List<Row> rows, String outcome, String detail, String maxSize, long maxBytes) {
        public boolean failed() {
            return outcome != null && !outcome.equals("uploaded");
        }
    }

    public AttachmentsView view(UUID id, String outcome, String detail) {
        return new AttachmentsView(id, attachments.list(id).stream().map(Row::of).toList(), outcome, detail,
                Sizes.human(attachments.maxBytes()), attachments.maxBytes());
    }

    /** The list alone (the fragment the editor refreshes). */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("id") UUID id) {
        return Templates.list(view(id, null, null));
    }

    /**
     * Uploads one file. From htmx the response is the refreshed list with the outcome (status 201, or 413/415/400
     * with the reason); a plain form post goes back to the plan editor, or shows the error page.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
                           @HeaderParam("HX-Request") String htmx) throws IOException {
        boolean fragment = "true".equals(htmx);
        String outcome;
        String detail;
        int status;
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            outcome = "missing";
            detail = null;
            status = 400;
        } else if (file.size() > attachments.maxBytes()) {
            outcome = "too-large";
            detail = file.fileName();
            status = 413;
        } else {
            try {
                AttachmentView a = attachments.upload(id, file.fileName(), Files.readAllBytes(file.uploadedFile()));
                outcome = "uploaded";
                detail = a.fileName();
                status = 201;
            } catch (ProblemException e) {
                if (!fragment || e.status() == 404) {
                    throw e;
                }
                status = e.status();
                outcome = switch (e.status()) {
                    case 413 -> "too-large";
                    case 415 -> "refused";
                    case 403 -> "forbidden";
                    default -> "empty";
                };
                detail = e.status() == 415 ? detectedType(e.getMessage()) : file.fileName();
            }
        }
        if (!fragment) {
            if (status >= 400) {
                throw new ProblemException(status, outcome, "첨부하지 못했습니다", "Attachment not uploaded",
                        outcome.equals("too-large") ? "attachments are limited to " + Sizes.human(attachments.maxBytes()) : "choose a file",
                        List.of()).withText(outcome.equals("too-large") ? m -> m.too_large_attachment(Sizes.human(attachments.maxBytes()))
                        : m -> m.attachment_choose_file());
            }
            return Response.seeOther(URI.create("/portal/filings/" + id + "/plan#sec-attachments")).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.list(view(id, outcome, detail))).build();
    }

    /** The type Tika saw, from the service's refusal ("the content is text/x-sh; accepted are …"). */
    static String detectedType(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("the content is ([^;\\s]+)").matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : "";
    }

    /** The file itself, always as a download, never sniffed or rendered by the browser. */
    @GET
    @Path("/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        Attachment a = attachments.download(id, attachment);
        String encoded = URLEncoder.encode(a.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = a.fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(a.content, a.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-SHA256", a.sha256).build();
    }
}
