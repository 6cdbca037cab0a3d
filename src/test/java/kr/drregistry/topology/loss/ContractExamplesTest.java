package kr.drregistry.topology.loss;

import static kr.drregistry.topology.loss.V2.analyse;
import static kr.drregistry.topology.loss.V2.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.ChainStep;

/** The three examples of FILING-FORMAT-V2.md §6, completed into documents, with what their comments promise. */
class ContractExamplesTest {

    @Test
    void facebookACommandWithdrawsTheBackboneEverywhereAndOutOfBandAccessRidesOnIt() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: prineville}
                  - {id: lulea}
                services:
                  - {id: facebook, tier: 1, dailyUsers: 2900000000, entrypoints: [web]}
                components:
                  - id: web
                    kind: app
                    placements: [{site: prineville, role: active}, {site: lulea, role: active}]
                    dependsOn: [{component: backbone}]
                  - id: backbone
                    kind: network
                    riskGroups: [config:backbone]      # strikes every placement
                    placements: [{site: prineville, role: active}, {site: lulea, role: active}]
                    recovery: {minutes: 60, requires: [oob-network]}   # OPS-003: oob-network is down too
                  - id: oob-network
                    kind: network
                    placements: [{site: prineville, role: active}, {site: lulea, role: active}]
                    dependsOn: [{component: backbone}]
                """);
        int s = at(a, "config:backbone");
        assertEquals(List.of(), a.scenarios().get(s).sites(), "no site is lost");
        assertEquals(List.of("backbone"), a.scenarios().get(s).struckComponents());
        assertEquals(List.of("web", "backbone", "oob-network"), a.downComponents(s));
        assertEquals(2_900_000_000L, a.usersLost(s));
        assertEquals(LossAnalysis.UNBOUNDED, a.repairMinutes(s, "backbone"), "its recovery needs oob-network, down");
        assertArrayEquals(new int[] {s}, a.repairBlockedScenarios("backbone"), "OPS-003 in config:backbone");
        RepairEstimate estimate = a.repairEstimate(s, "facebook").orElseThrow();
        assertTrue(estimate.unbounded());
        assertEquals("backbone", estimate.limitingComponent());
        List<ChainStep> chain = a.explainService(s, "facebook");
        assertEquals(List.of("service", "entrypoint", "hard-dependency", "struck"),
                chain.stream().map(ChainStep::relation).toList());
        assertEquals("component backbone is struck by config:backbone (it lists config:backbone in riskGroups)",
                chain.get(3).text().en());
        for (String site : List.of("site:prineville", "site:lulea")) {
            assertEquals(List.of(), a.downComponents(at(a, site)), "losing one site loses nothing");
        }
    }

    @Test
    void azureDevOpsCopiesExistButNoFailoverWillBeRun() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: scus}
                  - {id: ncus}
                services:
                  - {id: devops, tier: 1, dailyUsers: 1000, entrypoints: [su-sql, su-blob]}
                components:
                  - id: su-sql
                    kind: database
                    placements: [{site: scus, role: active}, {site: ncus, role: standby}]
                    failover: {mode: manual, minutes: 120, dataLoss: forbidden}  # scus lost: 60-min backup only, no path
                    backups: [{site: ncus, intervalMinutes: 60}]
                  - id: su-blob
                    kind: object-storage
                    placements: [{site: scus, role: active}, {site: ncus, role: standby}]
                    failover: {mode: manual, minutes: 60, decidedBy: provider}   # OPS-004; no path
                    replication: [{from: scus, to: ncus, mode: async, lagSeconds: 900}]
                """);
        int s = at(a, "site:scus");
        assertEquals(3600, a.rpoSeconds(s, "su-sql"), "the 60-min backup only");
        assertEquals(900, a.rpoSeconds(s, "su-blob"));
        assertEquals(ComponentPath.DOWN, a.path(s, "su-sql"), "no path: the failover would lose data");
        assertEquals(ComponentPath.DOWN, a.path(s, "su-blob"), "no path: only the provider decides");
        assertEquals("su-sql", a.pathCheck(s, "su-sql").dataLossComponent());
        assertTrue(a.pathCheck(s, "su-blob").providerDecided());
        assertArrayEquals(new int[] {s}, a.providerFailoverScenarios("su-blob"), "OPS-004");
        assertArrayEquals(new int[0], a.failoverBlockedScenarios("su-blob"), "§7.7: never OPS-001 for it");
        assertEquals(ServiceStatus.DOWN, a.serviceStatus(s, "devops"));
        assertEquals(new ServiceRpo(s, 3600, "su-sql"), a.serviceRpo(s, "devops"));
        List<String> relations = a.explainService(s, "devops").stream().map(ChainStep::relation).toList();
        assertEquals(List.of("service", "entrypoint", "failover-data-loss", "entrypoint", "failover-provider-decided"),
                relations);
        assertEquals("component su-sql: no usable path (active placement in scus lost; failover: it must lose no "
                        + "data (dataLoss: forbidden) but su-sql would lose 3600 s; restore: none declared)",
                a.explainComponent(s, "su-sql").get(0).text().en());
        assertEquals(ServiceStatus.UP, a.serviceStatus(at(a, "site:ncus"), "devops"));
    }

    @Test
    void restorePathRestoredIn2880MinutesAtCapacity50WithAnRpoOf86400SecondsAndDownWhenTheBackupSiteGoesToo() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: daejeon, riskGroups: [region:chungcheong]}
                  - {id: gongju, riskGroups: [region:chungcheong]}
                  - {id: gwangju}
                services:
                  - {id: docs, tier: 1, dailyUsers: 10001, entrypoints: [docs-store]}
                components:
                  - id: docs-store
                    kind: object-storage
                    placements: [{site: daejeon, role: active}]
                    backups: [{site: gongju, intervalMinutes: 1440}]
                    restore: {site: gwangju, minutes: 2880, requires: [restore-tool], capacityPct: 50}
                    # losing daejeon: restored in 2880 min, capacity 50 (degraded), RPO 86400 s; daejeon+gongju: down
                  - {id: restore-tool, kind: deployment, placements: [{site: gwangju, role: active}]}
                """);
        int daejeon = at(a, "site:daejeon");
        assertEquals(ComponentPath.RESTORE, a.path(daejeon, "docs-store"));
        assertEquals(OptionalLong.of(2880), a.recoveryMinutes(daejeon, "docs-store"));
        assertEquals(OptionalLong.of(50), a.capacity(daejeon, "docs-store"));
        assertEquals(ServiceStatus.DEGRADED, a.serviceStatus(daejeon, "docs"));
        assertEquals(OptionalLong.of(50), a.serviceCapacity(daejeon, "docs"));
        assertEquals(5000, a.usersAffected(daejeon), "⌊10001 × 50 / 100⌋");
        assertEquals(86_400, a.rpoSeconds(daejeon, "docs-store"));
        assertEquals(new ServiceRpo(daejeon, 86_400, "docs-store"), a.serviceRpo(daejeon, "docs"));
        assertEquals(OptionalLong.of(2880), a.serviceRecoveryMinutes(daejeon, "docs"));
        int both = at(a, "region:chungcheong");
        assertEquals(List.of("daejeon", "gongju"), a.scenarios().get(both).sites());
        assertEquals(ServiceStatus.DOWN, a.serviceStatus(both, "docs"));
        assertEquals(LossAnalysis.UNBOUNDED, a.rpoSeconds(both, "docs-store"));
        assertEquals(List.of("service", "entrypoint", "no-backup"),
                a.explainService(both, "docs").stream().map(ChainStep::relation).toList());
        assertEquals(new EstimatedRto(2880, daejeon), a.estimatedRto("docs"));
        assertEquals(ServiceStatus.UP, a.serviceStatus(at(a, "site:gwangju"), "docs"),
                "losing gwangju alone changes nothing (the active stands)");
    }
}
