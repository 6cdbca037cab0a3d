package kr.drregistry.topology.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import kr.drregistry.topology.facility.FacilityResolver;
import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.ChainStep;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The bit-parallel drr/v2 engine against {@link NaiveLossOracle} on random topologies ({@link RandomV2}): every
 * number of §2 and §3 for every scenario must be identical.
 */
@net.jqwik.api.Tag("slow")
class LossEngineOracleProperties {
    private static final int DEFAULT_MANUAL = 60;

    @Property(tries = 1000)
    void engineMatchesTheNaiveReadingOfTheContract(@ForAll long seed) {
        check(RandomV2.generate(new Random(seed)), seed);
    }

    /** More than 64 scenarios: words of columns that lose no site, which the engine evaluates incrementally. */
    @Property(tries = 150)
    void engineMatchesTheNaiveReadingWithWordsOfComponentGroupScenarios(@ForAll long seed) {
        check(RandomV2.generateWithManyComponentGroups(new Random(seed)), seed);
    }

    /** drr/v1 documents are read with the same semantics (FILING-FORMAT-V2.md §7.11), so the same reading holds. */
    @Property(tries = 200)
    void engineMatchesTheNaiveReadingOnDrrV1Documents(@ForAll long seed) {
        check(new RandomV2.Case(RandomV2.v1(new Random(seed)), java.util.Map.of()), seed);
    }

    /** The benchmark's own kind of topology (layers, cycles, control planes; kept small for the naive reading). */
    @net.jqwik.api.Example
    void engineMatchesTheNaiveReadingOnTheBenchmarksSyntheticTopology() {
        check(new RandomV2.Case(kr.drregistry.topology.bench.SyntheticTopology.generateV2(300, 6, 4, 6, 8, 3L),
                java.util.Map.of()), 3L);
    }

