package kr.drregistry.topology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Severity;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.topology.validation.RootCauses.Kind;
import kr.drregistry.topology.validation.RootCauses.RootCause;
import kr.drregistry.topology.validation.rules.AllRules;

class RootCausesTest {
    static ValidationReport report(String example) throws Exception {
        return AllRules.validator().validate(new DrrParser().parseYaml(Files.readAllBytes(Path.of("examples", example))),
                Policies.defaultPolicy());
    }

    static RootCause find(List<RootCause> causes, String id) {
        return causes.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void theKakaoTrapIsTheOperationsToolsInPangyo() throws Exception {
        ValidationReport r = report("kakao-like-2022.yaml");
        List<RootCause> causes = RootCauses.of(r.findings());

        RootCause deploy = find(causes, "component:deploy-tool");
        assertEquals(Kind.SINGLE_SITE, deploy.kind());
        assertEquals(List.of("pangyo"), deploy.sites());
        assertEquals(List.of("talk", "login"), deploy.services(), "most users first");
        assertEquals(47_000_000L + 40_000_000L, deploy.usersLost(), "each service once, however many scenarios");
        assertEquals(47_000_000L, deploy.usersLostLargestService(), "at least talk's users: the largest service it stops");
        assertTrue(deploy.rules().containsAll(List.of("OPS-001", "SPOF-002")), deploy.rules().toString());
        assertTrue(deploy.scenarios().contains("site:pangyo"));
        assertEquals("구성요소 deploy-tool: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음", deploy.text().ko());
        assertEquals("component deploy-tool: no usable placement once site pangyo is lost", deploy.text().en());

        ScenarioSummary pangyo = r.scenarios().stream().filter(x -> x.id().equals("site:pangyo")).findFirst().orElseThrow();
        assertTrue(pangyo.usersLost() > pangyo.usersLostLargestService(), "a sum over services is above its largest service");
        assertEquals(47_000_000L, pangyo.usersLostLargestService(), "talk is the largest service pangyo stops");

        RootCause metro = causes.get(0);
        assertEquals("risk-group:metro:capital", metro.id(), "the most users lost leads");
        assertEquals(Kind.RISK_GROUP, metro.kind());
        assertEquals(List.of("pangyo", "ansan"), metro.sites());
        assertEquals(Set.of("talk", "login", "pay"), Set.copyOf(metro.services()));

        RootCause media = find(causes, "component:media-store");
        assertEquals(Kind.SINGLE_SITE, media.kind(), "its own findings (DATA-001) join its single-site group");
        assertEquals(List.of("DATA-001", "SPOF-001"), media.rules());
    }

    @Test
    void everyFindingIsInAGroupAndTheGroupsPointAtThem() throws Exception {
        for (String example : List.of("kakao-like-2022.yaml", "kakao-like-2022-v2.yaml", "healthy-multisite.yaml")) {
            ValidationReport r = report(example);
            List<RootCause> causes = RootCauses.of(r.findings());
            Set<Integer> covered = new HashSet<>();
            for (RootCause c : causes) {
                covered.addAll(c.findings());
                assertEquals(c.findingCount(), c.severities().values().stream().mapToInt(Integer::intValue).sum());
                for (int i : c.findings()) {
                    assertTrue(c.rules().contains(r.findings().get(i).rule()));
                }
            }
            assertEquals(r.findings().size(), covered.size(), example);
            for (int i = 1; i < causes.size(); i++) {
                assertTrue(RootCauses.RANKING.compare(causes.get(i - 1), causes.get(i)) < 0, example + " ranked");
            }
        }
    }

    private static ChainStep step(int depth, String kind, String id, String relation, String... sites) {
        return new ChainStep(depth, kind, id, relation, List.of(sites), LocalizedText.of(id, id));
    }

    private static Finding down(String service, String scenario, long users, ChainStep... chain) {
        return new Finding("SPOF-002", Severity.CRITICAL, Subject.service(service), scenario, LocalizedText.of("", ""),
                List.of(chain), null, null, users);
    }

    @Test
    void aBlockedFailoverAndAStrikingRiskGroupAreRootsOfTheirOwn() {
        Finding blocked = down("pay", "site:a", 10, step(0, "service", "pay", "service"),
                step(1, "component", "pay-api", "entrypoint"),
                step(2, "component", "pay-api", "failover-provider-decided", "a"));
        Finding struck = down("pay", "sw:openssl", 10, step(0, "service", "pay", "service"),
                step(1, "component", "pay-api", "entrypoint"), step(2, "component", "pay-api", "struck"));
        List<RootCause> causes = RootCauses.of(List.of(blocked, struck));
        assertEquals(Kind.FAILOVER_BLOCKED, find(causes, "failover:pay-api").kind());
        RootCause group = find(causes, "risk-group:sw:openssl");
        assertEquals(Kind.RISK_GROUP, group.kind());
        assertEquals("위험 그룹 sw:openssl: 구성요소를 직접 멈춤", group.text().ko());
    }

    @Test
    void aFindingWithTwoRootsIsInBothAndAServiceCountsOnce() {
        Finding both = down("talk", "site:a", 100, step(0, "service", "talk", "service"),
                step(1, "component", "api", "entrypoint"),
                step(2, "component", "db", "hard-dependency"), step(3, "component", "db", "no-usable-placement", "a"),
                step(2, "component", "mq", "hard-dependency"), step(3, "component", "mq", "no-usable-placement", "a"));
        Finding again = down("talk", "power:x", 100, step(0, "service", "talk", "service"),
                step(1, "component", "db", "no-usable-placement", "a"));
        Finding other = down("mail", "site:a", 5, step(0, "service", "mail", "service"),
                step(1, "component", "mq", "no-usable-placement", "a"));
        List<RootCause> causes = RootCauses.of(List.of(both, again, other));
        assertEquals(List.of("component:mq", "component:db"), causes.stream().map(RootCause::id).toList(),
                "mq takes talk and mail (105 users), db only talk (100)");
        assertEquals(List.of(0, 1), find(causes, "component:db").findings());
        assertEquals(100, find(causes, "component:db").usersLost(), "talk counted once over two scenarios");
        assertEquals(List.of("site:a", "power:x"), find(causes, "component:db").scenarios());
        assertEquals(List.of("talk", "mail"), find(causes, "component:mq").services());
    }

    @Test
    void aBranchThatSaysSeeAboveIsNotARoot() {
        Finding f = down("talk", "site:a", 1, step(0, "service", "talk", "service"),
                step(1, "component", "db", "hard-dependency"), step(2, "component", "db", "no-usable-placement", "a"),
                step(1, "component", "db", "hard-dependency"));
        assertEquals(List.of("component:db"), RootCauses.of(List.of(f)).stream().map(RootCause::id).toList());
    }
}
