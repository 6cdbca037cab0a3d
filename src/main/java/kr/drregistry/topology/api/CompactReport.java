package kr.drregistry.topology.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Severity;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.api.ReportQuery.Language;
import kr.drregistry.topology.validation.RootCauses;
import kr.drregistry.topology.validation.RootCauses.RootCause;
import kr.drregistry.topology.validation.ScenarioSummary;

/**
 * The report as the API answers by default ({@code format: drr-report-compact/1}): the policy and counts, the root
 * causes ranked by users lost (one page of them), one page of findings, and the scenarios without their per-service detail — in one
 * language. Chains are shared: every distinct explanation step is stated once in {@code steps} and a finding's
 * {@code chain} lists {@code [depth, step]} pairs. A 100,000-component report that is 190 MB in full is a few
 * megabytes this way; {@code ?view=full} still gives every finding, chain and per-service outcome in both languages,
 * and {@code ?root=}, {@code ?rule=}, {@code ?severity=} and {@code ?page=} reach any finding.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompactReport(String format, String language, ReportView.PolicyRef policy, Map<String, Integer> summary,
                            Totals totals, RootPage rootCauses, Page findings, List<Step> steps,
                            List<Scenario> scenarios, List<ReportView.FacilityView> facilities) {
    public static final String FORMAT = "drr-report-compact/1";
    /** How many services and scenarios a root cause names before it only counts them (all through {@code ?root=}). */
    public static final int NAMED = 20;

    public record Totals(int findings, int rootCauses, int scenarios) {
    }

    /** A root cause (see {@link RootCauses}); {@code services} and {@code scenarios} name at most {@link #NAMED}. */
    public record Root(String id, String kind, String subject, List<String> sites, Object text, long usersLost,
                       long usersLostLargestService, int serviceCount, List<String> services, int scenarioCount, List<String> scenarios,
                       List<String> rules, Map<String, Integer> severities, String worst, int findingCount) {
    }

    /**
     * One page of the ranked root causes ({@code ?rootPage=}, {@code ?rootSize=}): a 100,000-component topology has
     * tens of thousands, most of them the subject of a single finding.
     */
    public record RootPage(int page, int size, int total, List<Root> items) {
    }

    /** {@code total}: findings that pass the filters; {@code items}: those of this page. */
    public record Page(int page, int size, int total, List<Item> items) {
    }

    /**
     * One finding. {@code n}: its position in the full report (0-based), stable for a version; {@code roots}: the
     * ids of its root causes; {@code chain}: {@code [depth, index into steps]} pairs, top to bottom.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int n, String rule, String severity, Subject subject, String scenario, Object message,
                       Object basis, Object remedy, Long usersLost, List<String> roots, List<int[]> chain) {
    }

    /** One explanation step, stated once however many chains pass through it. */
    public record Step(String kind, String id, String relation, List<String> sites, Object text) {
    }

    /** A scenario's figures; the struck components and per-service outcomes are in {@code ?view=full}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scenario(String id, long usersLost, Long usersLostLargestService, int downComponents,
                           List<String> downServices, List<String> degradedServices, Long usersAffected,
                           Long usersAffectedLargestService, Integer struckComponents) {
    }

    /** The findings of a full report as the engine's records (for the root-cause grouping). */
    public static List<Finding> findingsOf(List<ReportView.FindingView> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (ReportView.FindingView f : findings) {
            out.add(findingOf(f));
        }
        return out;
    }

    private static Finding findingOf(ReportView.FindingView f) {
        return new Finding(f.rule(), Severity.parse(f.severity()), f.subject(), f.scenario(), f.message(), f.chain(),
                f.basis(), f.remedy(), f.usersLost());
    }

    /** The compact or summary view of {@code report} for {@code query} (not for {@link ReportQuery.View#FULL}). */
    public static CompactReport of(ReportView report, ReportQuery query) {
        Reader reader = new Reader(query);
        report.findings().forEach(reader::add);
        return reader.finish(report.policy(), report.summary(), report.scenarios(), report.facilities());
    }

    /**
     * Builds the compact view from a report's findings given one at a time ({@link #add}, in report order), keeping
     * only the root causes and the findings of the page asked for: a stored 100,000-component report is read as a
     * stream, never held whole.
     */
    public static final class Reader {
        private final ReportQuery query;
        private final Language lang;
        private final RootCauses.Grouping grouping = new RootCauses.Grouping();
        private final long from;
        private int count;
        private int admitted;
        private final List<Item> items = new ArrayList<>();
        private final Map<List<Object>, Integer> stepIndex = new HashMap<>();
        private final List<Step> steps = new ArrayList<>();

        public Reader(ReportQuery query) {
            this.query = query;
            this.lang = query.language();
            this.from = (long) (query.page() - 1) * query.size();
        }

        public void add(ReportView.FindingView f) {
            int i = count++;
            List<String> roots = grouping.add(findingOf(f));
            if (query.view() == ReportQuery.View.SUMMARY || !query.admits(f.rule(), f.severity())
                    || query.root() != null && !roots.contains(query.root())) {
                return;
            }
            long k = admitted++;
            if (k < from || k >= from + query.size()) {
                return;
            }
            List<int[]> chain = new ArrayList<>(f.chain().size());
            for (ChainStep s : f.chain()) {
                List<Object> key = List.of(s.kind(), s.id() == null ? "" : s.id(), s.relation() == null ? "" : s.relation(),
                        s.sites(), s.text() == null ? "" : s.text());
                Integer at = stepIndex.get(key);
                if (at == null) {
                    at = steps.size();
                    stepIndex.put(key, at);
                    steps.add(new Step(s.kind(), s.id(), s.relation(), s.sites(), text(s.text(), lang)));
                }
                chain.add(new int[] {s.depth(), at});
            }
            items.add(new Item(i, f.rule(), f.severity(), f.subject(), f.scenario(), text(f.message(), lang),
                    text(f.basis(), lang), text(f.remedy(), lang), f.usersLost(), roots, chain));
        }

        public CompactReport finish(ReportView.PolicyRef policy, Map<String, Integer> summary,
                                    List<ScenarioSummary> scenarioSummaries, List<ReportView.FacilityView> facilities) {
            List<RootCause> causes = grouping.result();
            long firstRoot = (long) (query.rootPage() - 1) * query.rootSize();
            List<Root> roots = new ArrayList<>();
            for (long r = firstRoot; r < causes.size() && r < firstRoot + query.rootSize(); r++) {
                roots.add(root(causes.get((int) r), lang));
            }
            List<ScenarioSummary> all = scenarioSummaries == null ? List.of() : scenarioSummaries;
            List<Scenario> scenarios = all.stream().map(CompactReport::scenario).toList();
            Totals totals = new Totals(count, causes.size(), all.size());
            RootPage rootPage = new RootPage(query.rootPage(), query.rootSize(), causes.size(), roots);
            if (query.view() == ReportQuery.View.SUMMARY) {
                return new CompactReport(FORMAT, lang.wire(), policy, summary, totals, rootPage, null, null, scenarios,
                        facilities);
            }
            Map<String, Integer> rank = new HashMap<>();
            for (int r = 0; r < causes.size(); r++) {
                rank.put(causes.get(r).id(), r);
            }
            List<Item> ranked = new ArrayList<>(items.size());
            for (Item i : items) {  // a finding's root causes in the ranking's order, the most telling first
                List<String> ids = new ArrayList<>(i.roots());
                ids.sort(java.util.Comparator.comparingInt(rank::get));
                ranked.add(new Item(i.n(), i.rule(), i.severity(), i.subject(), i.scenario(), i.message(), i.basis(),
                        i.remedy(), i.usersLost(), List.copyOf(ids), i.chain()));
            }
            return new CompactReport(FORMAT, lang.wire(), policy, summary, totals, rootPage,
                    new Page(query.page(), query.size(), admitted, ranked), List.copyOf(steps), scenarios, facilities);
        }
    }

    private static Root root(RootCause c, Language lang) {
        Map<String, Integer> severities = new LinkedHashMap<>();
        c.severities().forEach((s, n) -> severities.put(s.wire(), n));
        return new Root(c.id(), c.kind().wire(), c.subject(), c.sites(), text(c.text(), lang), c.usersLost(),
                c.usersLostLargestService(), c.services().size(), first(c.services()), c.scenarios().size(), first(c.scenarios()), c.rules(),
                severities, c.worst().wire(), c.findingCount());
    }

    private static List<String> first(List<String> all) {
        return all.size() <= NAMED ? all : all.subList(0, NAMED);
    }

    private static Scenario scenario(ScenarioSummary s) {
        return new Scenario(s.id(), s.usersLost(), s.usersLostLargestService(), s.downComponents(), s.downServices(),
                s.degradedServices(), s.usersAffected(), s.usersAffectedLargestService(),
                s.struckComponents() == null ? null : s.struckComponents().size());
    }

    /** A text in the asked language, or both as {@code {ko, en}}. */
    static Object text(LocalizedText t, Language lang) {
        if (t == null) {
            return null;
        }
        return switch (lang) {
            case KO -> t.ko();
            case EN -> t.en();
            case BOTH -> t;
        };
    }
}
