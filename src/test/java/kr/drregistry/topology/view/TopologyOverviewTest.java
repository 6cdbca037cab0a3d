package kr.drregistry.topology.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.topology.loss.ServiceStatus;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;

/**
 * The overview a big topology's pictures open with (issue 18): per site the components of each kind placed there,
 * with the single-site (⚠) and control-plane (⚙) counts; one site or one service's closure opened as boxes; and the
 * loss matrix of many services shown 50 at a time, ranked by the users they lose.
 */
class TopologyOverviewTest {
    /** Two sites: an app in both, its database active in pangyo and standby in ansan, a deploy tool in pangyo only. */
    private static final String SMALL = """
            format: drr/v1
            operator: ov
            asOf: 2026-11-01
            sites:
              - {id: pangyo, name: 판교, kind: colocation, region: KR-41}
              - {id: ansan, name: 안산, kind: own, region: KR-41}
              - {id: spare, kind: own, region: KR-41}
            services:
              - {id: talk, name: 톡, tier: 1, dailyUsers: 1000, entrypoints: [talk-app]}
              - {id: mail, tier: 2, dailyUsers: 10, entrypoints: [mail-app]}
            components:
              - id: talk-app
                kind: app
                placements: [{site: pangyo, role: active}, {site: ansan, role: active}]
                dependsOn: [{component: talk-db}]
              - id: talk-db
                kind: database
                placements: [{site: pangyo, role: active}, {site: ansan, role: standby}]
                failover: {mode: manual, minutes: 30, requires: [deploy]}
              - id: deploy
                kind: deployment
                placements: [{site: pangyo, role: active}]
              - id: mail-app
                kind: app
                placements: [{site: ansan, role: active}]
            """;

