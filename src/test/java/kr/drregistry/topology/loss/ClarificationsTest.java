package kr.drregistry.topology.loss;

import static kr.drregistry.topology.loss.V2.analyse;
import static kr.drregistry.topology.loss.V2.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FacilityReference;
import kr.drregistry.topology.facility.FacilityResolver;
import kr.drregistry.topology.facility.FiledSite;
import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;

/**
 * The clarifications of FILING-FORMAT-V2.md §7 that concern the loss semantics (7.1, 7.2 and the finding parts
 * of 7.6, 7.9 and 7.13 are the rules' and come with them).
 */
class ClarificationsTest {

    @Test
    void s7_3EveryAnyOfMemberCountsForRpoAndForDataLossForbidden() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                services:
                  - {id: svc, tier: 1, entrypoints: [app]}
                components:
                  - id: app
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: automatic, dataLoss: forbidden}
                    dependsOn: [{anyOf: [store-a, store-b]}]
                  - {id: store-a, kind: database, placements: [{site: a, role: active}]}
                  - {id: store-b, kind: database, placements: [{site: b, role: active}]}
                """);
        int s = at(a, "site:a");
        assertEquals(LossAnalysis.UNBOUNDED, a.serviceRpo(s, "svc").seconds(), "store-a's data only it held is lost");
        assertEquals("store-a", a.serviceRpo(s, "svc").limitingComponent());
        assertTrue(a.isComponentDown(s, "app"), "the forbidden failover counts store-a although store-b is up");
    }

    @Test
    void s7_4ABackupWithoutIntervalCountsForTheRestoreButNeverLowersAnRpo() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                services: []
                components:
                  - id: db
                    kind: database
                    placements: [{site: a, role: active}]
                    backups: [{site: b}]
                    restore: {site: b, minutes: 30}
                """);
        int s = at(a, "site:a");
        assertEquals(ComponentPath.RESTORE, a.path(s, "db"));
        assertEquals(LossAnalysis.UNBOUNDED, a.rpoSeconds(s, "db"));
    }

    @Test
    void s7_5HoldersAreShortestPathsOverAllEntriesInAnyOrderCyclesIncluded() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a, riskGroups: [ab]}
                  - {id: b, riskGroups: [ab]}
                  - {id: c}
                services: []
                components:
                  - id: db
                    kind: database
                    placements: [{site: a, role: active}]
                    replication:
                      - {from: c, to: b, mode: sync}
                      - {from: b, to: c, mode: async, lagSeconds: 40}
                      - {from: a, to: b, mode: async, lagSeconds: 2}
                      - {from: b, to: a, mode: sync}
                """);
        assertEquals(2, a.rpoSeconds(at(a, "site:a"), "db"));
        assertEquals(42, a.rpoSeconds(at(a, "ab"), "db"), "2 + 40 over b, though listed after c's entry");
    }

    @Test
    void s7_6RpoAppliesWhereTheServiceIsDownAndIsZeroWithoutDurableComponents() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                services:
                  - {id: svc, tier: 1, entrypoints: [db]}
                  - {id: cache-only, tier: 1, entrypoints: [cache]}
                components:
                  - id: db
                    kind: database
                    placements: [{site: a, role: active}]
                    backups: [{site: b, intervalMinutes: 5}]
                  - {id: cache, kind: cache, state: ephemeral, placements: [{site: a, role: active}]}
                """);
        int s = at(a, "site:a");
        assertEquals(ServiceStatus.DOWN, a.serviceStatus(s, "svc"));
        assertEquals(new ServiceRpo(s, 300, "db"), a.serviceRpo(s, "svc"));
        assertEquals(new ServiceRpo(s, 0, null), a.serviceRpo(s, "cache-only"), "an ephemeral cache holds no data");
        assertEquals(new ServiceRpo(s, 300, "db"), a.worstRpo("svc"));
    }

    @Test
    void s7_7FailoverAndRestoreBlockedScenariosDoNotOverlapWithProviderDecidedOnes() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                  - {id: c}
                services: []
                components:
                  - {id: console, kind: admin-console, placements: [{site: a, role: active}]}
                  - id: operator
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: manual, requires: [console]}
                    restore: {site: c, minutes: 10, requires: [console]}
                  - id: provider
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: manual, decidedBy: provider, requires: [console]}
                  - id: restore-only
                    kind: app
                    placements: [{site: a, role: active}]
                    restore: {site: c, minutes: 10, requires: [console]}
                """);
        int s = at(a, "site:a");
        assertArrayEquals(new int[] {s}, a.failoverBlockedScenarios("operator"));
        assertArrayEquals(new int[] {s}, a.restoreBlockedScenarios("operator"), "one finding names both (rule)");
        assertArrayEquals(new int[0], a.failoverBlockedScenarios("provider"), "judged by OPS-004 only");
        assertArrayEquals(new int[] {s}, a.providerFailoverScenarios("provider"));
        assertArrayEquals(new int[] {s}, a.restoreBlockedScenarios("restore-only"));
        PathCheck check = a.pathCheck(s, "operator");
        assertEquals(List.of("console"), check.failoverRequiresDown());
        assertEquals(List.of("console"), check.restoreRequiresDown());
        assertFalse(check.failoverUsable());
    }

    @Test
    void s7_8ARecoveryCycleCountsAnAnyOfWithAnUpMemberInsideAsZero() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                services: []
                components:
                  - id: x
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: automatic, minutes: 5}
                    dependsOn: [{anyOf: [y, slow]}]
                  - id: y
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: automatic, minutes: 8}
                    dependsOn: [{component: x}]
                  - id: slow
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: automatic, minutes: 500}
                """);
        int s = at(a, "site:a");
        assertEquals(OptionalLong.of(8), a.recoveryMinutes(s, "x"), "the cycle {x, y}: max own 8, the anyOf counts 0");
        assertEquals(OptionalLong.of(8), a.recoveryMinutes(s, "y"));
    }

    @Test
    void s7_9CapacityIsThatOfThePathTakenAndSumsAbove100AreCappedAtTheService() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                  - {id: c}
                services:
                  - {id: svc, tier: 1, entrypoints: [x]}
                components:
                  - id: x
                    kind: app
                    placements: [{site: a, role: active, capacityPct: 80}, {site: b, role: active, capacityPct: 70},
                                 {site: c, role: standby, capacityPct: 100}]
                    failover: {mode: automatic}
                """);
        assertEquals(OptionalLong.of(70), a.capacity(at(a, "site:a"), "x"), "the active in b, not the standby (§5.6)");
        assertEquals(OptionalLong.of(150), a.capacity(at(a, "site:c"), "x"));
        assertEquals(OptionalLong.of(100), a.serviceCapacity(at(a, "site:c"), "svc"));
        assertEquals(ServiceStatus.DEGRADED, a.serviceStatus(at(a, "site:a"), "svc"));
    }

    @Test
    void s7_10ReferencesToTheFilersOwnSitesResolveInTheDocumentOthersByTheLookup() {
        Topology t = V2.parse("""
                sites:
                  - {id: hall-1, facilityRef: op/building}
                  - {id: building, riskGroups: [power:feed-1, "site:hall-1"], location: {lat: 36.35, lon: 127.38}}
                  - {id: zone, facilityRef: cloud/az-1}
                  - {id: lost, facilityRef: nobody/x}
                services: []
                components:
                  - {id: app, kind: app, placements: [{site: hall-1, role: active}]}
                """);
        Site az = new Site("az-1", null, SiteKind.CLOUD_ZONE, null, null, null, null, List.of("region:r1"), null);
        ResolvedFacilities f = FacilityResolver.resolve(t, FacilityLookup.of(Map.of("cloud/az-1",
                new FiledSite(az, "cloud v7"))));
        assertEquals(List.of("facility:op/building", "power:feed-1"), f.groups(0), "site: strings are not inherited");
        assertEquals(t.sites().get(1).location(), f.sites().get(0).location(), "F3");
        assertEquals(List.of("facility:cloud/az-1", "region:r1"), f.groups(2));
        assertEquals(List.of("facility:nobody/x"), f.groups(3), "F4");
        assertEquals(List.of(
                new FacilityReference("op/building", FacilityReference.Resolution.SAME_DOCUMENT, null),
                new FacilityReference("cloud/az-1", FacilityReference.Resolution.RESOLVED, "cloud v7"),
                new FacilityReference("nobody/x", FacilityReference.Resolution.UNRESOLVED, null)), f.references());
        LossAnalysis a = LossEngine.analyse(t, f, V2.DEFAULT_MANUAL);
        assertEquals(List.of("hall-1", "building"), a.scenarios().get(at(a, "power:feed-1")).sites(),
                "the hall shares the building's power feed (the building declares it, the hall inherits it)");
        assertEquals(List.of("hall-1"), a.scenarios().get(at(a, "facility:op/building")).sites(),
                "the reference's own group is the referring site's");
        assertTrue(a.isComponentDown(at(a, "power:feed-1"), "app"));
    }

    @Test
    void s7_11AsyncWithoutLagCopiesNothingAndLagsAddUpAlongChainsInDrrV1Too() {
        LossAnalysis a = LossEngine.analyse(V2.parse("drr/v1", """
                sites:
                  - {id: a, riskGroups: [ab]}
                  - {id: b, riskGroups: [ab]}
                  - {id: c}
                services: []
                components:
                  - id: db
                    kind: database
                    placements: [{site: a, role: active}]
                    replication:
                      - {from: a, to: b, mode: async, lagSeconds: 10}
                      - {from: b, to: c, mode: async, lagSeconds: 20}
                      - {from: a, to: c, mode: async}
                """), V2.DEFAULT_MANUAL);
        assertEquals(10, a.rpoSeconds(at(a, "site:a"), "db"));
        assertEquals(30, a.rpoSeconds(at(a, "ab"), "db"), "10 + 20 over b; the direct entry without lag copies nothing");
    }

    @Test
    void s7_12AComponentGroupEqualToASiteGroupIsTheSameScenario() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a, riskGroups: [power:p]}
                  - {id: b}
                services: []
                components:
                  - {id: x, kind: app, placements: [{site: b, role: active}], riskGroups: [power:p, "site:b"]}
                """);
        assertEquals(List.of("site:a", "site:b", "power:p"), a.scenarios().stream().map(LossScenario::id).toList());
        assertEquals(new LossScenario("power:p", List.of("a"), List.of("x")), a.scenarios().get(2));
        assertEquals(new LossScenario("site:b", List.of("b"), List.of("x")), a.scenarios().get(1));
    }

    @Test
    void s7_13AFailoverThatNeedsWhatNeedsItStillCountsAsUpAtTheLeastFixedPoint() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                services: []
                components:
                  - id: db
                    kind: database
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: manual, requires: [console]}
                  - id: console
                    kind: admin-console
                    placements: [{site: b, role: active}]
                    dependsOn: [{component: db}]
                """);
        assertEquals(ComponentPath.FAILOVER, a.path(at(a, "site:a"), "db"),
                "the cycle db → console → db stays up (OPS-005 is the finding that says it may never come up)");
        assertFalse(a.isComponentDown(at(a, "site:a"), "console"));
    }

    @Test
    void s7_14AServiceDownInEveryScenarioHasAnUnboundedRtoNamingTheFirstScenario() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                services:
                  - {id: svc, tier: 1, entrypoints: [x]}
                components:
                  - {id: x, kind: app, placements: [{site: a, role: active}], dependsOn: [{component: y}]}
                  - {id: y, kind: app, placements: [{site: b, role: active}]}
                """);
        assertEquals(new EstimatedRto(LossAnalysis.UNBOUNDED, 0), a.estimatedRto("svc"));
        assertTrue(a.estimatedRto("svc").unbounded());
    }
}
