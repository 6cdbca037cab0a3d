package kr.drregistry.topology.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.LossEngine;
import kr.drregistry.topology.loss.ServiceStatus;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.topology.validation.ValidationContext;
import kr.drregistry.topology.validation.ValidationReport;
import kr.drregistry.topology.validation.Validator;
import kr.drregistry.topology.validation.rules.AllRules;

/**
 * Benchmark of the full validation report (loss simulation over every scenario and every rule of the shipped
 * policy) on synthetic topologies: 100,000 components with about 1,000,000 dependency edges, 50 sites and 200 risk
 * groups, and 1,000 components. Prints median and p90 of {@link Validator#validate} and, once, the time of each
 * rule; the same for the full drr/v2 report (drr/v2 rules and report fields) on the drr/v2 variant. Then the drr/v2 loss engine alone ({@link LossEngine}) on the drr/v2 variant with 500 component risk
 * groups: the fixed points, then every figure a report takes from it (per scenario users lost and affected,
 * degraded services, per service and scenario RPO and recovery time or repair estimate, per service estimated RTO
 * and worst RPO). Run: {@code mvn -Pbench verify} (see BENCHMARKS.md).
 */
public final class ReportBench {
    private ReportBench() {
    }

    public static void main(String[] args) {
        int largeRuns = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        run("1,000 components", SyntheticTopology.generate(1_000, 10, 10, 20, 7L), 200, 200);
        run("100,000 components", SyntheticTopology.generate(100_000, 10, 50, 200, 42L), 2, largeRuns);
        run("drr/v2 full report, 1,000 components", SyntheticTopology.generateV2(1_000, 10, 10, 20, 10, 7L), 200, 200);
        run("drr/v2 full report, 100,000 components", SyntheticTopology.generateV2(100_000, 10, 50, 200, 500, 42L), 2,
                largeRuns);
        engine("drr/v2 engine, 1,000 components", SyntheticTopology.generateV2(1_000, 10, 10, 20, 10, 7L), 50, 50);
        engine("drr/v2 engine, 100,000 components", SyntheticTopology.generateV2(100_000, 10, 50, 200, 500, 42L), 2,
                largeRuns);
    }

    /** Times the drr/v2 engine: analysis, then every figure a report reads from it. */
    private static void engine(String label, Topology topology, int warmups, int runs) {
        LossAnalysis sample = LossEngine.analyse(topology, 60);
        long[] sums = figures(topology, sample);
        System.out.printf(Locale.ROOT, "%s: %d scenarios (%d with struck components); checksum %d users lost, %d users "
                        + "affected, %d degraded, %d down service-scenarios%n", label, sample.scenarios().size(),
                sample.scenarios().stream().filter(s -> !s.struckComponents().isEmpty()).count(), sums[0], sums[1],
                sums[2], sums[3]);
        for (int i = 0; i < warmups; i++) {
            figures(topology, LossEngine.analyse(topology, 60));
        }
        long[] analyse = new long[runs], total = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            LossAnalysis a = LossEngine.analyse(topology, 60);
            long t1 = System.nanoTime();
            figures(topology, a);
            long t2 = System.nanoTime();
            analyse[i] = t1 - t0;
            total[i] = t2 - t0;
        }
        report("  fixed points (LossEngine.analyse)", analyse);
        report("  + every report figure", total);
    }

    /** Reads every figure of a report; returns checksums so nothing is optimised away. */
    private static long[] figures(Topology topology, LossAnalysis a) {
        long lost = 0, affected = 0, degraded = 0, down = 0;
        for (Service v : topology.services()) {
            a.estimatedRto(v.id());
            a.worstRpo(v.id());
        }
        for (int s = 0; s < a.scenarios().size(); s++) {
            lost += a.usersLost(s);
            affected += a.usersAffected(s);
            degraded += a.degradedServices(s).size();
            for (Service v : topology.services()) {
                a.serviceRpo(s, v.id());
                if (a.serviceStatus(s, v.id()) == ServiceStatus.DOWN) {
                    down++;
                    a.repairEstimate(s, v.id());
                } else {
                    a.serviceRecoveryMinutes(s, v.id());
                }
            }
        }
        return new long[] {lost, affected, degraded, down};
    }

    private static void run(String label, Topology topology, int warmups, int runs) {
        long edges = 0;
        for (Component c : topology.components()) {
            for (Dependency d : c.dependsOn()) {
                edges += d.targets().size();
            }
            edges += c.failover().requires().size();
        }
        Policy policy = Policies.defaultPolicy();
        Validator validator = AllRules.validator();
        ValidationReport sample = validator.validate(topology, policy);
        System.out.printf(Locale.ROOT, "%s: %d components, %d dependency edges, %d sites, %d services, %d scenarios, %d findings %s%n",
                label, topology.components().size(), edges, topology.sites().size(), topology.services().size(),
                sample.scenarios().size(), sample.findings().size(), sample.summary());
        for (int i = 0; i < warmups; i++) {
            validator.validate(topology, policy);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            validator.validate(topology, policy);
            nanos[i] = System.nanoTime() - t0;
        }
        report("  full report (Validator.validate)", nanos);
        Map<String, Long> perRule = new LinkedHashMap<>();
        ValidationContext ctx = new ValidationContext(topology, policy);
        long t0 = System.nanoTime();
        ctx.analysis();
        perRule.put("drr/v2 loss analysis", System.nanoTime() - t0);
        t0 = System.nanoTime();
        ctx.index();
        perRule.put("topology index", System.nanoTime() - t0);
        for (Rule rule : AllRules.list()) {
            long r0 = System.nanoTime();
            int n = rule.check(ctx).size();
            perRule.put(rule.id() + " (" + n + ")", System.nanoTime() - r0);
        }
        StringBuilder sb = new StringBuilder("  one run by part:");
        perRule.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %.1f ms;", k, v / 1e6)));
        System.out.println(sb);
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p90 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.9) - 1)] / 1e6;
        System.out.printf(Locale.ROOT, "%-40s median %8.2f ms   p90 %8.2f ms   max %8.2f ms  (%d runs)%n", label, median,
                p90, sorted[sorted.length - 1] / 1e6, nanos.length);
    }
}
