package kr.drregistry.topology.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.SimFixture;
import kr.drregistry.rules.ChainStep;

class LossSimulatorTest {
    private static LossResult sim(SimFixture f) {
        return LossSimulator.simulate(f.build(), 60);
    }

    private static SimFixture twoSites() {
        return new SimFixture().site("pangyo", "campus:pangyo").site("ansan", "campus:ansan");
    }

    private static int scenario(LossResult r, String id) {
        int s = r.scenarioIndex(id);
        assertTrue(s >= 0, id);
        return s;
    }

    @Test
    void scenariosAreSitesThenRiskGroupsInOrderOfFirstAppearance() {
        LossResult r = sim(new SimFixture()
                .site("a", "power:x", "campus:1")
                .site("b", "site:a", "power:x", "metro:m")
                .site("c", "metro:m", "only:c"));
        List<String> ids = r.scenarios().stream().map(Scenario::id).toList();
        assertEquals(List.of("site:a", "site:b", "site:c", "power:x", "campus:1", "metro:m", "only:c"), ids);
        assertEquals(List.of("a", "b"), r.scenarios().get(0).sites(), "site:a listed by b is shared by a and b");
        assertEquals(List.of("b"), r.scenarios().get(1).sites());
        assertEquals(List.of("a", "b"), r.scenarios().get(3).sites());
        assertEquals(List.of("c"), r.scenarios().get(6).sites());
        assertEquals(-1, r.scenarioIndex("nope"));
    }

    @Test
    void activeSurvivingPlacementKeepsComponentUp() {
        LossResult r = sim(twoSites().comp("api").active("pangyo", "ansan").service("talk", 1, 10, null, "api"));
        assertFalse(r.isComponentDown(scenario(r, "site:pangyo"), "api"));
        assertFalse(r.isComponentDown(scenario(r, "site:ansan"), "api"));
        assertEquals(0, r.usersLost(0));
    }

    @Test
    void singleSiteComponentGoesDownWithItsSite() {
        LossResult r = sim(twoSites().comp("api").active("pangyo").service("talk", 1, 47_000_000, null, "api"));
        int s = scenario(r, "site:pangyo");
        assertTrue(r.isComponentDown(s, "api"));
        assertEquals(List.of("talk"), r.downServices(s));
        assertEquals(47_000_000L, r.usersLost(s));
        assertEquals(1, r.downComponentCount(s));
        assertFalse(r.isComponentDown(scenario(r, "campus:ansan"), "api"));
    }

    @Test
    void automaticStandbyTakesOver() {
        LossResult r = sim(twoSites().comp("db").active("pangyo").standby("ansan").automatic(5));
        assertFalse(r.isComponentDown(scenario(r, "site:pangyo"), "db"));
    }

    @Test
    void manualStandbyNeedsEveryRequiredComponentUp() {
        SimFixture f = new SimFixture().site("pangyo").site("ansan").site("jeju")
                .comp("deploy").active("jeju")
                .comp("console").active("pangyo", "jeju")
                .comp("db").active("pangyo").standby("ansan").manual(30, "deploy", "console");
        LossResult r = sim(f);
        assertFalse(r.isComponentDown(scenario(r, "site:pangyo"), "db"), "requires up: failover runs");
        assertFalse(r.isComponentDown(scenario(r, "site:jeju"), "db"), "active survives: requires irrelevant");

        LossResult trap = sim(new SimFixture().site("pangyo").site("ansan")
                .comp("deploy").active("pangyo")
                .comp("db").active("pangyo").standby("ansan").manual(30, "deploy"));
        assertTrue(trap.isComponentDown(scenario(trap, "site:pangyo"), "db"), "deploy tool lost: failover blocked");
    }

