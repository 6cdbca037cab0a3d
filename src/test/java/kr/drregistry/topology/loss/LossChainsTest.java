package kr.drregistry.topology.loss;

import static kr.drregistry.topology.loss.V2.analyse;
import static kr.drregistry.topology.loss.V2.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.ChainStep;

/** The explanation chains of the drr/v2 analysis: relations, both languages, well-founded causes. */
class LossChainsTest {
    private static List<String> relations(List<ChainStep> chain) {
        return chain.stream().map(s -> "  ".repeat(s.depth()) + s.relation() + " " + s.id()).toList();
    }

    @Test
    void aBlockedFailoverAndABlockedRestoreNameTheRequirementsAndWhyTheyAreDown() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                  - {id: c}
                services:
                  - {id: talk, tier: 1, entrypoints: [api]}
                components:
                  - id: api
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: manual, requires: [deploy]}
                    restore: {site: c, minutes: 60, requires: [console]}
                  - {id: deploy, kind: deployment, placements: [{site: a, role: active}]}
                  - {id: console, kind: admin-console, placements: [{site: c, role: active}], dependsOn: [{component: deploy}]}
                """);
        List<ChainStep> chain = a.explainService(at(a, "site:a"), "talk");
        assertEquals(List.of("service talk", "  entrypoint api", "    failover-blocked api",
                "      failover-requires deploy", "        no-usable-placement deploy", "      restore-requires console",
                "        hard-dependency deploy"), relations(chain));
        assertEquals("서비스 talk 중단 (시나리오 site:a)", chain.get(0).text().ko());
        assertEquals("구성요소 api: 사용할 수 있는 경로 없음 (활성 배치 a 손실; 페일오버: deploy 필요(중단됨); 복원: console 필요(중단됨))",
                chain.get(2).text().ko());
        assertEquals("component api: no usable path (active placement in a lost; failover: needs deploy, which is down; "
                + "restore: needs console, which is down)", chain.get(2).text().en());
        assertEquals(List.of("a"), chain.get(2).sites());
        assertEquals("hard dependency deploy is down (see above)", chain.get(6).text().en());
        assertEquals("하드 의존 deploy 중단 (위 참조)", chain.get(6).text().ko());
        // links' texts are made once and shared: the same link in a chain where it is not seen above reads plainly
        List<ChainStep> console = a.explainComponent(at(a, "site:a"), "console");
        assertEquals(List.of("hard-dependency deploy", "  no-usable-placement deploy"), relations(console));
        assertEquals("hard dependency deploy is down", console.get(0).text().en());
        assertEquals("하드 의존 deploy 중단", console.get(0).text().ko());
        assertEquals(chain.get(6).text(), a.explainService(at(a, "site:a"), "talk").get(6).text(), "asked again, the same");
    }

    @Test
    void theRootCauseNamesThePathThatCameClosest() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a, riskGroups: [ac]}
                  - {id: b}
                  - {id: c, riskGroups: [ac]}
                services: []
                components:
                  - id: lost-restore
                    kind: app
                    placements: [{site: a, role: active}]
                    restore: {site: c, minutes: 60}
                  - id: idle
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                """);
        int ac = at(a, "ac");
        assertEquals(List.of("restore-site-lost lost-restore"), relations(a.explainComponent(ac, "lost-restore")));
        assertEquals("component lost-restore: no usable path (active placement in a lost; failover: no standby placement; "
                + "restore: restore site c lost)", a.explainComponent(ac, "lost-restore").get(0).text().en());
        assertEquals(List.of("no-usable-placement idle"), relations(a.explainComponent(ac, "idle")));
        assertEquals("구성요소 idle: 사용할 수 있는 경로 없음 (활성 배치 a 손실; 페일오버: 대기 배치 b가 남았으나 페일오버 없음(mode none); "
                + "복원: 복원 없음)", a.explainComponent(ac, "idle").get(0).text().ko());
    }

    @Test
    void insideADependencyCycleOnlyWhatWentDownEarlierExplains() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                services: []
                components:
                  - {id: x, kind: app, placements: [{site: a, role: active}], dependsOn: [{component: y}]}
                  - {id: y, kind: app, placements: [{site: b, role: active}], dependsOn: [{component: x}]}
                """);
        int s = at(a, "site:a");
        assertEquals(List.of("no-usable-placement x"), relations(a.explainComponent(s, "x")),
                "x fell first: its own placement, not y");
        assertEquals(List.of("hard-dependency x", "  no-usable-placement x"), relations(a.explainComponent(s, "y")));
    }

    @Test
    void theRecoveryChainFollowsTheSlowestDependencyAndNamesCycles() {
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                services:
                  - {id: svc, tier: 1, entrypoints: [front]}
                components:
                  - id: front
                    kind: app
                    placements: [{site: b, role: active}]
                    dependsOn: [{component: x}]
                  - id: x
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: automatic, minutes: 10}
                    dependsOn: [{component: y}]
                  - id: y
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    failover: {mode: manual, minutes: 20}
                    dependsOn: [{component: x}, {component: db}]
                  - id: db
                    kind: database
                    placements: [{site: a, role: active}]
                    restore: {site: b, minutes: 100}
                    backups: [{site: b, intervalMinutes: 60}]
                """);
        List<ChainStep> chain = a.explainServiceRecovery(at(a, "site:a"), "svc");
        assertEquals(List.of(
                "service svc: estimated recovery 120 min in scenario site:a",
                "component front: active placement in b survives, 0 min + dependencies 120 min = 120 min",
                "component x: recovers together with its dependency cycle (x, y); slowest y 20 min + dependencies "
                        + "100 min = 120 min",
                "component db: restore 100 min + dependencies 0 min = 100 min"),
                chain.stream().map(s -> s.text().en()).toList());
        assertEquals(List.of("service", "entrypoint", "hard-dependency", "hard-dependency"),
                chain.stream().map(ChainStep::relation).toList());
        assertEquals("서비스 svc: 예상 복구 120분 (시나리오 site:a)", chain.get(0).text().ko());
        assertTrue(a.explainServiceRecovery(at(a, "site:b"), "svc").isEmpty(), "down there: no recovery chain");
    }
}
