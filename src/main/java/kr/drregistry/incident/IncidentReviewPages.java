package kr.drregistry.incident;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.Roles;
import kr.drregistry.incident.IncidentViews.IncidentView;
import kr.drregistry.platform.ProblemException;

/** The regulator's incident pages: the list with due and overdue stages; acknowledge, request information, close. */
@Path("/regulator/incidents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD})
public class IncidentReviewPages {
    @Inject
    IncidentService incidents;
    @Inject
    IncidentPages pages;

    @GET
    public TemplateInstance regulatorList() {
        return IncidentPages.Templates.list(incidents.list(false), true, false, FormErrors.NONE, IncidentPages.NewForm.EMPTY);
    }

    @GET
    @Path("{id}")
    public TemplateInstance regulatorIncident(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        IncidentView v = incidents.get(id);
        return pages.page(v, IncidentForm.of(v.report()), notice, FormErrors.NONE);
    }

    @POST
    @Path("{id}/{move}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") UUID id, @PathParam("move") String move, @RestForm String reason, @RestForm String dueDate,
                         @RestForm String confirm) {
        try {
            if ("close".equals(move) && !"yes".equals(confirm)) { // closing ends the regulator's review for good
                throw ProblemException.invalid("closing needs confirmation", List.of(ProblemException.FieldError.of("/confirm",
                        "tick the box to confirm that the incident is closed", "종결을 확인하는 칸을 선택하세요")));
            }
            switch (move) {
                case "acknowledge" -> incidents.acknowledge(id);
                case "request-information" -> incidents.requestInformation(id, reason, IncidentPages.date(dueDate));
                case "close" -> incidents.close(id, reason == null || reason.isBlank() ? null : reason);
                default -> throw ProblemException.notFound("action " + move);
            }
            return Response.seeOther(URI.create("/regulator/incidents/" + id + "?notice=" + move)).build();
        } catch (ProblemException e) {
            if (e.status() == 403 || e.status() == 404 || e.status() >= 500) {
                throw e;
            }
            IncidentView v = incidents.get(id);
            IncidentForm f = IncidentForm.of(v.report());
            return Response.status(e.status()).entity(pages.page(v, f, null,
                    pages.formErrors(FormErrors.Outcome.ACTION_NOT_TAKEN, e, f))).build();
        }
    }

}
