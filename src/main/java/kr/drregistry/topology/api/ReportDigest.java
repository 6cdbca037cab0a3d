package kr.drregistry.topology.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import kr.drregistry.topology.validation.RootCauses;
import kr.drregistry.topology.validation.RootCauses.RootCause;
import kr.drregistry.topology.validation.ScenarioSummary;
import kr.drregistry.topology.validation.ServiceOutcome;

/**
 * What a page shows first of a frozen report, computed once when the version is frozen: the {@link #ROOTS} root
 * causes that take the most users down (and how many there are), each with its {@link #PER_ROOT} findings that take
 * the most users down; the {@link #PER_SEVERITY} such findings of every severity; and the scenarios with the
 * per-service outcomes a page names (see {@link #withoutServicesUp}). {@code shown} is a report with just those
 * findings (in report order) and the full summary; {@code findingTotal} counts them all. A 100,000-component report of
 * ~190 MB has a digest of ~3.5 MB.
 */
public record ReportDigest(ReportView shown, int findingTotal, List<Root> roots, int rootTotal) {
    /** How many findings per severity a page lists before "show all" (presentation, not regulation). */
    public static final int PER_SEVERITY = 25;
    /** How many root causes a page lists before "show all", and how many findings each opens to. */
    public static final int ROOTS = 10;
    public static final int PER_ROOT = 10;

    /** A root cause (its findings counted in full) and the positions in {@code shown.findings()} of those it lists. */
    public record Root(RootCause cause, List<Integer> shown) {
    }

    /** Most users lost first (a finding without a number last), the report's order otherwise. */
    public static final Comparator<ReportView.FindingView> BY_USERS_LOST = Comparator.comparing(
            ReportView.FindingView::usersLost, Comparator.nullsLast(Comparator.reverseOrder()));

    public static ReportDigest of(ReportView full) {
        List<ReportView.FindingView> findings = full.findings();
        List<RootCause> causes = RootCauses.of(CompactReport.findingsOf(findings));
        TreeSet<Integer> chosen = new TreeSet<>();
        Map<String, List<Integer>> bySeverity = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            bySeverity.computeIfAbsent(findings.get(i).severity(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> indices : bySeverity.values()) {
            chosen.addAll(top(findings, indices, PER_SEVERITY));
        }
        List<List<Integer>> rootPicks = new ArrayList<>();
        for (RootCause c : causes.subList(0, Math.min(ROOTS, causes.size()))) {
            List<Integer> picked = top(findings, c.findings(), PER_ROOT);
            rootPicks.add(picked);
            chosen.addAll(picked);
        }
        Map<Integer, Integer> position = new HashMap<>();
        List<ReportView.FindingView> shownFindings = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            position.put(i, shownFindings.size());
            shownFindings.add(findings.get(i));
        }
        List<Root> roots = new ArrayList<>();
        for (int r = 0; r < rootPicks.size(); r++) {
            roots.add(new Root(causes.get(r), rootPicks.get(r).stream().map(position::get).toList()));
        }
        List<ScenarioSummary> scenarios = full.scenarios().stream().map(ReportDigest::withoutServicesUp).toList();
        return new ReportDigest(new ReportView(full.policy(), full.summary(), shownFindings, scenarios, full.facilities()),
                findings.size(), roots, causes.size());
    }

    /** The {@code n} of {@code indices} that take the most users down, in that order. */
    private static List<Integer> top(List<ReportView.FindingView> findings, List<Integer> indices, int n) {
        List<Integer> sorted = new ArrayList<>(indices);
        sorted.sort(Comparator.comparing(findings::get, BY_USERS_LOST));
        return List.copyOf(sorted.subList(0, Math.min(n, sorted.size())));
    }

    /**
     * The scenario with the per-service outcomes a page names ({@link ScenarioOutcomes#ITEMS} services down and as many
     * degraded, in report order); the summary's own lists of down and degraded services keep the counts. Of a
     * 100,000-component drr/v2 report (1,000 services, 250 scenarios) the outcomes of every service not up were 19 of
     * the digest's 20 MB, read and parsed on every view of the version.
     */
    private static ScenarioSummary withoutServicesUp(ScenarioSummary s) {
        if (s.services() == null) {
            return s;
        }
        List<ServiceOutcome> named = new ArrayList<>();
        int down = 0;
        int degraded = 0;
        for (ServiceOutcome o : s.services()) {
            boolean keep = "down".equals(o.status()) ? down++ < ScenarioOutcomes.ITEMS
                    : "degraded".equals(o.status()) && degraded++ < ScenarioOutcomes.ITEMS;
            if (keep) {
                named.add(o);
            }
        }
        return s.withServices(named);
    }
}
