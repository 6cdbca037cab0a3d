package kr.drregistry.topology.simulation.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.simulation.LossResult;
import kr.drregistry.topology.simulation.LossSimulator;
import kr.drregistry.topology.validation.LocalizedText;
import kr.drregistry.topology.validation.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.topology.validation.Severity;
import kr.drregistry.topology.validation.ValidationContext;
import kr.drregistry.topology.validation.rules.Ops001;
import kr.drregistry.topology.validation.rules.Rto001;
import kr.drregistry.topology.validation.rules.Spof002;

/**
 * Benchmark entry point: generates a large synthetic topology (100,000 components, about 1,000,000 dependency
 * edges, 50 sites, 200 risk groups) and a small one (1,000 components), warms up, and prints the median and
 * 90th percentile of {@link LossSimulator#simulate} and of simulation plus the SPOF-002, OPS-001 and RTO-001
 * findings. Run with {@code java -Xmx1g -cp target/classes:<dependencies> ...SimulationBench}.
 */
public final class SimulationBench {
    private SimulationBench() {
    }

    public static void main(String[] args) {
        run("large", SyntheticTopology.generate(100_000, 10, 50, 200, 42L), 3, 11);
        run("small", SyntheticTopology.generate(1_000, 10, 10, 20, 7L), 200, 200);
    }

    private static void run(String label, Topology topology, int warmups, int runs) {
        long edges = 0;
        for (Component c : topology.components()) {
            for (Dependency d : c.dependsOn()) {
                edges += d.targets().size();
            }
            edges += c.failover().requires().size();
        }
        List<Rule> rules = List.of(new Spof002(), new Ops001(), new Rto001());
        Policy policy = policy();
        LossResult sample = LossSimulator.simulate(topology, 60);
        int findings = findings(topology, policy, rules);
        long down = 0;
        for (int s = 0; s < sample.scenarios().size(); s++) {
            down += sample.downComponentCount(s);
        }
        System.out.printf(Locale.ROOT, "%s: %d components, %d dependency edges, %d services, %d scenarios,"
                        + " %d down component-scenarios, %d findings%n", label, topology.components().size(), edges,
                topology.services().size(), sample.scenarios().size(), down, findings);
        for (int i = 0; i < warmups; i++) {
            LossSimulator.simulate(topology, 60);
            findings(topology, policy, rules);
        }
        long[] simulate = new long[runs];
        long[] withRules = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            LossSimulator.simulate(topology, 60);
            long t1 = System.nanoTime();
            findings(topology, policy, rules);
            long t2 = System.nanoTime();
            simulate[i] = t1 - t0;
            withRules[i] = t2 - t1;
        }
        report(label + " simulate()", simulate);
        report(label + " simulate + SPOF-002/OPS-001/RTO-001", withRules);
    }

    private static int findings(Topology topology, Policy policy, List<Rule> rules) {
        ValidationContext ctx = new ValidationContext(topology, policy);
        int count = 0;
        for (Rule rule : rules) {
            count += rule.check(ctx).size();
        }
        return count;
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p90 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.9) - 1)] / 1e6;
        System.out.printf(Locale.ROOT, "  %-50s median %8.2f ms   p90 %8.2f ms   (%d runs)%n", label, median, p90,
                nanos.length);
    }

    private static Policy policy() {
        Map<String, Policy.RuleSetting> rules = new LinkedHashMap<>();
        rules.put(Spof002.ID, new Policy.RuleSetting(Severity.CRITICAL, true, LocalizedText.of("벤치마크", "benchmark")));
        rules.put(Ops001.ID, new Policy.RuleSetting(Severity.CRITICAL, true, LocalizedText.of("벤치마크", "benchmark")));
        rules.put(Rto001.ID, new Policy.RuleSetting(Severity.HIGH, true, LocalizedText.of("벤치마크", "benchmark")));
        return new Policy("bench", "1", LocalizedText.of("벤치마크 정책", "benchmark policy"), rules,
                Map.of(Policy.FAILOVER_DEFAULT_MANUAL_MINUTES, 60.0));
    }
}
