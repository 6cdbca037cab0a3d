package kr.drregistry.filing.web;

import java.util.UUID;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.drregistry.identity.Roles;

/** {@code /portal/filings/{id}/versions/{n}/receipt}: the receipt of a submission (see {@link SubmitPages}). */
@Path("/portal/filings/{id}/versions/{n}/receipt")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
public class ReceiptPage {
    @Inject
    SubmitPages pages;

    @GET
    public TemplateInstance receipt(@PathParam("id") UUID id, @PathParam("n") int number, @QueryParam("new") String justSubmitted) {
        return pages.receipt(id, number, justSubmitted);
    }
}
