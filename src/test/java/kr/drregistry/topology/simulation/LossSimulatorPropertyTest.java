package kr.drregistry.topology.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.DependencyMode;
import kr.drregistry.topology.model.Failover;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.ChainStep;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Compares the bit-parallel engine with a deliberately naive per-scenario simulator on random topologies. */
class LossSimulatorPropertyTest {
    private static final int DEFAULT_MANUAL = 60;
    private static final Set<String> ROOTS = Set.of("no-usable-placement", "failover-blocked");

    @Property(tries = 400)
    void engineMatchesBruteForce(@ForAll long seed) {
        Topology t = random(new Random(seed), false);
        LossResult r = LossSimulator.simulate(t, DEFAULT_MANUAL);
        assertEquals(scenarioIds(t), r.scenarios().stream().map(Scenario::id).toList());
        for (int s = 0; s < r.scenarios().size(); s++) {
            Set<String> lost = Set.copyOf(r.scenarios().get(s).sites());
            Set<String> down = LossOracle.bruteForceDown(t, lost);
            List<String> expected = t.components().stream().map(Component::id).filter(down::contains).toList();
            assertEquals(expected, r.downComponents(s), "scenario " + r.scenarios().get(s).id());
            assertEquals(expected.size(), r.downComponentCount(s));
            List<String> downServices = t.services().stream()
                    .filter(v -> v.entrypoints().stream().anyMatch(down::contains)).map(Service::id).toList();
            assertEquals(downServices, r.downServices(s));
            for (Service v : t.services()) {
                List<ChainStep> chain = r.explainService(s, v.id());
                assertEquals(downServices.contains(v.id()), !chain.isEmpty());
                checkChain(t, lost, down, chain);
            }
            for (Component c : t.components()) {
                List<ChainStep> chain = r.explainComponent(s, c.id());
                assertEquals(down.contains(c.id()), !chain.isEmpty());
                checkChain(t, lost, down, chain);
                checkChain(t, lost, down, r.explainBlockedFailover(s, c.id()));
                assertEquals(down.contains(c.id()), r.recoveryMinutes(s, c.id()).isEmpty());
            }
        }
    }

    @Property(tries = 300)
    void recoveryMatchesTheContractRecursionOnAcyclicTopologies(@ForAll long seed) {
        Topology t = random(new Random(seed), true);
        LossResult r = LossSimulator.simulate(t, DEFAULT_MANUAL);
        Map<String, Component> byId = t.componentsById();
        for (int s = 0; s < r.scenarios().size(); s++) {
            Set<String> lost = Set.copyOf(r.scenarios().get(s).sites());
            Set<String> down = LossOracle.bruteForceDown(t, lost);
            for (Component c : t.components()) {
                OptionalInt expected = down.contains(c.id()) ? OptionalInt.empty()
                        : OptionalInt.of(naiveRecovery(c, byId, lost, down));
                assertEquals(expected, r.recoveryMinutes(s, c.id()), c.id() + " in " + r.scenarios().get(s).id());
            }
            for (Service v : t.services()) {
                List<ChainStep> chain = r.explainServiceRecovery(s, v.id());
                if (r.isServiceDown(s, v.id())) {
                    assertTrue(chain.isEmpty());
                    continue;
                }
                int estimate = v.entrypoints().stream()
                        .mapToInt(e -> naiveRecovery(byId.get(e), byId, lost, down)).max().orElseThrow();
                assertTrue(chain.get(0).text().en().contains("estimated recovery " + estimate + " min"));
            }
        }
    }

    private static int naiveRecovery(Component c, Map<String, Component> byId, Set<String> lost, Set<String> down) {
        if (LossOracle.activeSurvives(c, lost)) {
            return 0;
        }
        Integer minutes = c.failover().minutes();
        int own = minutes != null ? minutes : c.failover().mode() == FailoverMode.MANUAL ? DEFAULT_MANUAL : 0;
        int deps = 0;
        for (Dependency d : c.dependsOn()) {
            if (!d.hard()) {
                continue;
            }
            if (d.anyOf()) {
                deps = Math.max(deps, d.targets().stream().filter(m -> !down.contains(m))
                        .mapToInt(m -> naiveRecovery(byId.get(m), byId, lost, down)).min().orElseThrow());
            } else {
                for (String m : d.targets()) {
                    deps = Math.max(deps, naiveRecovery(byId.get(m), byId, lost, down));
                }
            }
        }
        return own + deps;
    }