    private static void check(RandomV2.Case rc, long seed) {
        Topology t = rc.topology();
        ResolvedFacilities facilities = FacilityResolver.resolve(t, rc.lookup());
        NaiveLossOracle oracle = new NaiveLossOracle(t, rc.foreign(), DEFAULT_MANUAL);
        for (int i = 0; i < t.sites().size(); i++) {
            Site site = t.sites().get(i);
            assertEquals(oracle.groups(site), facilities.groups(i), "groups of " + site.id());
            assertEquals(oracle.location(site), facilities.sites().get(i).location(), "location of " + site.id());
        }
        LossAnalysis r = LossEngine.analyse(t, facilities, DEFAULT_MANUAL);
        List<NaiveLossOracle.Scenario> scenarios = oracle.scenarios();
        assertEquals(scenarios.size(), r.scenarios().size());
        long[] bestRto = new long[t.services().size()];
        int[] bestRtoAt = new int[t.services().size()];
        Arrays.fill(bestRto, -1);
        long[] worstRpo = new long[t.services().size()];
        int[] worstRpoAt = new int[t.services().size()];
        Arrays.fill(worstRpo, -1);
        for (int s = 0; s < scenarios.size(); s++) {
            NaiveLossOracle.Scenario expected = scenarios.get(s);
            LossScenario actual = r.scenarios().get(s);
            String where = " in " + expected.id() + " (seed " + seed + ")";
            assertEquals(expected.id(), actual.id());
            assertEquals(expected.sites(), actual.sites(), "sites" + where);
            assertEquals(expected.struck(), actual.struckComponents(), "struck" + where);
            assertEquals(s, r.scenarioIndex(expected.id()));
            NaiveLossOracle.Result o = oracle.result(expected);

            List<String> down = t.components().stream().map(Component::id).filter(o.down::contains).toList();
            assertEquals(down, r.downComponents(s), "down" + where);
            assertEquals(down.size(), r.downComponentCount(s));
            for (Component c : t.components()) {
                String id = c.id() + where;
                assertEquals(o.struck.contains(c.id()), r.isStruck(s, c.id()), "struck " + id);
                ComponentPath path = switch (o.path.getOrDefault(c.id(), "down")) {
                    case "a" -> ComponentPath.ACTIVE;
                    case "b" -> ComponentPath.FAILOVER;
                    case "c" -> ComponentPath.RESTORE;
                    default -> ComponentPath.DOWN;
                };
                assertEquals(path, r.path(s, c.id()), "path of " + id);
                assertEquals(path, r.pathCheck(s, c.id()).path());
                assertEquals(optional(o.capacity.get(c.id())), r.capacity(s, c.id()), "capacity of " + id);
                Long e = o.effective.get(c.id());
                assertEquals(optional(e == null ? null : Math.min(100, e)), r.effectiveCapacity(s, c.id()),
                        "effective capacity of " + id);
                assertEquals(optional(o.recovery.get(c.id())), r.recoveryMinutes(s, c.id()), "recovery of " + id);
                if (NaiveLossOracle.durable(c)) {
                    assertEquals(o.rpo(c), r.rpoSeconds(s, c.id()), "rpo of " + id);
                    if (s == 0) {
                        java.util.Map<String, Long> holders = new java.util.HashMap<>();
                        r.holders(c.id()).forEach(h -> holders.put(h.site(), h.lossSeconds()));
                        assertEquals(NaiveLossOracle.holders(c), holders, "holders of " + c.id());
                        assertEquals(NaiveLossOracle.home(c), r.holders(c.id()).get(0).site());
                    }
                } else {
                    assertTrue(r.holders(c.id()).isEmpty());
                }
                if (o.struck.contains(c.id())) {
                    assertEquals(o.repair(c), r.repairMinutes(s, c.id()), "repair of " + id);
                }
                List<ChainStep> chain = r.explainComponent(s, c.id());
                assertEquals(o.down.contains(c.id()), !chain.isEmpty(), "chain of " + id);
                checkChain(t, o, chain);
            }
            long lost = 0, affected = 0, lostLargest = 0, affectedLargest = 0;
            List<String> downServices = new ArrayList<>(), degraded = new ArrayList<>();
            for (int v = 0; v < t.services().size(); v++) {
                Service service = t.services().get(v);
                String id = service.id() + where;
                ServiceStatus status = o.status.get(service.id());
                assertEquals(status, r.serviceStatus(s, service.id()), "status of " + id);
                assertEquals(optional(o.serviceCapacity.get(service.id())), r.serviceCapacity(s, service.id()),
                        "capacity of " + id);
                Long rec = o.serviceRecovery.get(service.id());
                assertEquals(optional(rec), r.serviceRecoveryMinutes(s, service.id()), "recovery of " + id);
                if (rec != null && rec > bestRto[v]) {
                    bestRto[v] = rec;
                    bestRtoAt[v] = s;
                }
                long[] rpo = oracle.serviceRpo(service, o);
                ServiceRpo actualRpo = r.serviceRpo(s, service.id());
                assertEquals(rpo[0], actualRpo.seconds(), "rpo of " + id);
                assertEquals(rpo[1] < 0 ? null : t.components().get((int) rpo[1]).id(),
                        actualRpo.limitingComponent(), "rpo limit of " + id);
                if (rpo[0] > worstRpo[v]) {
                    worstRpo[v] = rpo[0];
                    worstRpoAt[v] = s;
                }
                Optional<RepairEstimate> repair = r.repairEstimate(s, service.id());
                if (status == ServiceStatus.DOWN) {
                    downServices.add(service.id());
                    lost += service.dailyUsers();
                    lostLargest = Math.max(lostLargest, service.dailyUsers());
                    long[] est = oracle.repairEstimate(service, expected, o);
                    RepairEstimate got = repair.orElseThrow();
                    assertEquals(est[0], got.minutes(), "repair estimate of " + id);
                    assertEquals(est[1] == 1, got.downWithoutStrikes(), "down without strikes " + id);
                    assertEquals(est[2] < 0 ? null : t.components().get((int) est[2]).id(), got.limitingComponent(),
                            "repair limit of " + id);
                    assertEquals(est[3], got.repairMinutes());
                    assertEquals(est[4], got.recoveryWithoutStrikes());
                } else {
                    assertTrue(repair.isEmpty());
                }
                if (status == ServiceStatus.DEGRADED) {
                    degraded.add(service.id());
                    long part = NaiveLossOracle.affected(service.dailyUsers(), o.serviceCapacity.get(service.id()));
                    affected += part;
                    affectedLargest = Math.max(affectedLargest, part);
                }
                List<ChainStep> chain = r.explainService(s, service.id());
                assertEquals(status == ServiceStatus.DOWN, !chain.isEmpty());
                checkChain(t, o, chain);
                List<ChainStep> recovery = r.explainServiceRecovery(s, service.id());
                if (rec == null) {
                    assertTrue(recovery.isEmpty());
                } else {
                    assertTrue(recovery.get(0).text().en().contains("estimated recovery " + rec + " min"),
                            recovery.get(0).text().en());
                    checkRecoveryChain(recovery, o);
                }
            }
            assertEquals(downServices, r.downServices(s), "down services" + where);
            assertEquals(degraded, r.degradedServices(s), "degraded services" + where);
            assertEquals(lost, r.usersLost(s), "users lost" + where);
            assertEquals(affected, r.usersAffected(s), "users affected" + where);
            assertEquals(lostLargest, r.usersLostLargestService(s), "users lost, largest service" + where);
            assertEquals(affectedLargest, r.usersAffectedLargestService(s), "users affected, largest service" + where);
        }
        for (int v = 0; v < t.services().size(); v++) {
            String id = t.services().get(v).id();
            EstimatedRto rto = r.estimatedRto(id);
            assertEquals(bestRto[v] < 0 ? LossAnalysis.UNBOUNDED : bestRto[v], rto.minutes(), "RTO of " + id);
            assertEquals(bestRto[v] < 0 ? 0 : bestRtoAt[v], rto.scenario(), "RTO scenario of " + id);
            ServiceRpo worst = r.worstRpo(id);
            assertEquals(worstRpo[v], worst.seconds(), "worst RPO of " + id);
            assertEquals(worstRpoAt[v], worst.scenario(), "worst RPO scenario of " + id);
        }
        for (Component c : t.components()) {
            assertBulk(oracle, scenarios, c, r);
        }
        coverage(t, r);
    }

