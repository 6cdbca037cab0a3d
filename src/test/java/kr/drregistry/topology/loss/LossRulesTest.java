package kr.drregistry.topology.loss;

import static kr.drregistry.topology.loss.V2.analyse;
import static kr.drregistry.topology.loss.V2.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One example per numbered rule of FILING-FORMAT-V2.md §3. */
class LossRulesTest {
    private static final String TWO_SITES = """
            sites:
              - {id: a, riskGroups: [metro:x]}
              - {id: b, riskGroups: [metro:x, power:b]}
              - {id: c}
            """;

    @Nested
    class Scenarios {
        @Test
        void rule1EverySiteAndEveryGroupStringIsAScenarioAndSiteStringsAreTheSitesScenario() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a, riskGroups: [metro:x, "site:b"]}
                      - {id: b, facilityRef: idc/hall-1}
                    services: []
                    components:
                      - {id: app, kind: app, placements: [{site: a, role: active}], riskGroups: ["site:a", software:k]}
                    """);
            assertEquals(List.of(
                    new LossScenario("site:a", List.of("a"), List.of("app")),
                    new LossScenario("site:b", List.of("a", "b"), List.of()),
                    new LossScenario("metro:x", List.of("a"), List.of()),
                    new LossScenario("facility:idc/hall-1", List.of("b"), List.of()),
                    new LossScenario("software:k", List.of(), List.of("app"))), a.scenarios());
        }

        @Test
        void rule2AScenarioLosesItsSitesAndStrikesTheComponentsListingIt() {
            LossAnalysis a = analyse(TWO_SITES + """
                    services: []
                    components:
                      - {id: x, kind: app, placements: [{site: c, role: active}], riskGroups: [metro:x]}
                      - {id: y, kind: app, placements: [{site: a, role: active}, {site: c, role: active}]}
                    """);
            int metro = at(a, "metro:x");
            assertEquals(List.of("a", "b"), a.scenarios().get(metro).sites());
            assertTrue(a.isStruck(metro, "x"), "x lists metro:x although its site survives");
            assertTrue(a.isComponentDown(metro, "x"));
            assertFalse(a.isComponentDown(metro, "y"), "y keeps its active placement in c");
        }

        @Test
        void rule3OrderIsSitesThenSiteGroupsInF5OrderThenComponentGroups() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: b, riskGroups: [power:z], facilityRef: op/a}
                      - {id: a, riskGroups: [campus:q, power:z]}
                    services: []
                    components:
                      - {id: x, kind: app, placements: [{site: a, role: active}], riskGroups: [software:s, campus:q]}
                    """);
            assertEquals(List.of("site:b", "site:a", "power:z", "facility:op/a", "campus:q", "software:s"),
                    a.scenarios().stream().map(LossScenario::id).toList(),
                    "b's declared group, then what b inherits from a (facility:op/a, then a's campus:q), then components");
        }
    }

    @Nested
    class Data {
        private static final String SITES = """
                sites:
                  - {id: home, riskGroups: [pair:hn]}
                  - {id: near, riskGroups: [pair:hn]}
                  - {id: far}
                  - {id: vault}
                """;

        @Test
        void rule4HoldersAreShortestChainsFromTheHomeSite() {
            LossAnalysis a = analyse(SITES + """
                    services: []
                    components:
                      - id: db
                        kind: database
                        placements: [{site: home, role: active}]
                        replication:
                          - {from: near, to: far, mode: async, lagSeconds: 30}
                          - {from: home, to: near, mode: sync}
                          - {from: home, to: far, mode: async, lagSeconds: 100}
                          - {from: home, to: vault, mode: async}
                    """);
            assertEquals(List.of(new Holder("home", 0), new Holder("near", 0), new Holder("far", 30)),
                    a.holders("db"), "vault is no holder: an async entry without lag copies nothing");
            assertEquals(0, a.rpoSeconds(at(a, "site:home"), "db"), "near holds the data synchronously");
            assertEquals(30, a.rpoSeconds(at(a, "pair:hn"), "db"),
                    "far holds it 0 + 30 s behind over near (entries in any order), better than 100 s directly");
        }

        @Test
        void rule4AnAsyncEntryWithoutLagOrFromASiteWithoutDataCopiesNothing() {
            LossAnalysis a = analyse(SITES + """
                    services: []
                    components:
                      - id: db
                        kind: database
                        placements: [{site: home, role: active}]
                        replication:
                          - {from: home, to: vault, mode: async}
                          - {from: far, to: near, mode: sync}
                    """);
            assertEquals(LossAnalysis.UNBOUNDED, a.rpoSeconds(at(a, "site:home"), "db"),
                    "vault gets nothing without a lag, and far holds nothing to copy to near");
        }

        @Test
        void rule5RpoIsZeroWhileHomeSurvivesAndABackupCountsItsInterval() {
            LossAnalysis a = analyse(SITES + """
                    services: []
                    components:
                      - id: db
                        kind: database
                        placements: [{site: home, role: active}, {site: near, role: standby}]
                        replication: [{from: home, to: near, mode: async, lagSeconds: 5}]
                        backups: [{site: vault, intervalMinutes: 60}]
                        riskGroups: [software:db]
                    """);
            assertEquals(0, a.rpoSeconds(at(a, "site:near"), "db"));
            assertEquals(5, a.rpoSeconds(at(a, "site:home"), "db"));
            assertEquals(0, a.rpoSeconds(at(a, "software:db"), "db"), "a struck component keeps its data");
            assertTrue(a.isComponentDown(at(a, "software:db"), "db"));
        }

        @Test
        void rule5UnboundedWhenNoCopySurvives() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: home, riskGroups: [campus:c]}
                      - {id: next, riskGroups: [campus:c]}
                    services: []
                    components:
                      - id: db
                        kind: database
                        placements: [{site: home, role: active}]
                        backups: [{site: next, intervalMinutes: 10}]
                    """);
            assertEquals(600, a.rpoSeconds(at(a, "site:home"), "db"));
            assertEquals(LossAnalysis.UNBOUNDED, a.rpoSeconds(at(a, "campus:c"), "db"));
        }

        @Test
        void rule6AServicesRpoIsTheLargestOverTheDurableComponentsOfItsHardClosure() {
            LossAnalysis a = analyse(SITES + """
                    services:
                      - {id: web, tier: 1, entrypoints: [api]}
                      - {id: stateless, tier: 2, entrypoints: [front]}
                    components:
                      - id: api
                        kind: app
                        placements: [{site: far, role: active}]
                        dependsOn: [{component: small}, {component: big}, {component: soft-db, mode: soft}]
                      - id: small
                        kind: database
                        placements: [{site: home, role: active}]
                        backups: [{site: vault, intervalMinutes: 1}]
                      - id: big
                        kind: queue
                        placements: [{site: home, role: active}]
                        backups: [{site: vault, intervalMinutes: 2}]
                      - id: soft-db
                        kind: database
                        placements: [{site: home, role: active}]
                      - {id: front, kind: app, placements: [{site: far, role: active}]}
                    """);
            int home = at(a, "site:home");
            assertEquals(new ServiceRpo(home, 120, "big"), a.serviceRpo(home, "web"), "soft dependencies do not count");
            assertEquals(new ServiceRpo(home, 0, null), a.serviceRpo(home, "stateless"));
        }
    }

    @Nested
    class UpAndDown {
        @Test
        void rule7AStruckComponentIsDownAndSoftDependenciesNeverTakeOneDown() {
            LossAnalysis a = analyse(TWO_SITES + """
                    services: []
                    components:
                      - id: app
                        kind: app
                        placements: [{site: c, role: active}]
                        dependsOn: [{component: metrics, mode: soft}, {anyOf: [cache-a, cache-b]}]
                      - {id: metrics, kind: monitoring, placements: [{site: a, role: active}]}
                      - {id: cache-a, kind: cache, placements: [{site: a, role: active}]}
                      - {id: cache-b, kind: cache, placements: [{site: c, role: active}], riskGroups: [software:redis]}
                    """);
            assertFalse(a.isComponentDown(at(a, "site:a"), "app"), "metrics is soft, cache-b is one member");
            assertTrue(a.isComponentDown(at(a, "site:a"), "metrics"));
            assertFalse(a.isComponentDown(at(a, "software:redis"), "app"), "cache-a still serves");
            assertTrue(a.isStruck(at(a, "software:redis"), "cache-b"));
            assertEquals(ComponentPath.DOWN, a.path(at(a, "software:redis"), "cache-b"));
        }

        @Test
        void rule8PathsInOrderActiveFailoverRestore() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a}
                      - {id: b}
                      - {id: c}
                    services: []
                    components:
                      - id: x
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic, minutes: 5}
                        restore: {site: c, minutes: 300}
                    """);
            assertEquals(ComponentPath.ACTIVE, a.path(at(a, "site:b"), "x"));
            assertEquals(ComponentPath.FAILOVER, a.path(at(a, "site:a"), "x"), "failover before restore");
            LossAnalysis both = analyse("""
                    sites:
                      - {id: a, riskGroups: [both]}
                      - {id: b, riskGroups: [both]}
                      - {id: c}
                    services: []
                    components:
                      - id: x
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic, minutes: 5}
                        restore: {site: c, minutes: 300}
                    """);
            assertEquals(ComponentPath.RESTORE, both.path(at(both, "both"), "x"), "with the standby gone: restore");
            assertEquals(ComponentPath.ACTIVE, both.path(at(both, "site:c"), "x"),
                    "losing only the restore site changes nothing");
        }

        @Test
        void rule8bAFailoverCountsWhenAutomaticOrDecidedByTheOperatorWithItsRequirementsUp() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a}
                      - {id: b}
                    services: []
                    components:
                      - {id: tool, kind: deployment, placements: [{site: a, role: active}]}
                      - id: auto-needs-tool
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic, requires: [tool]}
                      - id: operator
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: manual, decidedBy: operator}
                      - id: provider
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: manual, decidedBy: provider}
                      - id: none
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                    """);
            int s = at(a, "site:a");
            assertTrue(a.isComponentDown(s, "auto-needs-tool"), "an automatic failover's requires count too");
            assertEquals(ComponentPath.FAILOVER, a.path(s, "operator"));
            assertTrue(a.isComponentDown(s, "provider"), "only the provider could decide it");
            assertTrue(a.isComponentDown(s, "none"));
        }

        @Test
        void rule8bDataLossForbiddenRunsOnlyWithRpoZeroOverTheHardClosure() {
            String doc = """
                    sites:
                      - {id: a}
                      - {id: b}
                    services: []
                    components:
                      - id: app
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic, dataLoss: forbidden}
                        dependsOn: [{component: db}]
                      - id: db
                        kind: database
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic}
                        replication: [{from: a, to: b, mode: MODE}]
                    """;
            LossAnalysis sync = analyse(doc.replace("MODE", "sync"));
            assertEquals(ComponentPath.FAILOVER, sync.path(at(sync, "site:a"), "app"));
            LossAnalysis async = analyse(doc.replace("MODE", "async, lagSeconds: 1"));
            assertTrue(async.isComponentDown(at(async, "site:a"), "app"), "one second of loss forbids the failover");
            assertEquals("db", async.pathCheck(at(async, "site:a"), "app").dataLossComponent());
            assertEquals(ComponentPath.FAILOVER, async.path(at(async, "site:a"), "db"), "db itself allows data loss");
        }

        @Test
        void rule8cARestoreNeedsItsSiteItsRequirementsAndForDurableDataABackupInASurvivingSite() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a}
                      - {id: b}
                      - {id: c}
                    services: []
                    components:
                      - {id: tool, kind: deployment, placements: [{site: b, role: active}]}
                      - id: db
                        kind: database
                        placements: [{site: a, role: active}]
                        backups: [{site: b}]
                        restore: {site: c, minutes: 60, requires: [tool]}
                      - id: cache
                        kind: cache
                        state: ephemeral
                        placements: [{site: a, role: active}]
                        restore: {site: c, minutes: 5}
                    """);
            assertEquals(ComponentPath.RESTORE, a.path(at(a, "site:a"), "db"), "a backup without interval counts");
            assertEquals(ComponentPath.RESTORE, a.path(at(a, "site:a"), "cache"), "no data, no backup needed");
            assertTrue(a.isComponentDown(at(a, "site:b"), "tool"));
            assertEquals(ComponentPath.ACTIVE, a.path(at(a, "site:b"), "db"));
            assertFalse(a.isComponentDown(at(a, "site:c"), "cache"));
        }

        @Test
        void rule9CyclesAmongSurvivingComponentsStayUpAndRecoveryNeverMakesAComponentUp() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a}
                      - {id: b}
                    services: []
                    components:
                      - {id: x, kind: app, placements: [{site: a, role: active}], dependsOn: [{component: y}]}
                      - {id: y, kind: app, placements: [{site: a, role: active}], dependsOn: [{component: x}]}
                      - id: z
                        kind: app
                        placements: [{site: b, role: active}]
                        riskGroups: [config:z]
                        recovery: {minutes: 1}
                    """);
            assertFalse(a.isComponentDown(at(a, "site:b"), "x"));
            assertFalse(a.isComponentDown(at(a, "site:b"), "y"));
            assertTrue(a.isComponentDown(at(a, "site:a"), "x"));
            assertTrue(a.isComponentDown(at(a, "config:z"), "z"), "a recovery ends the scenario; it is no path");
        }

        @Test
        void rule10DownDegradedUpAndUsersLost() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a}
                      - {id: b}
                    services:
                      - {id: half, tier: 1, dailyUsers: 1000, entrypoints: [pair]}
                      - {id: gone, tier: 2, dailyUsers: 7, entrypoints: [single]}
                    components:
                      - id: pair
                        kind: app
                        placements: [{site: a, role: active, capacityPct: 50}, {site: b, role: active, capacityPct: 50}]
                      - {id: single, kind: app, placements: [{site: a, role: active}]}
                    """);
            int s = at(a, "site:a");
            assertEquals(ServiceStatus.DEGRADED, a.serviceStatus(s, "half"));
            assertEquals(ServiceStatus.DOWN, a.serviceStatus(s, "gone"));
            assertEquals(7, a.usersLost(s));
            assertEquals(List.of("half"), a.degradedServices(s));
            assertEquals(ServiceStatus.UP, a.serviceStatus(at(a, "site:b"), "gone"));
        }
    }

    @Nested
    class Time {
        @Test
        void rules11And12OwnMinutesPlusTheSlowestDependencyAnAnyOfItsFastestUpMember() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a}
                      - {id: b}
                    services:
                      - {id: svc, tier: 1, entrypoints: [api]}
                    components:
                      - id: api
                        kind: app
                        placements: [{site: b, role: active}]
                        dependsOn: [{component: db}, {anyOf: [slow, fast]}]
                      - id: db
                        kind: database
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: manual}
                      - id: slow
                        kind: cache
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic, minutes: 90}
                      - id: fast
                        kind: cache
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic, minutes: 3}
                    """);
            int s = at(a, "site:a");
            assertEquals(OptionalLong.of(60), a.recoveryMinutes(s, "db"), "manual without minutes: the policy default");
            assertEquals(OptionalLong.of(60), a.recoveryMinutes(s, "api"),
                    "api's own 0 (active) plus max(db 60, anyOf fastest 3)");
            assertEquals(OptionalLong.of(60), a.serviceRecoveryMinutes(s, "svc"));
            assertEquals(new EstimatedRto(60, s), a.estimatedRto("svc"));
        }

        @Test
        void rule12CyclesTakeTheirLargestOwnMinutesPlusTheSlowestOutsideDependency() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a}
                      - {id: b}
                    services:
                      - {id: svc, tier: 1, entrypoints: [x]}
                    components:
                      - id: x
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic, minutes: 10}
                        dependsOn: [{component: y}]
                      - id: y
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic, minutes: 20}
                        dependsOn: [{component: x}, {component: z}]
                      - id: z
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic, minutes: 7}
                    """);
            int s = at(a, "site:a");
            assertEquals(OptionalLong.of(27), a.recoveryMinutes(s, "x"), "max(10, 20) + z's 7");
            assertEquals(OptionalLong.of(27), a.recoveryMinutes(s, "y"));
            assertEquals(OptionalLong.of(7), a.recoveryMinutes(s, "z"));
        }

        @Test
        void rule12EstimatedRtoIsTheLargestOverScenariosNotDownFirstOnTies() {
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
                        placements: [{site: a, role: active}, {site: b, role: standby}, {site: c, role: active}]
                        failover: {mode: automatic, minutes: 9}
                    """);
            assertEquals(new EstimatedRto(0, 0), a.estimatedRto("svc"), "c or a survives everywhere: 0, first scenario");
        }

        @Test
        void rule13RepairOfAStruckComponentAndTheRepairEstimateOfADownService() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a}
                      - {id: b, riskGroups: [software:dns]}
                    services:
                      - {id: svc, tier: 1, dailyUsers: 10, entrypoints: [api]}
                    components:
                      - id: api
                        kind: app
                        placements: [{site: a, role: active}, {site: b, role: standby}]
                        failover: {mode: automatic, minutes: 15}
                        dependsOn: [{component: dns}]
                      - id: dns
                        kind: dns
                        placements: [{site: a, role: active}, {site: b, role: active}]
                        riskGroups: [software:dns]
                        recovery: {minutes: 45, requires: [tool]}
                      - {id: tool, kind: deployment, placements: [{site: a, role: active}]}
                    """);
            int s = at(a, "software:dns");
            assertEquals(List.of("b"), a.scenarios().get(s).sites(), "the string is a site group too (§7.12)");
            assertEquals(45, a.repairMinutes(s, "dns"), "dns keeps its placement in a, tool is up");
            assertEquals(ServiceStatus.DOWN, a.serviceStatus(s, "svc"));
            assertEquals(new RepairEstimate(45, false, "dns", 45, 0), a.repairEstimate(s, "svc").orElseThrow(),
                    "45 min of repair plus the recovery without the strike (api active in a, dns active in a: 0)");
            assertTrue(a.repairEstimate(at(a, "site:b"), "svc").isEmpty(), "not down there");
        }

        @Test
        void rule13UnboundedWhenDownWithoutTheStrikesOrWhenTheRepairCannotRun() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a, riskGroups: [software:x]}
                    services:
                      - {id: svc, tier: 1, entrypoints: [x]}
                      - {id: other, tier: 1, entrypoints: [y]}
                    components:
                      - id: x
                        kind: app
                        placements: [{site: a, role: active}]
                        riskGroups: [software:x]
                        recovery: {minutes: 5}
                      - id: y
                        kind: app
                        placements: [{site: a, role: active}]
                        riskGroups: [config:y]
                        recovery: {minutes: 5, requires: [y]}
                    """);
            RepairEstimate withSite = a.repairEstimate(at(a, "software:x"), "svc").orElseThrow();
            assertTrue(withSite.downWithoutStrikes(), "software:x also loses site a: down in S0 as well");
            assertTrue(withSite.unbounded());
            RepairEstimate selfNeeding = a.repairEstimate(at(a, "config:y"), "other").orElseThrow();
            assertEquals(LossAnalysis.UNBOUNDED, selfNeeding.repairMinutes(), "its recovery needs itself");
            assertTrue(selfNeeding.unbounded());
        }
    }

    @Nested
    class Capacity {
        @Test
        void rule14CapacityOfEachPathAndTheLargestEffectiveCapacity() {
            LossAnalysis a = analyse("""
                    sites:
                      - {id: a}
                      - {id: b}
                      - {id: c}
                    services:
                      - {id: svc, tier: 1, dailyUsers: 999, entrypoints: [front]}
                    components:
                      - id: front
                        kind: app
                        placements: [{site: a, role: active, capacityPct: 70}, {site: b, role: active, capacityPct: 70}]
                        dependsOn: [{component: ring-1}]
                      - id: ring-1
                        kind: app
                        placements: [{site: a, role: active, capacityPct: 80}, {site: c, role: standby}]
                        failover: {mode: automatic}
                        dependsOn: [{component: ring-2}]
                      - id: ring-2
                        kind: app
                        placements: [{site: a, role: active}, {site: c, role: standby, capacityPct: 90}]
                        failover: {mode: automatic}
                        dependsOn: [{component: ring-1}]
                    """);
            int b = at(a, "site:b");
            assertEquals(OptionalLong.of(70), a.capacity(b, "front"));
            assertEquals(OptionalLong.of(70), a.effectiveCapacity(b, "front"));
            assertEquals(OptionalLong.of(70), a.serviceCapacity(b, "svc"));
            assertEquals(299, a.usersAffected(b), "⌊999 × 30 / 100⌋");
            int s = at(a, "site:a");
            assertEquals(OptionalLong.of(100), a.capacity(s, "ring-1"), "standby in c, absent counts as 100");
            assertEquals(OptionalLong.of(90), a.effectiveCapacity(s, "ring-1"),
                    "the cycle's largest solution is 90, not the 0 of a least solution");
            assertEquals(OptionalLong.of(70), a.serviceCapacity(s, "svc"));
            assertEquals(OptionalLong.of(140), a.capacity(at(a, "site:c"), "front"));
            assertEquals(ServiceStatus.DEGRADED, a.serviceStatus(at(a, "site:c"), "svc"),
                    "ring-1 alone at 80 (sums above 100 are capped only at the service)");
            assertEquals(OptionalLong.of(80), a.serviceCapacity(at(a, "site:c"), "svc"));
        }
    }
}
