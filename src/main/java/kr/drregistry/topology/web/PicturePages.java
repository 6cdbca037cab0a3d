package kr.drregistry.topology.web;

import java.util.List;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.view.CellExplanation;
import kr.drregistry.topology.view.LossMatrix;
import kr.drregistry.topology.view.SiteCard;
import kr.drregistry.topology.view.TopologyDiagram;
import kr.drregistry.topology.view.TopologyLoss;
import kr.drregistry.topology.view.TopologyOverview;
import kr.drregistry.topology.view.WhatIf;

/**
 * The pictures of a topology filing, drawn from the drr/v2 loss analysis (FILING-FORMAT-V2.md §3): the diagram by
 * site with the component risk groups marked, the site cards with their resolved facility groups, the loss matrix
 * (down, degraded with its capacity, repair estimate and RPO) and "what if we lose …" a site or a group. The
 * paths name no role: the operator portal and the regulator's review both link here ({@code ?version=N} for a
 * submitted version, without it the operator's draft; {@code ?focus=service:talk}, {@code ?scenario=site:pangyo}),
 * and {@link kr.drregistry.filing.FilingService} decides who may see what. The page itself computes no chain; the
 * diagram's data comes from {@code graph.json}, a cell's chain and a "what if" from htmx fragments. A topology of
 * more than {@link TopologyOverview#ABOVE} components opens as an overview (sites × component kinds) instead, with
 * one site or one service opened on demand ({@code ?focus=}, or the {@code overview} fragment); a matrix of more than
 * {@link LossMatrix#PAGE_SIZE} services is paged ({@code ?page=N}).
 */
@Path("/filings/{id}/pictures")
@Authenticated
public class PicturePages {
    private static final int SHOWN_ERRORS = 12;

    @Inject
    PictureData data;
    @Inject
    CurrentActor current;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pictures(PicturePage page, LossMatrix matrix, WhatIf whatif, String scenarioNotice,
                                               CellExplanation cell, List<SiteCard> sites,
                                               List<TopologyDiagram.ComponentGroup> componentGroups,
                                               TopologyOverview overview, TopologyOverview.Opened opened);

        static native TemplateInstance pictures$opened(PicturePage page, TopologyOverview.Opened opened);

        static native TemplateInstance pictures$cell(PicturePage page, CellExplanation cell);