    @Test
    void modeNoneNeverFailsOver() {
        LossResult r = sim(twoSites().comp("db").active("pangyo").standby("ansan").noFailover());
        assertTrue(r.isComponentDown(scenario(r, "site:pangyo"), "db"));
        List<ChainStep> chain = r.explainComponent(scenario(r, "site:pangyo"), "db");
        assertEquals("no-usable-placement", chain.get(0).relation());
        assertTrue(chain.get(0).text().en().contains("cannot take over"), chain.get(0).text().en());
    }

    @Test
    void standbyOnlyComponentWithAutomaticFailoverRunsFromStandby() {
        LossResult r = sim(twoSites().comp("batch").standby("ansan").automatic(null));
        assertFalse(r.isComponentDown(scenario(r, "site:pangyo"), "batch"));
        assertTrue(r.isComponentDown(scenario(r, "site:ansan"), "batch"));
    }

    @Test
    void softDependenciesNeverTakeAnythingDown() {
        LossResult r = sim(twoSites()
                .comp("metrics").active("pangyo")
                .comp("api").active("pangyo", "ansan").soft("metrics"));
        int s = scenario(r, "site:pangyo");
        assertTrue(r.isComponentDown(s, "metrics"));
        assertFalse(r.isComponentDown(s, "api"));
    }

    @Test
    void hardDependencyFailurePropagates() {
        LossResult r = sim(twoSites()
                .comp("auth").active("pangyo")
                .comp("api").active("pangyo", "ansan").hard("auth")
                .comp("web").active("pangyo", "ansan").hard("api"));
        int s = scenario(r, "site:pangyo");
        assertEquals(List.of("auth", "api", "web"), r.downComponents(s));
        assertEquals(List.of(), r.downComponents(scenario(r, "site:ansan")));
    }

    @Test
    void anyOfNeedsOneMemberUp() {
        LossResult r = sim(new SimFixture().site("a", "power").site("b", "power").site("c")
                .comp("cache-a").active("a")
                .comp("cache-b").active("b")
                .comp("api").active("c").anyOf("cache-a", "cache-b"));
        assertFalse(r.isComponentDown(scenario(r, "site:a"), "api"));
        assertFalse(r.isComponentDown(scenario(r, "site:b"), "api"));
        int power = scenario(r, "power");
        assertTrue(r.isComponentDown(power, "api"));
        List<ChainStep> chain = r.explainComponent(power, "api");
        assertEquals(List.of("any-of-member", "no-usable-placement", "any-of-member", "no-usable-placement"),
                chain.stream().map(ChainStep::relation).toList());
        assertEquals(List.of(0, 1, 0, 1), chain.stream().map(ChainStep::depth).toList());
    }

    @Test
    void cyclesAmongSurvivorsStayUp() {
        LossResult r = sim(twoSites()
                .comp("x").active("pangyo", "ansan").hard("y")
                .comp("y").active("pangyo", "ansan").hard("x")
                .comp("self").active("ansan").hard("self"));
        for (int s = 0; s < r.scenarios().size(); s++) {
            assertFalse(r.isComponentDown(s, "x"));
            assertFalse(r.isComponentDown(s, "y"));
        }
        assertFalse(r.isComponentDown(scenario(r, "site:pangyo"), "self"));
    }

    @Test
    void cycleWhoseOnlySupportIsLostGoesDownWithWellFoundedChains() {
        LossResult r = sim(twoSites()
                .comp("root").active("pangyo")
                .comp("x").active("pangyo", "ansan").hard("y", "root")
                .comp("y").active("pangyo", "ansan").hard("x")
                .service("svc", 1, 5, null, "y"));
        int s = scenario(r, "site:pangyo");
        assertTrue(r.isComponentDown(s, "x"));
        assertTrue(r.isComponentDown(s, "y"));
        List<ChainStep> chain = r.explainService(s, "svc");
        assertEquals(List.of("service", "entrypoint", "hard-dependency", "hard-dependency", "no-usable-placement"),
                chain.stream().map(ChainStep::relation).toList());
        assertEquals(List.of("svc", "y", "x", "root", "root"), chain.stream().map(ChainStep::id).toList());
        List<ChainStep> ofX = r.explainComponent(s, "x");
        assertEquals("root", ofX.get(0).id(), "x went down because of root, not because of y");
    }

