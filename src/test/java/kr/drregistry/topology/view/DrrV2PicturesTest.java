package kr.drregistry.topology.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.examples.SplitMapsExample;
import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FacilityResolver;
import kr.drregistry.topology.facility.FiledSite;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;

/**
 * The pictures of the drr/v2 Kakao-like example (examples/kakao-like-2022-v2.yaml): the component risk group
 * software:gateway-3.1 as its own matrix column, diagram mark and "what if"; the repair estimate and RPO of the
 * services it takes down; a degraded service in amber with its capacity; and Pangyo's facilityRef on its site card,
 * unresolved offline and resolved with the provider's filing label when the provider's filing is known.
 */
class DrrV2PicturesTest {
    private static final LossMatrix MATRIX = LossMatrix.of(Kakao.V2.topology(), Kakao.V2.loss());

    private static LossMatrix.Cell cell(LossMatrix m, String service, String scenario) {
        int i = m.scenarios().stream().map(ScenarioColumn::id).toList().indexOf(scenario);
        return m.row(service).cells().get(i);
    }

    /** The v2 example with the maps API's capacity split 60 % Pangyo / 40 % Ansan, so that losing Ansan degrades maps. */
    private static TopologyLoss splitMaps() {
        Topology t = new DrrParser().parseYaml(SplitMapsExample.yaml().getBytes(StandardCharsets.UTF_8));
        return TopologyLoss.analyse(t, 60);
    }

    @Test
    void theComponentRiskGroupIsALastColumnThatStrikesTheGatewayEverywhereAndLosesNoSite() {
        ScenarioColumn gateway = MATRIX.scenarios().get(MATRIX.scenarios().size() - 1);
        assertEquals("software:gateway-3.1", gateway.id());
        assertEquals(ScenarioColumn.COMPONENT_GROUP, gateway.kind());
        assertTrue(gateway.componentGroup());
        assertTrue(gateway.sites().isEmpty(), "a bad release loses no site");
        assertEquals(List.of("gateway"), gateway.struck());
        assertEquals(1, MATRIX.componentScenarios());
        assertEquals(MATRIX.scenarios().size() - 1, MATRIX.firstComponentScenario());
        assertEquals(2, MATRIX.siteScenarios());
        assertEquals(List.of("pay", "map"), MATRIX.rows().stream()
                .filter(r -> r.cells().get(gateway.index()).down()).map(r -> r.service().id()).toList(),
                "payments and maps go through the gateway; messaging and login do not");
        assertEquals(30_000_000L, gateway.usersLost());
    }

    @Test
    void aServiceThatFallsCarriesItsRepairEstimateAndRpo() {
        LossMatrix.Cell pay = cell(MATRIX, "pay", "software:gateway-3.1");
        assertTrue(pay.down());
        assertTrue(pay.repairUnbounded(), "the gateway's rollback needs the deploy tool, which needs the gateway (OPS-003)");
        assertEquals(0L, pay.rpoSeconds(), "a struck component keeps its data (rule 5)");
        assertFalse(pay.rpoUnbounded());
        assertNull(pay.capacityPct());

        LossMatrix.Cell map = cell(MATRIX, "map", "site:pangyo");
        assertEquals(300L, map.rpoSeconds(), "the map tiles' async copy to Ansan lags 300 s");
        LossMatrix.Cell talk = cell(MATRIX, "talk", "site:pangyo");
        assertTrue(talk.rpoUnbounded(), "the photo store's only backup is in Pangyo: " + talk);

        CellExplanation e = CellExplanation.of(Kakao.V2.topology(), Kakao.V2.loss(), "software:gateway-3.1", "pay");
        assertTrue(e.down());
        assertEquals("gateway", e.repair().limitingComponent());
        assertEquals(LossAnalysis.UNBOUNDED, e.repair().repairMinutes());
        assertTrue(e.rootCauses().contains("gateway"), e.rootCauses().toString());
        ChainLine struck = e.chain().stream().filter(l -> l.id().equals("gateway") && l.rootCause()).findFirst().orElseThrow();
        assertEquals(ChainLine.STRUCK, struck.relation());
        assertTrue(struck.rootCause());
    }

    @Test
    void whatIfWeLoseTheGatewayReleaseNamesTheStruckComponentAndTheRootCause() {
        WhatIf w = WhatIf.of(Kakao.V2.topology(), Kakao.V2.loss(), "software:gateway-3.1");
        assertTrue(w.scenario().componentGroup());
        assertEquals(List.of("gateway"), w.scenario().struck());
        assertEquals(List.of("pay", "map"), w.down().stream().map(d -> d.service().id()).toList());
        assertEquals(List.of("talk", "login"), w.surviving().stream().map(s -> s.service().id()).toList());
        WhatIf.RootCause root = w.rootCauses().get(0);
        assertEquals("gateway", root.component());
        assertEquals(ChainLine.STRUCK, root.relation());
        assertEquals(List.of("pay", "map"), root.services());
        assertTrue(w.down().get(0).cell().repairUnbounded());
        assertTrue(w.downComponents().contains("deploy-tool"), "the deploy tool's traffic goes through the gateway");
        assertEquals(25, w.usersLostPercent(), "30 M of 117 M daily users: 25.6 %, rounded down");
    }