    /** Every chain mentions only down components and every branch ends in a root cause or a back-reference. */
    private static void checkChain(Topology t, Set<String> lost, Set<String> down, List<ChainStep> chain) {
        Map<String, Component> byId = t.componentsById();
        for (int i = 0; i < chain.size(); i++) {
            ChainStep step = chain.get(i);
            if (step.kind().equals("service")) {
                continue;
            }
            assertTrue(down.contains(step.id()), step.id() + " is mentioned but up");
            boolean hasChild = i + 1 < chain.size() && chain.get(i + 1).depth() == step.depth() + 1;
            Component c = byId.get(step.id());
            switch (step.relation()) {
                case "no-usable-placement" -> {
                    assertFalse(hasChild);
                    assertFalse(LossOracle.activeSurvives(c, lost));
                    assertTrue(!LossOracle.standbySurvives(c, lost) || c.failover().mode() == FailoverMode.NONE);
                }
                case "failover-blocked" -> {
                    assertTrue(hasChild);
                    assertFalse(LossOracle.activeSurvives(c, lost));
                    assertTrue(LossOracle.standbySurvives(c, lost));
                    assertEquals(FailoverMode.MANUAL, c.failover().mode());
                    for (int j = i + 1; j < chain.size() && chain.get(j).depth() > step.depth(); j++) {
                        if (chain.get(j).depth() == step.depth() + 1) {
                            assertEquals("failover-requires", chain.get(j).relation());
                            assertTrue(c.failover().requires().contains(chain.get(j).id()));
                        }
                    }
                }
                default -> {
                    assertTrue(Set.of("entrypoint", "hard-dependency", "any-of-member", "failover-requires")
                            .contains(step.relation()), step.relation());
                    assertTrue(hasChild || step.text().en().endsWith("(see above)"),
                            "a branch must end in a root cause: " + step);
                }
            }
            if (!hasChild) {
                assertTrue(ROOTS.contains(step.relation()) || step.text().en().endsWith("(see above)"));
            }
        }
    }

    private static List<String> scenarioIds(Topology t) {
        List<String> ids = new ArrayList<>();
        for (Site s : t.sites()) {
            ids.add(s.scenarioId());
        }
        for (Site s : t.sites()) {
            for (String g : s.riskGroups()) {
                if (!ids.contains(g)) {
                    ids.add(g);
                }
            }
        }
        return ids;
    }

    /** A random topology; when {@code acyclic}, dependencies and requirements only point to earlier components. */
    static Topology random(Random rnd, boolean acyclic) {
        int siteCount = 1 + rnd.nextInt(5);
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            List<String> groups = new ArrayList<>();
            for (int g = 0; g < 4; g++) {
                if (rnd.nextInt(3) == 0) {
                    groups.add("g" + g);
                }
            }
            if (rnd.nextInt(6) == 0) {
                groups.add("site:s" + rnd.nextInt(siteCount));
            }
            sites.add(new Site("s" + i, "s" + i, SiteKind.OWN, null, null, null, null, groups, null));
        }
        int n = 1 + rnd.nextInt(14);
        List<Component> components = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            List<Placement> placements = new ArrayList<>();
            int pc = rnd.nextInt(4);
            for (int p = 0; p < pc; p++) {
                placements.add(new Placement("s" + rnd.nextInt(siteCount),
                        rnd.nextInt(3) == 0 ? PlacementRole.STANDBY : PlacementRole.ACTIVE, 50));
            }
            FailoverMode mode = FailoverMode.values()[rnd.nextInt(3)];
            List<String> requires = new ArrayList<>();
            if (mode == FailoverMode.MANUAL) {
                int rc = rnd.nextInt(3);
                for (int i = 0; i < rc; i++) {
                    requires.add(target(rnd, c, n, acyclic));
                }
            }
            if (requires.contains(null)) {
                requires.clear();
            }
            Integer minutes = mode == FailoverMode.NONE || rnd.nextInt(3) == 0 ? null : rnd.nextInt(90);
            List<Dependency> deps = new ArrayList<>();
            int dc = rnd.nextInt(4);
            for (int i = 0; i < dc; i++) {
                DependencyMode dm = rnd.nextInt(4) == 0 ? DependencyMode.SOFT : DependencyMode.HARD;
                if (rnd.nextInt(3) == 0) {
                    List<String> members = new ArrayList<>();
                    int mc = 1 + rnd.nextInt(3);
                    for (int m = 0; m < mc; m++) {
                        members.add(target(rnd, c, n, acyclic));
                    }
                    if (!members.contains(null)) {
                        deps.add(Dependency.anyOf(members, dm));
                    }
                } else {
                    String target = target(rnd, c, n, acyclic);
                    if (target != null) {
                        deps.add(Dependency.on(target, dm));
                    }
                }
            }
            components.add(new Component("c" + c, "c" + c, ComponentKind.APP, null, placements,
                    new Failover(mode, minutes, requires), deps, List.of(), List.of()));
        }
        List<Service> services = new ArrayList<>();
        int sc = rnd.nextInt(4);
        for (int v = 0; v < sc; v++) {
            List<String> eps = new ArrayList<>();
            int ec = 1 + rnd.nextInt(2);
            for (int e = 0; e < ec; e++) {
                eps.add("c" + rnd.nextInt(n));
            }
            services.add(new Service("v" + v, "v" + v, 1 + rnd.nextInt(3), 1000L * (v + 1), null, null, eps));
        }
        return new Topology(Topology.FORMAT, "op", LocalDate.of(2026, 1, 1), sites, services, components, List.of());
    }

    private static String target(Random rnd, int c, int n, boolean acyclic) {
        if (acyclic) {
            return c == 0 ? null : "c" + rnd.nextInt(c);
        }
        return "c" + rnd.nextInt(n);
    }
}
