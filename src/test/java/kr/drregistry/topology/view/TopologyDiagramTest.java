package kr.drregistry.topology.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.SimFixture;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.topology.view.TopologyDiagram.Column;
import kr.drregistry.topology.view.TopologyDiagram.ComponentInfo;
import kr.drregistry.topology.view.TopologyDiagram.Node;

class TopologyDiagramTest {
    private static final TopologyDiagram KAKAO = TopologyDiagram.of(Kakao.ANALYSIS.topology(), Kakao.ANALYSIS.loss(), Kakao.ANALYSIS.facilities());

    private static TopologyDiagram diagram(Topology t) {
        TopologyLoss a = TopologyLoss.analyse(t, 60);
        return TopologyDiagram.of(t, a.loss(), a.facilities());
    }

    private static Map<String, String> roles(Column c) {
        return c.nodes().stream().collect(Collectors.toMap(Node::c, Node::role));
    }

    @Test
    void pangyoComponentsAreInThePangyoColumnAndTheStandbysInAnsan() {
        Column pangyo = KAKAO.column("pangyo");
        assertEquals(0, pangyo.index());
        Map<String, String> inPangyo = roles(pangyo);
        for (String c : List.of("talk-api", "auth", "session-cache-a", "session-cache-b", "talk-db", "key-store",
                "deploy-tool", "admin-console", "metrics")) {
            assertEquals("active", inPangyo.get(c), c + " runs in Pangyo");
        }
        assertEquals(16, pangyo.placements());
        Map<String, String> inAnsan = roles(KAKAO.column("ansan"));
        assertEquals("standby", inAnsan.get("talk-api"), "talk-api appears in both of its sites, with its role");
        assertEquals("active", inAnsan.get("pay-api"));
        assertEquals("replica", inAnsan.get("talk-db"), "the message store is only copied to Ansan");
        assertEquals("replica", inAnsan.get("pay-db"));
        assertNull(inAnsan.get("media-store"), "the photo store's only backup is in Pangyo itself");
        assertNull(inAnsan.get("auth"), "authentication has no placement and no copy in Ansan");
        assertEquals(5, KAKAO.column("ansan").placements());
    }

    @Test
    void singleSiteAndControlPlaneComponentsAreMarked() {
        Map<String, ComponentInfo> byId = KAKAO.components().stream().collect(Collectors.toMap(ComponentInfo::id, c -> c));
        assertTrue(byId.get("auth").singleSite());
        assertTrue(byId.get("auth").controlPlane());
        assertTrue(byId.get("talk-db").singleSite());
        assertFalse(byId.get("talk-db").controlPlane());
        assertFalse(byId.get("talk-api").singleSite());
        assertEquals(List.of("deploy-tool", "admin-console"), byId.get("talk-api").failoverRequires());
        assertEquals(11, KAKAO.column("pangyo").singleSite());
        assertEquals(11, KAKAO.stats().singleSite());
    }

    @Test
    void aColumnGoesFromEntrypointsDownToTheControlPlane() {
        List<Node> nodes = KAKAO.column("pangyo").nodes();
        assertEquals(List.of("talk-api", "account-api", "pay-api", "map-api"),
                nodes.subList(0, 4).stream().map(Node::c).toList(), "service entrypoints first");
        for (int i = 1; i < nodes.size(); i++) {
            assertTrue(nodes.get(i - 1).layer() <= nodes.get(i).layer(), "layers only go down: " + nodes);
        }
        assertEquals("metrics", nodes.get(nodes.size() - 1).c(), "the control plane comes last");
    }

    @Test
    void theMetroBothSitesShareIsABandOverBothColumnsAndScenariosAreListed() {
        assertEquals(1, KAKAO.bands().size());
        SiteLayout.Band metro = KAKAO.bands().get(0);
        assertEquals("metro:capital", metro.group());
        assertEquals(List.of("pangyo", "ansan"), metro.sites());
        assertEquals("site:pangyo", KAKAO.scenarios().get(0).id());
        assertEquals(List.of("pangyo", "ansan"), KAKAO.scenarios().stream()
                .filter(s -> s.id().equals("metro:capital")).findFirst().orElseThrow().sites());
    }

    @Test
    void sitesSharingAPowerFeedAreAdjacentColumnsEvenWhenFiledApart() {
        Topology t = new SimFixture().site("a", "power:p").site("b").site("c", "power:p")
                .comp("web").active("a", "c").comp("db").kind(ComponentKind.DATABASE).active("b").replicate("b", "c")
                .service("s", 1, 100, 60, "web").build();
        TopologyDiagram d = diagram(t);
        assertEquals(List.of("a", "c", "b"), d.columns().stream().map(Column::id).toList());
        assertEquals(List.of("a", "c"), d.bands().get(0).sites());
        assertEquals("replica", roles(d.column("c")).get("db"));
    }

    @Test
    void aSixHundredComponentTopologyPutsEveryPlacementInItsColumn() {
        Topology t = SyntheticTopology.generate(600, 4, 8, 14, 7L);
        TopologyDiagram d = diagram(t);
        long placements = t.components().stream().mapToLong(c -> c.placementSites().size()).sum();
        assertEquals(placements, d.stats().placements());
        assertEquals(placements, d.columns().stream().mapToLong(Column::placements).sum());
        assertEquals(8, d.columns().size());
    }
}
