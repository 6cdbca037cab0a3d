package kr.drregistry.review.web;

import kr.drregistry.review.QueueViews;
import kr.drregistry.review.ReviewQueue;
import kr.drregistry.review.SavedViews;
import kr.drregistry.sector.SectorService;
import kr.drregistry.sector.KoreaMapShapes;
import kr.drregistry.sector.SectorMap;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.Roles;
import kr.drregistry.topology.sector.KoreaRegions;
import kr.drregistry.topology.sector.SectorConcentration;
import kr.drregistry.topology.sector.SectorRegions;

/** The regulator's review queue page (filters, sorting, pagination, assignment by the lead). */
@Path("/regulator")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD})
public class RegulatorPages {
    @Inject
    ReviewQueue queue;
    @Inject
    CurrentActor current;
    @Inject
    SectorService sector;
    @Inject
    KoreaMapShapes shapes;
    @Inject
    SavedViews views;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(ReviewQueue.Page page, List<String> reviewers, boolean lead, String query,
                                             List<String> statuses, List<String> types, ViewBar bar);

        static native TemplateInstance sector(SectorService.Concentration c, SectorMap map, List<Ranked> shown,
                                              int total, Pager pager, String region);
    }

    @GET
    public TemplateInstance queue(@QueryParam("status") String status, @QueryParam("type") String type,
                                  @QueryParam("operator") String operator, @QueryParam("assigned") String assigned,
                                  @QueryParam("critical") Integer minCritical, @QueryParam("sort") String sort,
                                  @QueryParam("desc") boolean desc, @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size,
                                  @QueryParam("saved") String saved, @QueryParam("replaced") String replaced,
                                  @QueryParam("deleted") String deleted) {
        ReviewQueue.Filter filter = new ReviewQueue.Filter(blank(status), blank(type), blank(operator), blank(assigned),
                minCritical, sort, desc, page, size);
        Notice notice = saved != null ? new Notice("saved", saved) : replaced != null ? new Notice("replaced", replaced)
                : deleted != null ? new Notice("deleted", deleted) : null;
        return queuePage(filter, notice, null, "");
    }

    private TemplateInstance queuePage(ReviewQueue.Filter filter, Notice notice, SavedViews.Outcome refused, String typedName) {
        ReviewQueue.Page p = queue.list(filter);
        boolean lead = current.get().has(Roles.REGULATOR_LEAD);
        return Templates.queue(p, lead ? queue.reviewers() : List.of(), lead, query(p.filter()),
                List.of("SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "ACCEPTED", "REJECTED"), List.of("TOPOLOGY", "PLAN", "INCIDENT"),
                viewBar(p.filter(), notice, refused, typedName));
    }

    /** The views above the queue: the product's, then the person's own, the one shown marked; and what saving said. */
    private ViewBar viewBar(ReviewQueue.Filter f, Notice notice, SavedViews.Outcome refused, String typedName) {
        String now = viewQuery(f);
        List<ViewLink> builtin = java.util.Arrays.stream(QueueViews.Builtin.values())
                .map(b -> new ViewLink(b, null, null, b.query(), b.query().equals(now))).toList();
        List<ViewLink> own = views.mine().stream()
                .map(v -> new ViewLink(null, v.id(), v.name(), v.query(), v.query().equals(now))).toList();
        int active = (int) java.util.stream.Stream.of(f.status(), f.type(), f.operator(), f.assigned(),
                f.minCritical() == null ? null : "x").filter(java.util.Objects::nonNull).count();
        return new ViewBar(builtin, own, now, active, notice, refused, typedName == null ? "" : typedName);
    }

    /** The filter the page shows, in the canonical form views are kept in. */
    static String viewQuery(ReviewQueue.Filter f) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        values.put("status", f.status());
        values.put("type", f.type());
        values.put("operator", f.operator());
        values.put("assigned", f.assigned());
        values.put("critical", f.minCritical() == null ? null : f.minCritical().toString());
        values.put("sort", f.sort());
        values.put("desc", f.descending() ? "true" : null);
        return QueueViews.canonical(values);
    }

    /** One view: the product's ({@code builtin}) or the person's own ({@code id}, {@code name}). */
    public record ViewLink(QueueViews.Builtin builtin, UUID id, String name, String query, boolean current) {
    }

    /** A sentence after saving or deleting a view ({@code kind}: saved, replaced, deleted). */
    public record Notice(String kind, String name) {
    }

    /** The views, the filter shown (canonical), how many filters apply, and what saving a view said or refused. */
    public record ViewBar(List<ViewLink> builtin, List<ViewLink> own, String query, int active, Notice notice,
                          SavedViews.Outcome refused, String typedName) {
        public int max() {
            return QueueViews.MAX_VIEWS;
        }

        public int maxName() {
            return QueueViews.MAX_NAME;
        }

        public boolean anyCurrent() {
            return builtin.stream().anyMatch(ViewLink::current) || own.stream().anyMatch(ViewLink::current);
        }
    }

    /**
     * Saves the filter {@code query} as one of the person's views under {@code name} (the same name replaces its
     * filter) and shows the queue with it. A name missing or too long, or a person with the most views already:
     * the queue again, with the reason at the name field and nothing saved.
     */
    @POST
    @Path("views")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveView(@RestForm String name, @RestForm String query) {
        String canonical = QueueViews.canonical(query);
        SavedViews.Outcome outcome = views.save(name, canonical);
        if (outcome == SavedViews.Outcome.SAVED || outcome == SavedViews.Outcome.REPLACED) {
            String said = (outcome == SavedViews.Outcome.SAVED ? "saved=" : "replaced=")
                    + java.net.URLEncoder.encode(name.strip(), java.nio.charset.StandardCharsets.UTF_8);
            return Response.seeOther(URI.create("/regulator?" + (canonical.isEmpty() ? "" : canonical + "&") + said)).build();
        }
        ReviewQueue.Filter filter = filterOf(canonical);
        int status = outcome == SavedViews.Outcome.TOO_MANY ? 409 : 400;
        String typed = name == null ? "" : name.length() > 200 ? name.substring(0, 200) : name;
        return Response.status(status).entity(queuePage(filter, null, outcome, typed)).type(MediaType.TEXT_HTML).build();
    }

    /** Deletes one of the person's own views (another's is not found) and shows the queue as it was. */
    @POST
    @Path("views/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteView(@PathParam("id") UUID id, @RestForm String query) {
        String name = views.delete(id);
        String canonical = QueueViews.canonical(query);
        return Response.seeOther(URI.create("/regulator?" + (canonical.isEmpty() ? "" : canonical + "&") + "deleted="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    /** The queue filter a canonical view query stands for (first page, default size). */
    private static ReviewQueue.Filter filterOf(String canonical) {
        java.util.Map<String, String> v = QueueViews.values(canonical);
        return new ReviewQueue.Filter(v.get("status"), v.get("type"), v.get("operator"), v.get("assigned"),
                v.containsKey("critical") ? Integer.valueOf(v.get("critical")) : null, v.get("sort"), "true".equals(v.get("desc")), 0, 50);
    }

    /**
     * CONC-001 across the sector: the places carrying several operators' tier-1 services, on a map of Korea by
     * region; {@code region} (ISO 3166-2:KR) narrows the ranked table to one region.
     */
    @GET
    @Path("sector")
    public TemplateInstance sector(@QueryParam("region") String region, @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("place") String place) {
        SectorService.Concentration c = sector.concentration();
        String selected = KoreaRegions.of(region).map(KoreaRegions.Region::code).orElse(null);
        List<SectorConcentration.Place> inRegion = SectorRegions.inRegion(c.places(), selected);
        if (place != null && !place.isBlank()) {
            inRegion = inRegion.stream().filter(p -> p.key().equals(place)).toList();
        }
        // a place lists its ten largest shares; one place asked for by name lists them all
        int sharesShown = place != null && !place.isBlank() ? Integer.MAX_VALUE : SHARES_SHOWN;
        // the ranked table a page at a time: a sector of a thousand operators has hundreds of places
        int pages = Math.max(1, (inRegion.size() + SECTOR_PAGE - 1) / SECTOR_PAGE);
        int p = Math.max(0, Math.min(page, pages - 1));
        List<Ranked> shown = new java.util.ArrayList<>();
        for (int i = p * SECTOR_PAGE; i < Math.min(inRegion.size(), (p + 1) * SECTOR_PAGE); i++) {
            shown.add(new Ranked(place != null && !place.isBlank() ? c.places().indexOf(inRegion.get(i)) + 1 : i + 1,
                    inRegion.get(i), sharesShown));
        }
        return Templates.sector(c, SectorMap.of(c.places(), shapes, selected), shown, inRegion.size(),
                new Pager(p, pages), selected == null ? "" : selected);
    }

    static final int SECTOR_PAGE = 50;
    static final int SHARES_SHOWN = 10;

    /** Page {@code page} (from 0) of {@code pages}. */
    public record Pager(int page, int pages) {
        public int number() {
            return page + 1;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }
    }

    /** A place of the ranked table with its rank in the whole (filtered) ranking. */
    public record Ranked(int rank, SectorConcentration.Place place, int sharesShown) {
        public List<SectorConcentration.Share> shares() {
            return place.shares().size() <= sharesShown ? place.shares() : place.shares().subList(0, sharesShown);
        }

        public int hiddenShares() {
            return place.shares().size() - shares().size();
        }

        public String placeParam() {
            return java.net.URLEncoder.encode(place.key(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @POST
    @Path("filings/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGULATOR_LEAD)
    public Response assign(@PathParam("id") UUID id, @RestForm String reviewer, @RestForm String back) {
        queue.assign(id, reviewer);
        String target = back != null && back.startsWith("/regulator") && !back.startsWith("//") ? back : "/regulator";
        return Response.seeOther(URI.create(target)).build();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The filter as a query string (without sort, direction and page), for sorting and paging links. */
    static String query(ReviewQueue.Filter f) {
        StringBuilder q = new StringBuilder();
        add(q, "status", f.status());
        add(q, "type", f.type());
        add(q, "operator", f.operator());
        add(q, "assigned", f.assigned());
        add(q, "critical", f.minCritical() == null ? null : f.minCritical().toString());
        add(q, "size", Integer.toString(f.size()));
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