    @Test
    void replicationAndBackupsNeverKeepAComponentUp() {
        LossResult r = sim(twoSites().comp("db").active("pangyo").replicate("pangyo", "ansan").backup("ansan"));
        assertTrue(r.isComponentDown(scenario(r, "site:pangyo"), "db"));
    }

    @Test
    void riskGroupScenarioFailsEverySiteOfTheGroup() {
        LossResult r = sim(new SimFixture().site("a", "power:east").site("b", "power:east").site("c")
                .comp("api").active("a", "b")
                .service("svc", 2, 100, null, "api"));
        assertFalse(r.isComponentDown(scenario(r, "site:a"), "api"));
        int east = scenario(r, "power:east");
        assertTrue(r.isComponentDown(east, "api"));
        assertEquals(List.of("a", "b"), r.explainComponent(east, "api").get(0).sites());
    }

    @Test
    void siteScenarioStringInRiskGroupsIsThatSitesScenario() {
        LossResult r = sim(new SimFixture().site("a").site("b", "site:a")
                .comp("api").active("a", "b"));
        assertEquals(2, r.scenarios().size());
        assertTrue(r.isComponentDown(scenario(r, "site:a"), "api"));
        assertFalse(r.isComponentDown(scenario(r, "site:b"), "api"));
    }

    @Test
    void serviceIsUpOnlyWhenAllEntrypointsAreUp() {
        LossResult r = sim(twoSites()
                .comp("api").active("pangyo", "ansan")
                .comp("upload").active("ansan")
                .service("svc", 1, 7, null, "api", "upload"));
        assertEquals(List.of(), r.downServices(scenario(r, "site:pangyo")));
        int s = scenario(r, "site:ansan");
        assertTrue(r.isServiceDown(s, "svc"));
        List<ChainStep> chain = r.explainService(s, "svc");
        assertEquals(List.of("service", "entrypoint", "no-usable-placement"),
                chain.stream().map(ChainStep::relation).toList());
        assertEquals("upload", chain.get(1).id());
        assertEquals(List.of(), r.explainService(scenario(r, "site:pangyo"), "svc"));
    }