    /** What the random topologies exercised, so a weak generator shows in the statistics. */
    private static void coverage(Topology t, LossAnalysis r) {
        Set<String> seen = new java.util.TreeSet<>();
        for (int s = 0; s < r.scenarios().size(); s++) {
            if (!r.scenarios().get(s).struckComponents().isEmpty()) {
                seen.add("strike");
            }
            for (Component c : t.components()) {
                PathCheck p = r.pathCheck(s, c.id());
                seen.add("path " + p.path());
                if (p.standbySurvives() && p.failoverCounts() && p.dataLossComponent() != null) {
                    seen.add("data loss blocks");
                }
                if (!p.failoverRequiresDown().isEmpty() && p.standbySurvives() && !p.activeSurvives()) {
                    seen.add("failover requires down");
                }
            }
            for (Service v : t.services()) {
                ServiceStatus status = r.serviceStatus(s, v.id());
                seen.add("service " + status);
                r.repairEstimate(s, v.id()).ifPresent(e -> seen.add(e.downWithoutStrikes() ? "repair unbounded S0"
                        : e.unbounded() ? "repair unbounded" : "repair bounded"));
                ServiceRpo rpo = r.serviceRpo(s, v.id());
                seen.add(rpo.unbounded() ? "rpo unbounded" : rpo.seconds() > 0 ? "rpo > 0" : "rpo 0");
                r.serviceRecoveryMinutes(s, v.id()).ifPresent(m -> seen.add(m > 0 ? "recovery > 0" : "recovery 0"));
            }
        }
        for (String label : seen) {
            net.jqwik.api.statistics.Statistics.label("covered").collect(label);
        }
    }

