package kr.drregistry.topology.validation;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import kr.drregistry.budget.Budget;
import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.model.Topology;

/**
 * Runs every rule over one shared {@link ValidationContext} (one topology index, one drr/v2 loss analysis) and
 * assembles the {@link ValidationReport}. Rules the policy disables are not run.
 */
public final class Validator {
    private final RuleSet<ValidationContext, Rule> rules;

    /** A validator with {@code rules}; {@code AllRules.validator()} is the one with every rule. */
    public Validator(List<Rule> rules) {
        this.rules = new RuleSet<>(rules);
    }

    /** Validates {@code topology} under {@code policy}, including the per-scenario loss summary. */
    public ValidationReport validate(Topology topology, Policy policy) {
        return validate(topology, policy, Budget.unlimited());
    }

    /** As {@link #validate}, within {@code budget} (a {@link kr.drregistry.budget.BudgetExceededException} when it runs out). */
    public ValidationReport validate(Topology topology, Policy policy, Budget budget) {
        return validate(topology, policy, budget, FacilityLookup.NONE);
    }

    /**
     * As {@link #validate(Topology, Policy, Budget)}, a document's foreign facility references resolved through
     * {@code facilities} (the platform: other organisations' latest accepted filings). The report alone: without the
     * loss analysis and facility resolution that {@link #analyze} keeps for the pictures and the sector view.
     */
    public ValidationReport validate(Topology topology, Policy policy, Budget budget, FacilityLookup facilities) {
        return report(new ValidationContext(topology, policy, budget, facilities));
    }

    /** As {@link #validate}, keeping the loss simulation for explanations (matrix cells, "what if"). */
    public Analysis analyze(Topology topology, Policy policy) {
        return analyze(topology, policy, Budget.unlimited());
    }

    /**
     * As {@link #analyze(Topology, Policy)}, within {@code budget}: the rules and the loss simulation check it in their
     * loops and stop with a {@link kr.drregistry.budget.BudgetExceededException} when it runs out or is cancelled.
     */
    public Analysis analyze(Topology topology, Policy policy, Budget budget) {
        return analyze(topology, policy, budget, FacilityLookup.NONE);
    }

    /**
     * As {@link #analyze(Topology, Policy, Budget)}, foreign facility references resolved through {@code facilities}:
     * the report with the drr/v2 analysis it was made from and the sites' facility resolution (the sector view reads
     * them when a version is submitted).
     */
    public Analysis analyze(Topology topology, Policy policy, Budget budget, FacilityLookup facilities) {
        ValidationContext ctx = new ValidationContext(topology, policy, budget, facilities);
        ValidationReport report = report(ctx);
        return new Analysis(topology, report, ctx.analysis(), ctx.facilities());
    }

    private ValidationReport report(ValidationContext ctx) {
        ctx.facilities(); // on this thread: the platform's lookup reads the database
        Policy policy = ctx.policy();
        Run run = run(ctx, true);
        return new ValidationReport(policy.id(), policy.version(), ValidationReport.summarize(run.findings()),
                run.findings(), run.scenarios(), ctx.facilities().references());
    }

    /** The drr/v2 summary of every scenario (FILING-FORMAT-V2.md §3, last paragraph), in scenario order. */
    public static List<ScenarioSummary> scenarios(kr.drregistry.topology.loss.LossAnalysis loss, Topology topology) {
        return scenarios(loss, topology, 0, loss.scenarios().size());
    }

    /** Scenarios a part of the summaries covers: a block of the loss engine's columns (64 a word). */
    private static final int SCENARIOS_PER_PART = 64;

    /** The summaries of scenarios {@code from} to {@code to} (exclusive), in scenario order. */
    private static List<ScenarioSummary> scenarios(kr.drregistry.topology.loss.LossAnalysis loss, Topology topology,
                                                   int from, int to) {
        List<ScenarioSummary> summaries = new ArrayList<>(to - from);
        for (int s = from; s < to; s++) {
            List<ServiceOutcome> services = new ArrayList<>(topology.services().size());
            for (var service : topology.services()) {
                String id = service.id();
                var status = loss.serviceStatus(s, id);
                Object rpo = ServiceOutcome.number(loss.serviceRpo(s, id).seconds());
                if (status == kr.drregistry.topology.loss.ServiceStatus.DOWN) {
                    services.add(new ServiceOutcome(id, "down", null, rpo, null,
                            ServiceOutcome.number(loss.repairEstimate(s, id).orElseThrow().minutes())));
                } else {
                    services.add(new ServiceOutcome(id, status == kr.drregistry.topology.loss.ServiceStatus.UP ? "up" : "degraded",
                            loss.serviceCapacity(s, id).orElseThrow(), rpo,
                            ServiceOutcome.number(loss.serviceRecoveryMinutes(s, id).orElseThrow()), null));
                }
            }
            var scenario = loss.scenarios().get(s);
            summaries.add(new ScenarioSummary(scenario.id(), loss.downServices(s), loss.downComponentCount(s),
                    loss.usersLost(s), loss.usersLostLargestService(s), scenario.struckComponents(),
                    loss.degradedServices(s), loss.usersAffected(s), loss.usersAffectedLargestService(s), services));
        }
        return summaries;
    }