    @Test
    void blockedFailoverIsARootCauseExplainedByTheRequiredComponent() {
        LossResult r = sim(new SimFixture().site("pangyo").site("ansan")
                .comp("deploy-tool").active("pangyo")
                .comp("session-store").active("pangyo").standby("ansan").manual(30, "deploy-tool")
                .comp("api").active("pangyo", "ansan").hard("session-store")
                .service("talk", 1, 47_000_000, 60, "api"));
        int s = scenario(r, "site:pangyo");
        List<ChainStep> chain = r.explainService(s, "talk");
        assertEquals(List.of("service", "entrypoint", "hard-dependency", "failover-blocked", "failover-requires",
                "no-usable-placement"), chain.stream().map(ChainStep::relation).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), chain.stream().map(ChainStep::depth).toList());
        assertEquals("구성요소 deploy-tool: 사용 가능한 배치 없음 (pangyo 손실)", chain.get(5).text().ko());
        assertEquals("component deploy-tool: no usable placement (pangyo lost)", chain.get(5).text().en());
        assertEquals(List.of("pangyo"), chain.get(5).sites());
        List<ChainStep> blocked = r.explainBlockedFailover(s, "session-store");
        assertEquals(List.of("failover-blocked", "failover-requires", "no-usable-placement"),
                blocked.stream().map(ChainStep::relation).toList());
        assertEquals(List.of(), r.explainBlockedFailover(scenario(r, "site:ansan"), "session-store"));
    }

    @Test
    void sharedCausesAreExplainedOnceAndReferencedAfterwards() {
        LossResult r = sim(twoSites()
                .comp("auth").active("pangyo")
                .comp("api").active("pangyo", "ansan").hard("auth")
                .comp("upload").active("pangyo", "ansan").hard("auth")
                .service("svc", 1, 7, null, "api", "upload"));
        List<ChainStep> chain = r.explainService(scenario(r, "site:pangyo"), "svc");
        assertEquals(List.of("svc", "api", "auth", "auth", "upload", "auth"),
                chain.stream().map(ChainStep::id).toList());
        assertTrue(chain.get(5).text().en().endsWith("(see above)"));
        assertTrue(chain.get(5).text().ko().endsWith("(위 참조)"));
    }

    @Test
    void recoveryTimeFollowsTheContract() {
        LossResult r = sim(new SimFixture().site("pangyo").site("ansan")
                .comp("deploy").active("pangyo", "ansan")
                .comp("db").active("pangyo").standby("ansan").automatic(20)
                .comp("cache").active("pangyo").standby("ansan").manual(null, "deploy")
                .comp("api").active("pangyo").standby("ansan").manual(30, "deploy").hard("db", "cache")
                .comp("web").active("pangyo", "ansan").hard("api")
                .comp("lonely").active("ansan")
                .service("talk", 1, 10, 60, "api"));
        int s = scenario(r, "site:pangyo");
        assertEquals(OptionalInt.of(20), r.recoveryMinutes(s, "db"));
        assertEquals(OptionalInt.of(60), r.recoveryMinutes(s, "cache"), "manual without minutes: the default");
        assertEquals(OptionalInt.of(90), r.recoveryMinutes(s, "api"), "30 + max(20, 60)");
        assertEquals(OptionalInt.of(0), r.recoveryMinutes(s, "web"), "an active placement survives");
        int a = scenario(r, "site:ansan");
        assertEquals(OptionalInt.empty(), r.recoveryMinutes(a, "lonely"));
        assertEquals(OptionalInt.of(0), r.recoveryMinutes(a, "api"));
        List<ChainStep> chain = r.explainServiceRecovery(s, "talk");
        assertEquals(List.of("talk", "api", "cache"), chain.stream().map(ChainStep::id).toList());
        assertEquals(List.of("service", "entrypoint", "hard-dependency"),
                chain.stream().map(ChainStep::relation).toList());
        assertTrue(chain.get(1).text().en().contains("manual failover 30 min + dependencies 60 min = 90 min"),
                chain.get(1).text().en());
    }

    @Test
    void recoveryOfAnyOfTakesTheFastestUpMember() {
        LossResult r = sim(new SimFixture().site("pangyo").site("ansan")
                .comp("slow").active("pangyo").standby("ansan").automatic(50)
                .comp("fast").active("pangyo").standby("ansan").automatic(10)
                .comp("api").active("pangyo").standby("ansan").automatic(5).anyOf("slow", "fast"));
        assertEquals(OptionalInt.of(15), r.recoveryMinutes(scenario(r, "site:pangyo"), "api"));
    }

    @Test
    void recoveryInsideACycleTakesTheSlowestMemberPlusExternalDependencies() {
        LossResult r = sim(new SimFixture().site("pangyo").site("ansan")
                .comp("db").active("pangyo").standby("ansan").automatic(40)
                .comp("x").active("pangyo").standby("ansan").automatic(10).hard("y")
                .comp("y").active("pangyo").standby("ansan").automatic(30).hard("x", "db")
                .service("svc", 1, 1, 30, "x"));
        int s = scenario(r, "site:pangyo");
        assertEquals(OptionalInt.of(70), r.recoveryMinutes(s, "x"));
        assertEquals(OptionalInt.of(70), r.recoveryMinutes(s, "y"));
        List<ChainStep> chain = r.explainServiceRecovery(s, "svc");
        assertEquals(List.of("svc", "x", "db"), chain.stream().map(ChainStep::id).toList());
        assertTrue(chain.get(1).text().en().contains("dependency cycle (x, y)"), chain.get(1).text().en());
    }
}