    private static Topology small() {
        return new DrrParser().parseYaml(SMALL.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachSiteCountsItsComponentsByKindWithSingleSiteAndControlPlaneMarks() {
        TopologyOverview o = TopologyOverview.of(small(), List.of("ansan", "pangyo"));
        assertEquals(List.of("app", "database", "deployment"), o.kinds().stream().map(TopologyOverview.KindColumn::kind).toList(),
                "the kinds placed, in the model's order");
        assertTrue(o.kinds().get(2).controlPlane(), "a deployment tool is control plane: its column gets ⚙");
        assertFalse(o.kinds().get(0).controlPlane());
        assertEquals(List.of("ansan", "pangyo", "spare"), o.sites().stream().map(TopologyOverview.SiteRow::id).toList(),
                "the diagram's order, then sites it did not name");

        TopologyOverview.SiteRow pangyo = o.sites().get(1);
        assertEquals("판교", pangyo.label());
        assertEquals(List.of(new TopologyOverview.Cell(1, 0), new TopologyOverview.Cell(1, 0), new TopologyOverview.Cell(1, 1)),
                pangyo.cells(), "one app, one database (active here), one deployment tool that runs here only");
        assertEquals(3, pangyo.placed());
        assertEquals(1, pangyo.singleSite());
        assertEquals(1, pangyo.controlPlane());

        TopologyOverview.SiteRow ansan = o.sites().get(0);
        assertEquals(List.of(new TopologyOverview.Cell(2, 1), new TopologyOverview.Cell(1, 0), new TopologyOverview.Cell(0, 0)),
                ansan.cells(), "two apps (mail's runs here only) and the standby database; no deployment tool");
        assertEquals(0, ansan.controlPlane());
        assertEquals(0, o.sites().get(2).placed(), "nothing is placed in the spare site");
        assertEquals(4, o.components());
        assertEquals(2, o.singleSite(), "deploy and mail-app");
        assertEquals(1, o.controlPlane());
        assertEquals(List.of("talk", "mail"), o.services().stream().map(TopologyDiagram.ServiceInfo::id).toList());
    }

    @Test
    void openingASiteListsItsBoxesByKindWithTheirRole() {
        TopologyOverview.Opened ansan = TopologyOverview.site(small(), "ansan");
        assertTrue(ansan.site());
        assertEquals("안산", ansan.label());
        assertEquals(3, ansan.components());
        assertEquals(3, ansan.boxes());
        assertEquals(0, ansan.more());
        assertEquals(List.of("app", "database"), ansan.groups().stream().map(TopologyOverview.Group::heading).toList());
        assertEquals(List.of("talk-app", "mail-app"), ansan.groups().get(0).boxes().stream().map(TopologyOverview.Box::id).toList());
        TopologyOverview.Box db = ansan.groups().get(1).boxes().get(0);
        assertEquals("standby", db.role(), "the database stands by in ansan");
        assertTrue(db.stateful());
        assertTrue(ansan.groups().get(0).boxes().get(1).singleSite(), "mail-app runs in ansan only");
        assertNull(TopologyOverview.site(small(), "nowhere"));
    }

    @Test
    void openingAServiceListsWhatItNeedsInEverySiteItRunsIn() {
        TopologyOverview.Opened talk = TopologyOverview.closure(small(), "talk", List.of("pangyo", "ansan"));
        assertFalse(talk.site());
        assertEquals("톡", talk.label());
        assertEquals(3, talk.components(), "talk-app, the database it needs and the deployment tool its failover requires");
        assertEquals(List.of("pangyo", "ansan"), talk.groups().stream().map(TopologyOverview.Group::id).toList());
        assertEquals(Set.of("talk-app", "talk-db", "deploy"), ids(talk.groups().get(0)));
        assertEquals(Set.of("talk-app", "talk-db"), ids(talk.groups().get(1)), "the deployment tool is not in ansan");
        assertEquals(5, talk.boxes());
        assertFalse(ids(talk.groups().get(1)).contains("mail-app"), "mail's app is not talk's");
        assertNull(TopologyOverview.closure(small(), "nothing", List.of()));
    }

    private static Set<String> ids(TopologyOverview.Group g) {
        Set<String> out = new HashSet<>();
        g.boxes().forEach(b -> out.add(b.id()));
        return out;
    }

    @Test
    void aBigTopologyOpensAsTheOverviewAndItsBiggestSiteIsCappedNotTheWholeTopology() {
        Topology big = SyntheticTopology.generate(20_000, 4, 3, 4, 7L);
        assertTrue(TopologyOverview.wanted(big));
        assertFalse(TopologyOverview.wanted(small()));
        TopologyOverview o = TopologyOverview.of(big, List.of());
        int placements = 0;
        for (Component c : big.components()) {
            placements += c.placementSites().size();
        }
        assertEquals(placements, o.sites().stream().mapToInt(TopologyOverview.SiteRow::placed).sum(),
                "every placement is counted once, in its site");
        assertEquals(placements, o.kinds().stream().mapToInt(TopologyOverview.KindColumn::placed).sum());
        TopologyOverview.Opened site = TopologyOverview.site(big, o.sites().get(0).id());
        assertEquals(o.sites().get(0).placed(), site.components());
        assertEquals(TopologyOverview.MAX_BOXES, site.boxes(), "at most this many boxes are listed");
        assertEquals(site.components() - TopologyOverview.MAX_BOXES, site.more(), "the rest are counted");
    }

    @Test
    void aMatrixOfManyServicesShowsFiftyAtATimeMostUsersLostFirst() {
        Topology t = SyntheticTopology.generate(12_000, 4, 6, 8, 11L);
        TopologyLoss a = TopologyLoss.analyse(t, 30);
        assertEquals(120, t.services().size());
        LossMatrix first = LossMatrix.page(t, a.loss(), 1, null);
        assertEquals(new LossMatrix.Paging(1, 3, 1, 50, 120), first.paging());
        assertEquals(50, first.rows().size());
        assertEquals(a.loss().scenarios().size(), first.scenarios().size(), "every scenario stays a column");
        long previous = Long.MAX_VALUE;
        for (LossMatrix.Row r : first.rows()) {
            long lost = r.scenariosDown() * r.service().dailyUsers();
            assertTrue(lost <= previous, "ranked by users lost over all scenarios: " + r.service().id());
            previous = lost;
        }
        LossMatrix last = LossMatrix.page(t, a.loss(), 9, null);
        assertEquals(new LossMatrix.Paging(3, 3, 101, 120, 120), last.paging(), "a page past the end is the last");
        assertFalse(last.paging().hasNext());
        assertTrue(last.paging().hasPrevious());

        Service lastShown = t.servicesById().get(last.rows().get(last.rows().size() - 1).service().id());
        LossMatrix focused = LossMatrix.page(t, a.loss(), 0, lastShown.id());
        assertEquals(3, focused.paging().page(), "without a page, the page of the focused service");
        long down = 0;
        for (int i = 0; i < a.loss().scenarios().size(); i++) {
            down += a.loss().serviceStatus(i, lastShown.id()) == ServiceStatus.DOWN ? 1 : 0;
        }
        assertEquals(down, focused.row(lastShown.id()).scenariosDown(), "a row's cells are the service's own");

        assertEquals(50, LossMatrix.rowsPerPage(50), "50 services a page up to 50 scenarios");
        assertEquals(10, LossMatrix.rowsPerPage(250), "fewer rows when the matrix is wide: 2,500 cells a page");
        assertEquals(25, LossMatrix.rowsPerPage(100), "…from 51 scenarios on");
        assertEquals(10, LossMatrix.rowsPerPage(2_000), "never fewer than 10");

        LossMatrix few = LossMatrix.page(small(), TopologyLoss.analyse(small(), 30).loss(), 2, null);
        assertNull(few.paging(), "a matrix of at most 50 services shows every row, as before");
        assertEquals(List.of("talk", "mail"), few.rows().stream().map(r -> r.service().id()).toList());
    }
}