    @Test
    void aDegradedServiceIsAmberWithItsCapacityAndItsUsersAffected() {
        TopologyLoss a = splitMaps();
        LossMatrix m = LossMatrix.of(a.topology(), a.loss());
        LossMatrix.Cell map = cell(m, "map", "site:ansan");
        assertEquals(LossMatrix.DEGRADED, map.state());
        assertTrue(map.degraded());
        assertEquals(60L, map.capacityPct());
        assertFalse(map.down());
        assertTrue(m.hasDegraded());
        ScenarioColumn ansan = m.scenarios().get(1);
        assertEquals(1, ansan.servicesDegraded());
        assertEquals(4_000_000L, ansan.usersAffected(), "⌊10,000,000 × 40 / 100⌋");
        assertTrue(ansan.hasImpact() && !ansan.hasLoss(), "degraded only: its column is not quiet");
        assertEquals(LossMatrix.OK, cell(m, "talk", "site:ansan").state());

        WhatIf w = WhatIf.of(a.topology(), a.loss(), "site:ansan");
        assertTrue(w.down().isEmpty());
        assertEquals(List.of("map"), w.degraded().stream().map(d -> d.service().id()).toList());
        assertEquals(4_000_000L, w.degraded().get(0).usersAffected());
        assertEquals(3, w.surviving().size());

        CellExplanation e = CellExplanation.of(a.topology(), a.loss(), "site:ansan", "map");
        assertTrue(e.degraded());
        assertFalse(e.down());
        assertNull(e.repair());
    }

    @Test
    void theDiagramMarksTheGatewayWithItsGroupAndTheSiteCardShowsTheFacilityReference() {
        TopologyDiagram d = TopologyDiagram.of(Kakao.V2.topology(), Kakao.V2.loss(), Kakao.V2.facilities());
        assertEquals(List.of(new TopologyDiagram.ComponentGroup("software:gateway-3.1", "G1", List.of("gateway"), List.of())),
                d.componentGroups());
        assertEquals(List.of("software:gateway-3.1"), d.components().stream().filter(c -> c.id().equals("gateway"))
                .findFirst().orElseThrow().riskGroups());
        TopologyDiagram.ScenarioInfo gateway = d.scenarios().get(d.scenarios().size() - 1);
        assertEquals(ScenarioColumn.COMPONENT_GROUP, gateway.kind());
        assertEquals(List.of("gateway"), gateway.struck());

        TopologyDiagram.Column pangyo = d.column("pangyo");
        assertEquals("example-idc/pangyo-a", pangyo.facilityRef());
        assertEquals(List.of("facility:example-idc/pangyo-a"), pangyo.inherited());
        assertTrue(pangyo.riskGroups().contains("facility:example-idc/pangyo-a"), "the column lists the resolved groups (F5)");
        assertEquals(SiteCard.UNRESOLVED, pangyo.sources().get(0).resolution(), "offline nothing resolves it (F4)");

        List<SiteCard> cards = SiteCard.of(Kakao.V2.topology(), Kakao.V2.facilities());
        assertTrue(cards.get(0).hasFacility());
        assertFalse(cards.get(1).hasFacility());
        assertTrue(cards.get(1).sources().isEmpty());
    }

    @Test
    void aResolvedFacilityReferenceShowsTheInheritedGroupsAndTheProvidersFilingLabel() {
        Topology t = Kakao.V2.topology();
        Site hall = new Site("pangyo-a", "Pangyo hall A", SiteKind.OWN, null, null, "KR-41", null,
                List.of("building:pangyo-1", "site:pangyo-a", "substation:seongnam-east-2"), null);
        FacilityLookup lookup = FacilityLookup.of(Map.of("example-idc/pangyo-a",
                new FiledSite(hall, "example-idc 0f6c2a94 v3")));
        TopologyLoss a = TopologyLoss.analyse(t, FacilityResolver.resolve(t, lookup), 60);
        SiteCard pangyo = SiteCard.of(t, a.facilities()).get(0);
        assertEquals(List.of("facility:example-idc/pangyo-a", "building:pangyo-1", "substation:seongnam-east-2"),
                pangyo.inherited(), "F2: the referenced site's groups except site:…, after facility:org/site");
        SiteCard.Source source = pangyo.sources().get(0);
        assertTrue(source.resolved());
        assertEquals("example-idc 0f6c2a94 v3", source.filingVersion());
        LossMatrix m = LossMatrix.of(t, a.loss());
        assertTrue(m.scenarios().stream().anyMatch(s -> s.id().equals("building:pangyo-1") && s.hasLoss()),
                "an inherited group is a scenario that loses Pangyo");
        TopologyDiagram d = TopologyDiagram.of(t, a.loss(), a.facilities());
        assertTrue(d.column("pangyo").riskGroups().contains("building:pangyo-1"));
    }
}
