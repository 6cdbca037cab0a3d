package kr.drregistry.topology.loss;

import static kr.drregistry.topology.loss.V2.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FacilityResolver;
import kr.drregistry.topology.facility.FiledSite;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;

/**
 * drr/v1 documents read with the drr/v2 semantics (FILING-FORMAT-V2.md §5, §7.11): each difference from what the
 * drr/v1 engine (removed; every document is read with these semantics) answered, named in one test. (§5.5 and §5.7
 * are about the rules DATA-001/004, GEO-002 and DRILL-003, which come with the rules.)
 */
class V1DocumentsTest {
    private static LossAnalysis v2(Topology t) {
        return LossEngine.analyse(t, V2.DEFAULT_MANUAL);
    }

    @Test
    void s5_1AFacilityRefAddsItsGroupAndTheReferencedFilingsGroups() {
        Topology t = V2.parse("drr/v1", """
                sites:
                  - {id: pangyo, facilityRef: example-idc/pangyo-a}
                  - {id: ansan}
                services: []
                components:
                  - {id: app, kind: app, placements: [{site: pangyo, role: active}]}
                """);
        assertEquals(List.of("site:pangyo", "site:ansan", "facility:example-idc/pangyo-a"),
                v2(t).scenarios().stream().map(LossScenario::id).toList(),
                "unresolved, the reference is still a scenario of its own (drr/v1 had only the sites)");
        Site filed = new Site("pangyo-a", null, SiteKind.COLOCATION, null, null, null, null,
                List.of("power:seongnam-east", "site:pangyo-a"), null);
        LossAnalysis a = LossEngine.analyse(t, FacilityResolver.resolve(t, FacilityLookup.of(Map.of(
                "example-idc/pangyo-a", new FiledSite(filed, "example-idc v2")))), V2.DEFAULT_MANUAL);
        assertEquals(List.of("site:pangyo", "site:ansan", "facility:example-idc/pangyo-a", "power:seongnam-east"),
                a.scenarios().stream().map(LossScenario::id).toList());
        assertEquals(a.downComponents(at(a, "site:pangyo")), a.downComponents(at(a, "facility:example-idc/pangyo-a")),
                "with one referring site it loses what site:pangyo loses");
    }

    @Test
    void s5_2TheRequirementsOfAnAutomaticFailoverAreHonoured() {
        Topology t = V2.parse("drr/v1", """
                sites:
                  - {id: a}
                  - {id: b}
                services: []
                components:
                  - {id: dns, kind: dns, placements: [{site: a, role: active}]}
                  - id: app
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: automatic, requires: [dns]}
                """);
        assertTrue(v2(t).isComponentDown(0, "app"), "drr/v1 ignored requires of an automatic failover");
    }

    @Test
    void s5_3AComponentWhoseActivePlacementSurvivesWaitsForItsHardDependencies() {
        Topology t = V2.parse("drr/v1", """
                sites:
                  - {id: a}
                  - {id: b}
                services: []
                components:
                  - id: api
                    kind: app
                    placements: [{site: b, role: active}]
                    dependsOn: [{component: db}]
                  - id: db
                    kind: database
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: manual, minutes: 25}
                """);
        assertEquals(OptionalLong.of(25), v2(t).recoveryMinutes(0, "api"), "drr/v1 said 0: its active placement survives");
    }

    @Test
    void s5_4RpoIsPerScenarioSoAReplicaSharingAGroupWithThePrimaryNoLongerHidesTheLossOfBoth() {
        LossAnalysis a = v2(V2.parse("drr/v1", """
                sites:
                  - {id: a, riskGroups: [campus:c]}
                  - {id: b, riskGroups: [campus:c]}
                services:
                  - {id: svc, tier: 1, rpoMinutes: 5, entrypoints: [db]}
                components:
                  - id: db
                    kind: database
                    placements: [{site: a, role: active}]
                    replication: [{from: a, to: b, mode: async, lagSeconds: 5}]
                """));
        assertEquals(5, a.serviceRpo(at(a, "site:a"), "svc").seconds(),
                "what drr/v1's single figure (copies outside the primary site) said");
        assertEquals(new ServiceRpo(at(a, "campus:c"), LossAnalysis.UNBOUNDED, "db"), a.worstRpo("svc"),
                "campus:c loses primary and replica together");
    }

    @Test
    void s5_6CapacityOnTheActivePathNoLongerAddsAStandby() {
        LossAnalysis a = v2(V2.parse("drr/v1", """
                sites:
                  - {id: a}
                  - {id: b}
                  - {id: c}
                services: []
                components:
                  - id: x
                    kind: app
                    placements: [{site: a, role: active, capacityPct: 50}, {site: b, role: active, capacityPct: 50},
                                 {site: c, role: standby, capacityPct: 50}]
                    failover: {mode: automatic}
                """));
        assertEquals(ComponentPath.ACTIVE, a.path(at(a, "site:a"), "x"));
        assertEquals(OptionalLong.of(50), a.capacity(at(a, "site:a"), "x"), "the surviving active alone, not 50 + 50");
    }
}
