package kr.drregistry.topology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.SimFixture;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.Severity;
import kr.drregistry.topology.validation.ValidationContext;

/** Positive and negative cases of SPOF-002, OPS-001 and RTO-001. */
class SimulationRulesTest {
    private static List<Finding> run(Rule rule, Topology topology) {
        return run(rule, topology, SimFixture.policy());
    }

    /** As the validator runs the rule: not at all when {@code policy} disables it. */
    private static List<Finding> run(Rule rule, Topology topology, Policy policy) {
        return kr.drregistry.topology.validation.RuleFixture.run(rule, new ValidationContext(topology, policy));
    }

    /** The Kakao trap: the deploy tool needed to fail over lives in the lost site. */
    private static SimFixture kakao() {
        return new SimFixture().site("pangyo", "campus:pangyo").site("ansan")
                .comp("deploy-tool").active("pangyo")
                .comp("session-store").active("pangyo").standby("ansan").manual(30, "deploy-tool")
                .comp("talk-api").active("pangyo", "ansan").hard("session-store")
                .service("talk", 1, 47_000_000, 60, "talk-api")
                .service("gift", 2, 1_000, null, "talk-api");
    }

    @Test
    void spof002ReportsEveryScenarioInWhichATierOneServiceFalls() {
        List<Finding> findings = run(new Spof002(), kakao().build());
        assertEquals(List.of("site:pangyo", "campus:pangyo"), findings.stream().map(Finding::scenario).toList());
        Finding f = findings.get(0);
        assertEquals("SPOF-002", f.rule());
        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals("service", f.subject().kind());
        assertEquals("talk", f.subject().id());
        assertEquals(47_000_000L, f.usersLost());
        // drr/v1's sentence, then the repair estimate drr/v2 adds (FILING-FORMAT-V2 §4: nothing restores talk-api in place)
        assertTrue(f.message().ko().startsWith("1등급 서비스 talk가 site:pangyo 손실 시 중단됩니다 (이용자 47,000,000명); 복구 예상"),
                f.message().ko());
        assertTrue(f.message().en().contains("47,000,000 users"));
        assertEquals(List.of("service", "entrypoint", "hard-dependency", "failover-blocked", "failover-requires",
                "no-usable-placement"), f.chain().stream().map(ChainStep::relation).toList());
        assertEquals("SPOF-002 basis", f.basis().en());
        assertTrue(!f.remedy().ko().isBlank() && !f.remedy().en().isBlank());
    }

    @Test
    void spof002IsSilentWhenTierOneServicesSurviveAndWhenDisabled() {
        Topology resilient = new SimFixture().site("pangyo").site("ansan")
                .comp("api").active("pangyo", "ansan")
                .comp("single").active("ansan")
                .service("talk", 1, 10, null, "api")
                .service("minor", 2, 10, null, "single")
                .build();
        assertEquals(List.of(), run(new Spof002(), resilient));
        assertEquals(List.of(), run(new Spof002(), kakao().build(), SimFixture.policy(List.of("SPOF-002"))));
    }

    @Test
    void ops001FindsTheKakaoTrap() {
        List<Finding> findings = run(new Ops001(), kakao().build());
        assertEquals(2, findings.size());
        Finding f = findings.get(0);
        assertEquals("OPS-001", f.rule());
        assertEquals("site:pangyo", f.scenario());
        assertEquals("component", f.subject().kind());
        assertEquals("session-store", f.subject().id());
        assertTrue(f.message().en().contains("deploy-tool"), f.message().en());
        assertEquals(List.of("failover", "no-usable-placement"), f.chain().stream().map(ChainStep::relation).toList());
        assertEquals(List.of("session-store", "deploy-tool"), f.chain().stream().map(ChainStep::id).toList());
    }

    @Test
    void ops001IsSilentWhenTheFailoverToolsSurviveOrFailoverIsAutomatic() {
        Topology safe = new SimFixture().site("pangyo").site("ansan")
                .comp("deploy-tool").active("pangyo", "ansan")
                .comp("db").active("pangyo").standby("ansan").manual(30, "deploy-tool")
                .comp("cache").active("pangyo").standby("ansan").automatic(1)
                .build();
        assertEquals(List.of(), run(new Ops001(), safe));
        assertEquals(List.of(), run(new Ops001(), kakao().build(), SimFixture.policy(List.of("OPS-001"))));
    }

    private static SimFixture slow(int rto) {
        return new SimFixture().site("pangyo").site("ansan")
                .comp("db").active("pangyo").standby("ansan").automatic(45)
                .comp("api").active("pangyo").standby("ansan").manual(null).hard("db")
                .comp("lost").active("ansan")
                .service("talk", 1, 10, rto, "api")
                .service("fallen", 1, 10, 1, "lost");
    }

    @Test
    void rto001ReportsTheWorstSurvivingScenarioWithTheFailoverSteps() {
        List<Finding> findings = run(new Rto001(), slow(60).build());
        assertEquals(1, findings.size(), "a service that only falls is SPOF-002's, not RTO-001's");
        Finding f = findings.get(0);
        assertEquals("RTO-001", f.rule());
        assertEquals(Severity.HIGH, f.severity());
        assertEquals("talk", f.subject().id());
        assertEquals("site:pangyo", f.scenario());
        assertTrue(f.message().en().contains("longer to recover than its RTO target of 60 min: 105 min (site:pangyo)"), f.message().en());
        assertEquals(List.of("talk", "api", "db"), f.chain().stream().map(ChainStep::id).toList());
        assertEquals(List.of("service", "entrypoint", "hard-dependency"),
                f.chain().stream().map(ChainStep::relation).toList());
    }

    @Test
    void rto001IsSilentWhenTheTargetIsMetOrTheRuleIsDisabled() {
        assertEquals(List.of(), run(new Rto001(), slow(105).build()));
        assertEquals(List.of(), run(new Rto001(), slow(60).build(), SimFixture.policy(List.of("RTO-001"))));
    }
}
