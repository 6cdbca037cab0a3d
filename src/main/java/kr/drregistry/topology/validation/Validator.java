package kr.drregistry.topology.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.validation.rules.AllRules;

/**
 * Runs every rule over one shared {@link ValidationContext} (one topology index, one loss simulation) and
 * assembles the {@link ValidationReport}. Rules the policy disables are not run.
 */
public final class Validator {
    /** Report order: severity (most severe first), rule id, subject id, scenario (none first). */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.subject().id(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::scenario, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<Rule> rules;

    /** A validator with {@link AllRules#list() every rule}. */
    public Validator() {
        this(AllRules.list());
    }

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Validates {@code topology} under {@code policy}, including the per-scenario loss summary. */
    public ValidationReport validate(Topology topology, Policy policy) {
        return analyze(topology, policy).report();
    }

    /** As {@link #validate}, within {@code budget} (a {@link kr.drregistry.budget.BudgetExceededException} when it runs out). */
    public ValidationReport validate(Topology topology, Policy policy, kr.drregistry.budget.Budget budget) {
        return analyze(topology, policy, budget).report();
    }

    /** As {@link #validate}, keeping the loss simulation for explanations (matrix cells, "what if"). */
    public Analysis analyze(Topology topology, Policy policy) {
        return analyze(topology, policy, kr.drregistry.budget.Budget.unlimited());
    }

    /**
     * As {@link #analyze(Topology, Policy)}, within {@code budget}: the rules and the loss simulation check it in their
     * loops and stop with a {@link kr.drregistry.budget.BudgetExceededException} when it runs out or is cancelled.
     */
    public Analysis analyze(Topology topology, Policy policy, kr.drregistry.budget.Budget budget) {
        return analyze(topology, policy, budget, kr.drregistry.topology.facility.FacilityLookup.NONE);
    }

    /**
     * As {@link #analyze(Topology, Policy, kr.drregistry.budget.Budget)}, a drr/v2 document's foreign facility
     * references resolved through {@code facilities} (the platform: other organisations' latest accepted filings).
     */
    public Analysis analyze(Topology topology, Policy policy, kr.drregistry.budget.Budget budget,
                            kr.drregistry.topology.facility.FacilityLookup facilities) {
        ValidationContext ctx = new ValidationContext(topology, policy, budget, facilities);
        ctx.facilities(); // on this thread: the platform's lookup reads the database
        List<Finding> findings = findings(ctx);
        ValidationReport report = new ValidationReport(policy.id(), policy.version(),
                ValidationReport.summarize(findings), findings, scenarios(ctx.analysis(), topology),
                ctx.facilities().references());
        return new Analysis(topology, report, ctx.loss());
    }

    /** The drr/v2 summary of every scenario (FILING-FORMAT-V2.md §3, last paragraph), in scenario order. */
    public static List<ScenarioSummary> scenarios(kr.drregistry.topology.loss.LossAnalysis loss, Topology topology) {
        List<ScenarioSummary> summaries = new ArrayList<>(loss.scenarios().size());
        for (int s = 0; s < loss.scenarios().size(); s++) {
            List<ServiceOutcome> services = new ArrayList<>(topology.services().size());
            for (var service : topology.services()) {
                String id = service.id();
                var status = loss.serviceStatus(s, id);
                Object rpo = ServiceOutcome.number(loss.serviceRpo(s, id).seconds());
                if (status == kr.drregistry.topology.loss.ServiceStatus.DOWN) {
                    services.add(new ServiceOutcome(id, "down", null, rpo, null,
                            ServiceOutcome.number(loss.repairEstimate(s, id).orElseThrow().minutes())));
                } else {
                    services.add(new ServiceOutcome(id, status.name().toLowerCase(java.util.Locale.ROOT),
                            loss.serviceCapacity(s, id).orElseThrow(), rpo,
                            ServiceOutcome.number(loss.serviceRecoveryMinutes(s, id).orElseThrow()), null));
                }
            }
            var scenario = loss.scenarios().get(s);
            summaries.add(new ScenarioSummary(scenario.id(), loss.downServices(s), loss.downComponentCount(s),
                    loss.usersLost(s), scenario.struckComponents(), loss.degradedServices(s), loss.usersAffected(s),
                    services));
        }
        return summaries;
    }

    /**
     * Runs every enabled rule. When some rule needs the loss simulation, the simulation starts at once on another
     * thread while the structural rules run on this one; the simulation rules run last, once it is ready.
     */
    public List<Finding> findings(ValidationContext ctx) {
        List<Rule> enabled = rules.stream().filter(r -> ctx.policy().enabled(r.id())).toList();
        CompletableFuture<?> loss = enabled.stream().anyMatch(Rule::needsLossSimulation)
                ? CompletableFuture.runAsync(() -> {
                    ctx.loss();
                    ctx.analysis();
                }) : CompletableFuture.completedFuture(null);
        List<Finding> findings = new ArrayList<>();
        try {
            for (Rule rule : enabled) {
                if (!rule.needsLossSimulation()) {
                    ctx.budget().check();
                    findings.addAll(rule.check(ctx));
                }
            }
            loss.join();
        } catch (kr.drregistry.budget.BudgetExceededException | java.util.concurrent.CompletionException e) {
            loss.cancel(false);
            ctx.budget().check();
            throw e;
        }
        for (Rule rule : enabled) {
            if (rule.needsLossSimulation()) {
                ctx.budget().check();
                findings.addAll(rule.check(ctx));
            }
        }
        findings.sort(ORDER);
        return findings;
    }
}