    /** §7.7 and OPS-003/OPS-004's scenario lists, read naively. */
    private static void assertBulk(NaiveLossOracle oracle, List<NaiveLossOracle.Scenario> scenarios, Component c,
                                   LossAnalysis r) {
        List<Integer> blocked = new ArrayList<>(), restore = new ArrayList<>(), provider = new ArrayList<>(),
                repair = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            NaiveLossOracle.Result o = oracle.result(scenarios.get(s));
            boolean struck = o.struck.contains(c.id());
            boolean active = c.placements().stream().anyMatch(p -> p.role() == PlacementRole.ACTIVE
                    && !o.lostSite(p.site()));
            boolean standby = c.placements().stream().anyMatch(p -> p.role() == PlacementRole.STANDBY
                    && !o.lostSite(p.site()));
            boolean counts = c.failover().mode() == FailoverMode.AUTOMATIC
                    || c.failover().mode() == FailoverMode.MANUAL && !c.failover().providerDecided();
            if (!struck && !active && standby && counts && c.failover().requires().stream().anyMatch(o.down::contains)) {
                blocked.add(s);
            }
            if (!struck && !active && !o.failoverRuns(c) && c.restore() != null
                    && c.restore().requires().stream().anyMatch(o.down::contains)) {
                restore.add(s);
            }
            if (!struck && !active && standby && c.failover().mode() == FailoverMode.MANUAL
                    && c.failover().providerDecided()) {
                provider.add(s);
            }
            if (struck && c.recovery() != null && c.placements().stream().anyMatch(p -> !o.lostSite(p.site()))
                    && c.recovery().requires().stream().anyMatch(o.down::contains)) {
                repair.add(s);
            }
        }
        assertEquals(blocked, box(r.failoverBlockedScenarios(c.id())), "failover blocked " + c.id());
        assertEquals(restore, box(r.restoreBlockedScenarios(c.id())), "restore blocked " + c.id());
        assertEquals(provider, box(r.providerFailoverScenarios(c.id())), "provider " + c.id());
        assertEquals(repair, box(r.repairBlockedScenarios(c.id())), "repair blocked " + c.id());
    }

    private static List<Integer> box(int[] values) {
        return IntStream.of(values).boxed().toList();
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /**
     * Every chain mentions only down components; each branch ends in a root cause or a back-reference; a struck
     * step is struck, a requirement link hangs under a blocked path.
     */
    static void checkChain(Topology t, NaiveLossOracle.Result o, List<ChainStep> chain) {
        for (int i = 0; i < chain.size(); i++) {
            ChainStep step = chain.get(i);
            if (step.kind().equals("service") || step.kind().equals("note")) {
                continue;
            }
            assertTrue(o.down.contains(step.id()), step.id() + " is mentioned but up");
            boolean hasChild = i + 1 < chain.size() && chain.get(i + 1).depth() == step.depth() + 1;
            switch (step.relation()) {
                case "struck" -> assertTrue(o.struck.contains(step.id()));
                case "failover-blocked", "restore-blocked" -> {
                    assertTrue(hasChild, "a blocked path names what blocks it: " + step);
                    for (int j = i + 1; j < chain.size() && chain.get(j).depth() > step.depth(); j++) {
                        if (chain.get(j).depth() == step.depth() + 1) {
                            assertTrue(Set.of("failover-requires", "restore-requires").contains(chain.get(j).relation()));
                        }
                    }
                }
                default -> {
                }
            }
            if (LossChains.ROOTS.contains(step.relation())) {
                assertFalse(hasChild, "a root cause ends its branch: " + step);
            } else if (!hasChild) {
                assertTrue(step.text().en().endsWith("(see above)"), "a branch must end in a root cause: " + step);
            }
        }
    }

    /** The recovery chain's component steps are up and their totals are the oracle's recovery times. */
    private static void checkRecoveryChain(List<ChainStep> chain, NaiveLossOracle.Result o) {
        for (int i = 1; i < chain.size(); i++) {
            ChainStep step = chain.get(i);
            assertFalse(o.down.contains(step.id()));
            long expected = o.recovery.get(step.id());
            assertTrue(step.text().en().endsWith("= " + expected + " min"), step.text().en() + " vs " + expected);
        }
    }
}