    /** Every enabled rule's findings in {@link RuleSet#ORDER}. */
    public List<Finding> findings(ValidationContext ctx) {
        return run(ctx, false).findings();
    }

    private record Run(List<Finding> findings, List<ScenarioSummary> scenarios) {
    }

    /**
     * Runs every enabled rule and, with {@code scenarios}, computes the scenario summaries. The rules that do not read
     * the loss analysis run on another thread while this one builds the analysis; then the rules that read it and the
     * summaries run side by side ({@link SideBySide}; the analysis is safe for concurrent readers): first the
     * scenarios' per-service figures a block at a time (several rules and the summaries read them), then the rules that
     * do not split, then the parts of those that do ({@link Rule#parts}) and of the summaries, so that the cores
     * finish together.
     * Every part's findings are put back in rule and part order before the (stable) sort, so the report does not
     * depend on which finished first: it is the report of running everything one after the other.
     */
    private Run run(ValidationContext ctx, boolean scenarios) {
        ctx.facilities(); // on the caller's thread, before any rule runs elsewhere: the platform's lookup reads the database
        List<Rule> enabled = rules.enabled(ctx.policy()::enabled);
        List<Rule> structural = enabled.stream().filter(r -> !r.needsLossSimulation()).toList();
        List<Rule> reading = enabled.stream().filter(Rule::needsLossSimulation).toList();
        CompletableFuture<List<List<Finding>>> first = CompletableFuture.supplyAsync(
                () -> structural.stream().map(r -> check(ctx, r)).toList());
        try {
            if (!reading.isEmpty() || scenarios) {
                ctx.analysis();
            }
            List<Supplier<Object>> jobs = new ArrayList<>();
            List<Integer> figures = new ArrayList<>(); // taken first: the scenarios' per-service figures, a block each
            List<Integer> whole = new ArrayList<>();   // then the rules that do not split
            List<Integer> parts = new ArrayList<>();   // then the parts of those that do
            int[] firstJob = new int[reading.size() + 1];
            for (int r = 0; r < reading.size(); r++) {
                Rule rule = reading.get(r);
                int n = rule.parts(ctx);
                firstJob[r] = jobs.size();
                for (int p = 0; p < n; p++) {
                    int part = p;
                    (n == 1 ? whole : parts).add(jobs.size());
                    jobs.add(n == 1 ? () -> check(ctx, rule) : () -> check(ctx, rule, part));
                }
            }
            firstJob[reading.size()] = jobs.size();
            int summariesFrom = jobs.size();
            if (scenarios) {
                int count = ctx.analysis().scenarios().size();
                for (int from = 0; from < count; from += SCENARIOS_PER_PART) {
                    int start = from;
                    parts.add(jobs.size());
                    jobs.add(() -> scenarios(ctx.analysis(), ctx.topology(), start,
                            Math.min(count, start + SCENARIOS_PER_PART)));
                }
            }
            int summariesTo = jobs.size();
            if (!reading.isEmpty() || scenarios) {
                int count = ctx.analysis().scenarios().size();
                for (int from = 0; from < count; from += SCENARIOS_PER_PART) {
                    int start = from;
                    figures.add(jobs.size());
                    jobs.add(() -> {
                        ctx.budget().check();
                        ctx.analysis().prepareFigures(start);
                        return null;
                    });
                }
            }
            int[] order = java.util.stream.Stream.of(figures, whole, parts).flatMap(List::stream)
                    .mapToInt(Integer::intValue).toArray();
            List<Object> done = SideBySide.run(jobs, order);
            List<Finding> findings = new ArrayList<>();
            first.join().forEach(findings::addAll);
            for (int j = 0; j < firstJob[reading.size()]; j++) {
                @SuppressWarnings("unchecked")
                List<Finding> of = (List<Finding>) done.get(j);
                findings.addAll(of);
            }
            findings = RuleSet.ordered(findings);
            List<ScenarioSummary> summaries = null;
            if (scenarios) {
                summaries = new ArrayList<>();
                for (int j = summariesFrom; j < summariesTo; j++) {
                    @SuppressWarnings("unchecked")
                    List<ScenarioSummary> of = (List<ScenarioSummary>) done.get(j);
                    summaries.addAll(of);
                }
            }
            return new Run(findings, summaries);
        } catch (RuntimeException e) {
            first.cancel(false);
            ctx.budget().check();
            throw e;
        }
    }

    private static List<Finding> check(ValidationContext ctx, Rule rule, int part) {
        ctx.budget().check();
        return rule.check(ctx, part);
    }

    private static List<Finding> check(ValidationContext ctx, Rule rule) {
        ctx.budget().check();
        return rule.check(ctx);
    }
}
