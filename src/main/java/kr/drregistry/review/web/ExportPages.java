package kr.drregistry.review.web;

import kr.drregistry.review.ReviewQueue;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import kr.drregistry.export.TableExports;
import kr.drregistry.identity.Roles;

/**
 * Downloads of the regulator's views, as CSV and PDF, each stating every filing's review status and recorded in the
 * audit trail: the review queue (with the page's filter, all pages), the sector concentration view and a filing's
 * review record. A new view needs an {@code ExportDocument} built in {@link ReviewExports} and two methods here.
 */
@Path("/regulator/export")
@RolesAllowed({Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD})
public class ExportPages {
    @Inject
    ReviewExports views;
    @Inject
    TableExports exports;

    @GET
    @Path("queue.csv")
    public Response queueCsv(@QueryParam("status") String status, @QueryParam("type") String type,
                             @QueryParam("operator") String operator, @QueryParam("assigned") String assigned,
                             @QueryParam("critical") Integer minCritical, @QueryParam("sort") String sort,
                             @QueryParam("desc") boolean desc) {
        return exports.csv(views.queue(filter(status, type, operator, assigned, minCritical, sort, desc), false)).response();
    }

    @GET
    @Path("queue.pdf")
    public Response queuePdf(@QueryParam("status") String status, @QueryParam("type") String type,
                             @QueryParam("operator") String operator, @QueryParam("assigned") String assigned,
                             @QueryParam("critical") Integer minCritical, @QueryParam("sort") String sort,
                             @QueryParam("desc") boolean desc) {
        return exports.pdf(views.queue(filter(status, type, operator, assigned, minCritical, sort, desc), true)).response();
    }

    @GET
    @Path("sector.csv")
    public Response sectorCsv() {
        return exports.csv(views.sector()).response();
    }

    @GET
    @Path("sector.pdf")
    public Response sectorPdf() {
        return exports.pdf(views.sector()).response();
    }

    @GET
    @Path("filings/{id}/record.csv")
    public Response recordCsv(@PathParam("id") UUID id) {
        return exports.csv(views.record(id)).response();
    }

    @GET
    @Path("filings/{id}/record.pdf")
    public Response recordPdf(@PathParam("id") UUID id) {
        return exports.pdf(views.record(id)).response();
    }

    private static ReviewQueue.Filter filter(String status, String type, String operator, String assigned, Integer minCritical,
                                             String sort, boolean desc) {
        return new ReviewQueue.Filter(blank(status), blank(type), blank(operator), blank(assigned), minCritical, sort, desc, 0,
                ReviewQueue.MAX_PAGE_SIZE);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