        static native TemplateInstance pictures$whatif(PicturePage page, WhatIf whatif);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("version") String version,
                                 @QueryParam("focus") String focus, @QueryParam("scenario") String scenario,
                                 @QueryParam("page") String matrixPage) {
        PictureData.Loaded l = data.load(id, version(version));
        String[] subject = subject(focus);
        String focusKind = subject[0], focusId = subject[1];
        LossMatrix matrix = null;
        WhatIf whatif = null;
        String scenarioNotice = null;
        boolean focusFound = false;
        List<SiteCard> sites = List.of();
        List<TopologyDiagram.ComponentGroup> groups = List.of();
        TopologyOverview overview = null;
        TopologyOverview.Opened opened = null;
        if (l.ok()) {
            Topology t = l.analysis().topology();
            LossAnalysis loss = l.analysis().loss();
            matrix = LossMatrix.page(t, loss, l.memo().ranking(), number(matrixPage), "service".equals(focusKind) ? focusId : null);
            sites = SiteCard.of(t, l.analysis().facilities());
            groups = TopologyDiagram.componentGroups(loss);
            focusFound = focusKind != null && exists(t, focusKind, focusId);
            if (TopologyOverview.wanted(t)) {
                overview = l.memo().overview();
                opened = focusFound ? open(t, l.memo().siteOrder(), focusKind, focusId) : null;
            }
            if (scenario != null && !scenario.isBlank()) {
                whatif = WhatIf.of(t, loss, scenario);
                scenarioNotice = whatif == null ? scenario : null;
            }
        }
        return Templates.pictures(page(l, focusKind, focusId, focusFound, whatif == null ? null : whatif.scenario().id()),
                matrix, whatif, scenarioNotice, null, sites, groups, overview, opened);
    }

    /**
     * One site or one service of a big topology's overview opened as boxes ({@code focus=site:pangyo},
     * {@code focus=service:talk}); an htmx request also gets the page address to show in the browser.
     */
    @GET
    @Path("overview")
    @Produces(MediaType.TEXT_HTML)
    public Response overview(@PathParam("id") UUID id, @QueryParam("version") String version,
                             @QueryParam("focus") String focus, @HeaderParam("HX-Request") String htmx) {
        PictureData.Loaded l = data.load(id, version(version));
        String[] subject = subject(focus);
        TopologyOverview.Opened opened = subject[0] == null ? null
                : open(l.require().topology(), l.memo().siteOrder(), subject[0], subject[1]);
        if (opened == null) {
            throw ProblemException.notFound("site or service " + focus);
        }
        PicturePage page = page(l, opened.subject(), opened.id(), true, null);
        return fragment(Templates.pictures$opened(page, opened), htmx, page.focusPage(opened.subject(), opened.id()));
    }

    /** {@code focus} ({@code service:talk}) as its kind and id; both null when it names none. */
    private static String[] subject(String focus) {
        int colon = focus == null ? -1 : focus.indexOf(':');
        return colon <= 0 ? new String[2] : new String[] {focus.substring(0, colon), focus.substring(colon + 1)};
    }

    /** A fragment; an htmx request also gets {@code address}, the page that shows the same, for the browser's bar. */
    private static Response fragment(TemplateInstance fragment, String htmx, String address) {
        Response.ResponseBuilder r = Response.ok(fragment);
        if ("true".equals(htmx)) {
            r.header("HX-Replace-Url", address);
        }
        return r.build();
    }

    /** A site, a service's closure, or the first site a component is placed in, opened; null when there is none. */
    private static TopologyOverview.Opened open(Topology t, List<String> order, String kind, String id) {
        return switch (kind) {
            case "site" -> TopologyOverview.site(t, id);
            case "service" -> TopologyOverview.closure(t, id, order);
            case "component" -> {
                var c = t.componentsById().get(id);
                yield c == null || c.placementSites().isEmpty() ? null : TopologyOverview.site(t, c.placementSites().get(0));
            }
            default -> null;
        };
    }

    /** {@code ?page=} of the matrix: a positive number, else 0 (the page of the focused service, or the first). */
    private static int number(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The diagram's data (sites as columns, bands, components, dependencies, services, scenarios). */
    @GET
    @Path("graph.json")
    @Produces(MediaType.APPLICATION_JSON)
    public TopologyDiagram graph(@PathParam("id") UUID id, @QueryParam("version") String version) {
        TopologyLoss a = data.load(id, version(version)).require();
        return TopologyDiagram.of(a.topology(), a.loss(), a.facilities());
    }

    /**
     * What a scenario does, for the diagram's overlay: the sites it loses, the components it strikes, what is down,
     * the services below full capacity.
     */
    public record LossOverlay(String scenario, List<String> sites, List<String> struckComponents,
                              List<String> downComponents, List<String> downServices, List<String> degradedServices,
                              long usersLost, long usersAffected) {
    }

    @GET
    @Path("loss.json")
    @Produces(MediaType.APPLICATION_JSON)
    public LossOverlay loss(@PathParam("id") UUID id, @QueryParam("version") String version,
                            @QueryParam("scenario") String scenario) {
        LossAnalysis loss = data.load(id, version(version)).require().loss();
        int i = scenario == null ? -1 : loss.scenarioIndex(scenario);
        if (i < 0) {
            throw ProblemException.notFound("scenario " + scenario);
        }
        var s = loss.scenarios().get(i);
        return new LossOverlay(scenario, s.sites(), s.struckComponents(), loss.downComponents(i), loss.downServices(i),
                loss.degradedServices(i), loss.usersLost(i), loss.usersAffected(i));
    }

    /** One matrix cell explained: the chain of a service that falls, the recovery of one that survives. */
    @GET
    @Path("cell")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance cell(@PathParam("id") UUID id, @QueryParam("version") String version,
                                 @QueryParam("scenario") String scenario, @QueryParam("service") String service) {
        PictureData.Loaded l = data.load(id, version(version));
        TopologyLoss a = l.require();
        CellExplanation cell = CellExplanation.of(a.topology(), a.loss(), scenario, service);
        if (cell == null) {
            throw ProblemException.notFound("scenario " + scenario + " or service " + service);
        }
        return Templates.pictures$cell(page(l, null, null, false, null), cell);
    }

    /** "What if we lose …" for one scenario; an htmx request also gets the page address to show in the browser. */
    @GET
    @Path("whatif")
    @Produces(MediaType.TEXT_HTML)
    public Response whatif(@PathParam("id") UUID id, @QueryParam("version") String version,
                           @QueryParam("scenario") String scenario, @HeaderParam("HX-Request") String htmx) {
        PictureData.Loaded l = data.load(id, version(version));
        TopologyLoss a = l.require();
        WhatIf whatif = WhatIf.of(a.topology(), a.loss(), scenario);
        if (whatif == null) {
            throw ProblemException.notFound("scenario " + scenario);
        }
        PicturePage page = page(l, null, null, false, whatif.scenario().id());
        return fragment(Templates.pictures$whatif(page, whatif), htmx, page.scenarioPage(whatif.scenario().id()));
    }

    /** {@code ?version=} names a submitted version; empty means the draft (what the version switch sends). */
    private static Integer version(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("version " + version);
        }
    }

    private PicturePage page(PictureData.Loaded l, String focusKind, String focusId, boolean focusFound, String scenario) {
        boolean operator = current.get().isOperator();
        var errors = l.errors();
        int more = Math.max(0, errors.size() - SHOWN_ERRORS);
        return new PicturePage(l.filing().id(), l.filing().title(), l.filing().organisation(), l.filing().planYear(),
                l.filing().status().name(), l.version(), l.draftVersion(), l.at(), l.by(),
                PicturePage.choices(l.filing(), l.version(), operator), operator && current.get().mayEdit(),
                errors.subList(0, errors.size() - more), more, l.tooLarge(), l.empty(), focusKind, focusId, focusFound,
                scenario);
    }

    private static boolean exists(Topology t, String kind, String id) {
        return switch (kind) {
            case "site" -> t.sitesById().containsKey(id);
            case "service" -> t.servicesById().containsKey(id);
            case "component" -> t.componentsById().containsKey(id);
            case "drill" -> t.drills().stream().anyMatch(d -> d.id().equals(id));
            default -> false;
        };
    }
}
