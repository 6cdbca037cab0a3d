package kr.drregistry.topology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import kr.drregistry.budget.Budget;
import kr.drregistry.budget.BudgetExceededException;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.RuleSet;
import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.validation.rules.AllRules;
import kr.drregistry.topology.validation.rules.Spof002;

/**
 * The validation runs its rules, their parts and the scenario summaries side by side on the cores there are; the
 * report must be the one of running everything one after the other, on a topology with many scenarios and findings,
 * and a failure on any thread must reach the caller.
 */
class SideBySideTest {
    private static final Policy POLICY = Policies.defaultPolicy();

    /** Every rule's whole check and the summaries, one after the other on this thread: the reference. */
    private static ValidationReport sequential(Topology topology) {
        ValidationContext ctx = new ValidationContext(topology, POLICY);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : AllRules.list()) {
            if (POLICY.enabled(rule.id())) {
                findings.addAll(rule.check(ctx));
            }
        }
        findings = RuleSet.ordered(findings);
        return new ValidationReport(POLICY.id(), POLICY.version(), ValidationReport.summarize(findings), findings,
                Validator.scenarios(ctx.analysis(), topology), ctx.facilities().references());
    }

    @Test
    void theReportIsTheSequentialOneOnAManyScenarioTopology() {
        for (Topology topology : List.of(SyntheticTopology.generate(3_000, 10, 30, 120, 11L),
                SyntheticTopology.generateV2(3_000, 10, 30, 120, 40, 11L))) {
            ValidationReport expected = sequential(topology);
            assertTrue(expected.scenarios().size() > 2 * 64, "several parts of scenario summaries: " + expected.scenarios().size());
            assertTrue(expected.findings().stream().filter(f -> f.rule().equals(Spof002.ID)).count() > 100,
                    "many SPOF-002 findings, in many parts");
            for (int run = 0; run < 3; run++) {
                ValidationReport report = AllRules.validator().validate(topology, POLICY);
                assertEquals(expected.findings(), report.findings());
                assertEquals(expected.scenarios(), report.scenarios());
                assertEquals(expected.summary(), report.summary());
                assertEquals(expected, report);
            }
        }
    }

    @Test
    void aSplitRulesPartsAreItsWholeCheck() {
        Topology topology = SyntheticTopology.generate(2_000, 10, 20, 60, 5L);
        ValidationContext ctx = new ValidationContext(topology, POLICY);
        Spof002 rule = new Spof002();
        assertTrue(rule.parts(ctx) > 1, "several parts: " + rule.parts(ctx));
        List<Finding> parts = new ArrayList<>();
        for (int p = 0; p < rule.parts(ctx); p++) {
            parts.addAll(rule.check(ctx, p));
        }
        assertEquals(rule.check(ctx), parts);
    }

    @Test
    void resultsComeInTheJobsOrderWhateverFinishesFirst() {
        List<Supplier<Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int job = i;
            jobs.add(() -> {
                try {
                    Thread.sleep((50 - job) % 7);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return job * job;
            });
        }
        int[] order = IntStream.range(0, 50).map(i -> 49 - i).toArray();
        assertEquals(IntStream.range(0, 50).map(i -> i * i).boxed().toList(), SideBySide.<Integer>run(jobs, order));
    }

    /** An exception in a job, on whatever thread it ran, is thrown to the caller; no job is started after it. */
    @Test
    void anExceptionInAJobReachesTheCaller() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger started = new AtomicInteger();
        List<Supplier<Object>> jobs = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            int job = i;
            jobs.add(() -> {
                started.incrementAndGet();
                if (job == 3) {
                    throw boom;
                }
                try {
                    Thread.sleep(1);  // the failure is on its way long before the last job could start
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return job;
            });
        }
        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> SideBySide.run(jobs, IntStream.range(0, 1_000).toArray())));
        assertTrue(started.get() < 1_000, "the jobs after the failure were not started: " + started.get());
    }

    /** A cancelled budget stops a validation whose rules run side by side: the caller gets the budget's exception. */
    @Test
    void aCancelledBudgetStopsTheValidation() {
        Budget budget = Budget.of(java.time.Duration.ofMinutes(5));
        budget.cancel();
        BudgetExceededException e = assertThrows(BudgetExceededException.class,
                () -> AllRules.validator().validate(SyntheticTopology.generate(2_000, 10, 20, 60, 5L), POLICY, budget));
        assertEquals(Budget.Stop.CLIENT_GONE, e.reason());
    }
}
