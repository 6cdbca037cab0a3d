package kr.drregistry.topology.loss;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import kr.drregistry.topology.graph.DependencyGraph;
import kr.drregistry.topology.graph.DependencyGraph.EdgeType;
import kr.drregistry.topology.graph.Scc;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.LocalizedText;

/**
 * Explanation chains of the drr/v2 loss analysis, built on demand.
 *
 * <p>Why a component is down (rules 7 to 9): it is struck (root cause); or it has no usable path, one step whose
 * relation names what stopped the path that came closest ({@link #PROVIDER}, {@link #DATA_LOSS},
 * {@link #FAILOVER_BLOCKED}, {@link #RESTORE_BLOCKED}, {@link #NO_BACKUP}, {@link #RESTORE_SITE_LOST}, or
 * {@link #NO_PATH} when nothing could run) and whose text gives the reason for each path, followed by the
 * requirements that block a path ({@code failover-requires}, {@code restore-requires}) and why they are down; or
 * its down hard dependencies ({@code hard-dependency}, every {@code anyOf} member when all are down). Causes are
 * well-founded inside dependency cycles: only components that went down strictly earlier in the least-fixed-point
 * derivation of that scenario may explain a cycle member (the derivation is replayed for the one scenario and
 * cycle when first asked).
 *
 * <p>Why a service takes its recovery time (rules 11, 12): the slowest entrypoint and, step by step, the
 * dependency that sets the largest time below it, cycles (§7.8) named with their slowest member.
 */
final class LossChains {
    static final String SERVICE = "service";
    static final String ENTRYPOINT = "entrypoint";
    static final String HARD = "hard-dependency";
    static final String ANY_OF = "any-of-member";
    static final String FAILOVER_REQUIRES = "failover-requires";
    static final String RESTORE_REQUIRES = "restore-requires";
    /** Root: the scenario strikes the component. */
    static final String STRUCK = "struck";
    /** Root: no path could run whatever other components do (no active, no usable standby, no restore). */
    static final String NO_PATH = "no-usable-placement";
    /** Root: a standby survives but only the provider decides the failover. */
    static final String PROVIDER = "failover-provider-decided";
    /** Root: a standby survives but the failover forbids data loss and the scenario loses data. */
    static final String DATA_LOSS = "failover-data-loss";
    /** The failover could run but a {@code failover.requires} component is down (children say which). */
    static final String FAILOVER_BLOCKED = "failover-blocked";
    /** The restore could run but a {@code restore.requires} component is down (children say which). */
    static final String RESTORE_BLOCKED = "restore-blocked";
    /** Root: the restore needs a backup in a surviving site and there is none. */
    static final String NO_BACKUP = "no-backup";
    /** Root: the restore site is lost too. */
    static final String RESTORE_SITE_LOST = "restore-site-lost";
    /** Relations that end a branch. */
    static final Set<String> ROOTS = Set.of(STRUCK, NO_PATH, PROVIDER, DATA_LOSS, NO_BACKUP, RESTORE_SITE_LOST);
    /** Chains stop after this many steps (a last step says that more causes exist), to keep reports readable. */
    static final int MAX_CHAIN_STEPS = 200;

    private final LossModel m;
    private final LossState st;
    private final BitLossAnalysis analysis;
    private final Map<Long, int[]> ranks = new ConcurrentHashMap<>();
    /**
     * The text of each link step made so far, by component, relation and whether it was seen above: the same link
     * recurs in many chains (at 100,000 components, 170,000 link steps have 7,000 texts), and one shared text costs
     * neither its making nor its memory again, and is told equal to itself at once where reports state each text once.
     */
    private final Map<Link, LocalizedText> links = new ConcurrentHashMap<>();

    LossChains(LossState st, BitLossAnalysis analysis) {
        this.st = st;
        this.m = st.m;
        this.analysis = analysis;
    }

    /** A pending step: a link to a component (then its cause follows) or a prepared cause step with children. */
    private record Frame(int depth, int c, String relation, ChainStep step, List<Frame> children) {
    }

    List<ChainStep> service(int s, int v) {
        if (analysis.status(s, v) != ServiceStatus.DOWN) {
            return List.of();
        }
        String id = m.ids.topology().services().get(v).id();
        List<ChainStep> out = new ArrayList<>();
        out.add(new ChainStep(0, "service", id, SERVICE, List.of(),
                LossTexts.serviceDown(id, m.cols.scenarios.get(s).id())));
        Deque<Frame> stack = new ArrayDeque<>();
        int[] eps = analysis.roots(v);
        for (int i = eps.length - 1; i >= 0; i--) {
            if (st.down(eps[i], s)) {
                stack.push(new Frame(1, eps[i], ENTRYPOINT, null, null));
            }
        }
        expand(s, stack, new HashSet<>(), out);
        return List.copyOf(out);
    }

    List<ChainStep> component(int s, int c) {
        if (!st.down(c, s)) {
            return List.of();
        }
        Deque<Frame> stack = new ArrayDeque<>();
        pushCause(s, c, 0, stack);
        Set<Integer> seen = new HashSet<>();
        seen.add(c);
        List<ChainStep> out = new ArrayList<>();
        expand(s, stack, seen, out);
        return List.copyOf(out);
    }

    private void expand(int s, Deque<Frame> stack, Set<Integer> seen, List<ChainStep> out) {
        while (!stack.isEmpty()) {
            if (out.size() >= MAX_CHAIN_STEPS) {
                out.add(new ChainStep(0, "note", "more", "more", List.of(), LossTexts.more(stack.size())));
                return;
            }
            Frame f = stack.pop();
            if (f.step() != null) {
                out.add(f.step());
                for (int i = f.children().size() - 1; i >= 0; i--) {
                    stack.push(f.children().get(i));
                }
                continue;
            }
            String id = m.components.get(f.c()).id();
            boolean again = !seen.add(f.c());
            out.add(new ChainStep(f.depth(), "component", id, f.relation(), List.of(), link(f.relation(), f.c(), id, again)));
            if (!again) {
                pushCause(s, f.c(), f.depth() + 1, stack);
            }
        }
    }

    /** A link step's text depends on these only. */
    private record Link(int c, String relation, boolean again) {
    }

    /** {@link LossTexts#link}, made once per component, relation and {@code again}. */
    private LocalizedText link(String relation, int c, String id, boolean again) {
        return links.computeIfAbsent(new Link(c, relation, again), k -> LossTexts.link(relation, id, again));
    }

    /** Pushes the well-founded causes of down component {@code c} in scenario {@code s}. */
    private void pushCause(int s, int c, int depth, Deque<Frame> stack) {
        String id = m.components.get(c).id();
        if (m.cols.struck(c, s)) {
            stack.push(new Frame(depth, c, STRUCK, new ChainStep(depth, "component", id, STRUCK, List.of(),
                    LossTexts.struck(id, m.cols.scenarios.get(s).id())), List.of()));
            return;
        }
        Frame noPath = noPath(s, c, depth);
        if (noPath != null) {
            stack.push(noPath);
            return;
        }
        List<Frame> causes = new ArrayList<>();
        DependencyGraph g = m.graph;
        for (int h = g.groupStart(c); h < g.groupEnd(c); h++) {
            boolean any = g.anyOf(h);
            boolean all = true;
            for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                all &= downBefore(g.target(e), c, s);
            }
            for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                int d = g.target(e);
                if (any ? all : downBefore(d, c, s)) {
                    causes.add(new Frame(depth, d, any ? ANY_OF : HARD, null, null));
                }
            }
        }
        if (causes.isEmpty()) {
            throw new IllegalStateException("component " + id + " is down without a cause");
        }
        for (int i = causes.size() - 1; i >= 0; i--) {
            stack.push(causes.get(i));
        }
    }

    /** Whether {@code component} has a standby placement (a loop: this runs for every step of every chain). */
    private static boolean hasStandby(Component component) {
        for (var p : component.placements()) {
            if (p.role() == PlacementRole.STANDBY) {
                return true;
            }
        }
        return false;
    }

    /** The no-usable-path step of {@code c} when no path runs given what went down before it; else null. */
    private Frame noPath(int s, int c, int depth) {
        Component component = m.components.get(c);
        if (m.activeSurvives(c, s)) {
            return null;
        }
        boolean standby = m.placementSurvives(c, s, PlacementRole.STANDBY);
        boolean hasStandby = hasStandby(component);
        boolean dataOk = m.dataLossAllowed(c, s);
        List<Integer> reqF = before(EdgeType.FAILOVER_REQUIRES, c, s);
        boolean failoverStatic = standby && m.failoverCounts[c] && dataOk;
        if (failoverStatic && reqF.isEmpty()) {
            return null;
        }
        boolean hasRestore = component.restore() != null;
        String restoreSite = hasRestore ? component.restore().site() : null;
        boolean siteOk = hasRestore && !m.cols.siteLost(m.ids.siteIndex(restoreSite), s);
        boolean backupOk = !m.data.durable(c);
        for (int b = m.data.backupStart(c); b < m.data.backupEnd(c) && !backupOk; b++) {
            backupOk = !m.cols.siteLost(m.data.backupSite(b), s);
        }
        List<Integer> reqR = before(EdgeType.RESTORE_REQUIRES, c, s);
        boolean restoreStatic = siteOk && backupOk;
        if (restoreStatic && reqR.isEmpty()) {
            return null;
        }
        List<String> standbySites = sites(c, s, PlacementRole.STANDBY, false);
        String[] failover;
        String relation = null;
        if (!hasStandby) {
            failover = LossTexts.noStandby();
        } else if (!standby) {
            failover = LossTexts.standbyLost(sites(c, s, PlacementRole.STANDBY, true));
        } else if (component.failover().mode() == FailoverMode.NONE) {
            failover = LossTexts.noFailover(standbySites);
        } else if (!m.failoverCounts[c]) {
            failover = LossTexts.providerDecided(standbySites);
            relation = PROVIDER;
        } else if (!dataOk) {
            int holder = m.firstLosingData(c, s);
            failover = LossTexts.dataLoss(m.components.get(holder).id(), m.data.rpo(holder, s, m.cols));
            relation = DATA_LOSS;
        } else {
            failover = LossTexts.requires(ids(reqF));
            relation = FAILOVER_BLOCKED;
        }
        String[] restore;
        if (!hasRestore) {
            restore = LossTexts.noRestore();
        } else if (!siteOk) {
            restore = LossTexts.restoreSiteLost(restoreSite);
            relation = relation == null ? RESTORE_SITE_LOST : relation;
        } else if (!backupOk) {
            restore = LossTexts.noBackup();
            relation = relation == null ? NO_BACKUP : relation;
        } else {
            restore = LossTexts.requires(ids(reqR));
            relation = relation == null || !relation.equals(FAILOVER_BLOCKED) ? RESTORE_BLOCKED : relation;
        }
        if (relation == null) {
            relation = NO_PATH;
        }
        List<Frame> children = new ArrayList<>();
        if (failoverStatic) {
            for (int r : reqF) {
                children.add(new Frame(depth + 1, r, FAILOVER_REQUIRES, null, null));
            }
        }
        if (restoreStatic) {
            for (int r : reqR) {
                children.add(new Frame(depth + 1, r, RESTORE_REQUIRES, null, null));
            }
        }
        String id = component.id();
        ChainStep step = new ChainStep(depth, "component", id, relation, sites(c, s, null, true),
                LossTexts.noPath(id, sites(c, s, PlacementRole.ACTIVE, true), failover, restore));
        return new Frame(depth, c, relation, step, children);
    }

    /** {@code c}'s requirements of {@code type} that went down before it in {@code s}, distinct, in order. */
    private List<Integer> before(EdgeType type, int c, int s) {
        List<Integer> out = new ArrayList<>();
        for (int e = m.graph.requiresStart(type, c); e < m.graph.requiresEnd(type, c); e++) {
            int r = m.graph.requiresTarget(type, e);
            if (!out.contains(r) && downBefore(r, c, s)) {
                out.add(r);
            }
        }
        return out;
    }

    private List<String> ids(List<Integer> components) {
        return components.stream().map(c -> m.components.get(c).id()).toList();
    }

    /** Distinct sites of {@code c}'s placements (of {@code role}, any when null) lost or surviving in {@code s}. */
    private List<String> sites(int c, int s, PlacementRole role, boolean lost) {
        List<String> sites = new ArrayList<>();
        List<Placement> placements = m.components.get(c).placements();
        int first = m.ids.placementStart(c);
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if ((role == null || p.role() == role) && m.cols.siteLost(m.ids.placementSite(first + i), s) == lost
                    && !sites.contains(p.site())) {
                sites.add(p.site());
            }
        }
        return sites;
    }

    /**
     * Whether {@code x} is down in {@code s} and may explain {@code c}: always outside {@code c}'s cyclic component
     * of the loss graph, inside it only when it went down strictly earlier in the derivation of {@code s}.
     */
    private boolean downBefore(int x, int c, int s) {
        if (!st.down(x, s)) {
            return false;
        }
        Scc scc = m.loss.scc();
        int k = scc.comp[c];
        if (scc.comp[x] != k || !scc.cyclic[k]) {
            return true;
        }
        int[] rank = ranks.computeIfAbsent(((long) s << 32) | k, key -> deriveRanks(s, k));
        return rank[scc.position[x] - scc.start[k]] < rank[scc.position[c] - scc.start[k]];
    }

    /** The order in which the members of cyclic component {@code k} go down in {@code s} (rule 9 replayed). */
    private int[] deriveRanks(int s, int k) {
        Scc scc = m.loss.scc();
        var reverse = m.loss.reverse();
        int from = scc.start[k], size = scc.start[k + 1] - from;
        int[] rank = new int[size];
        Arrays.fill(rank, Integer.MAX_VALUE);
        boolean[] queued = new boolean[size];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int p = 0; p < size; p++) {
            queue.add(p);
            queued[p] = true;
        }
        int next = 0;
        while (!queue.isEmpty()) {
            int p = queue.poll();
            queued[p] = false;
            int c = scc.order[from + p];
            if (rank[p] != Integer.MAX_VALUE || !failsNow(c, s, k, rank)) {
                continue;
            }
            rank[p] = next++;
            for (int e = reverse.start(c); e < reverse.end(c); e++) {
                int r = reverse.target(e);
                int q = scc.position[r] - from;
                if (scc.comp[r] == k && rank[q] == Integer.MAX_VALUE && !queued[q]) {
                    queued[q] = true;
                    queue.add(q);
                }
            }
        }
        return rank;
    }

    /** Whether member {@code c} of cyclic component {@code k} is down given the members ranked so far. */
    private boolean failsNow(int c, int s, int k, int[] rank) {
        if (m.cols.struck(c, s)) {
            return true;
        }
        DependencyGraph g = m.graph;
        for (int h = g.groupStart(c); h < g.groupEnd(c); h++) {
            boolean any = g.anyOf(h), all = true;
            for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                boolean d = downNow(g.target(e), s, k, rank);
                if (!any && d) {
                    return true;
                }
                all &= d;
            }
            if (any && all) {
                return true;
            }
        }
        if (m.activeSurvives(c, s)) {
            return false;
        }
        boolean failover = m.failoverCounts[c] && m.placementSurvives(c, s, PlacementRole.STANDBY)
                && m.dataLossAllowed(c, s) && !anyDownNow(EdgeType.FAILOVER_REQUIRES, c, s, k, rank);
        if (failover) {
            return false;
        }
        Component component = m.components.get(c);
        if (component.restore() == null || m.cols.siteLost(m.ids.siteIndex(component.restore().site()), s)) {
            return true;
        }
        boolean backup = !m.data.durable(c);
        for (int b = m.data.backupStart(c); b < m.data.backupEnd(c) && !backup; b++) {
            backup = !m.cols.siteLost(m.data.backupSite(b), s);
        }
        return !backup || anyDownNow(EdgeType.RESTORE_REQUIRES, c, s, k, rank);
    }

    private boolean anyDownNow(EdgeType type, int c, int s, int k, int[] rank) {
        for (int e = m.graph.requiresStart(type, c); e < m.graph.requiresEnd(type, c); e++) {
            if (downNow(m.graph.requiresTarget(type, e), s, k, rank)) {
                return true;
            }
        }
        return false;
    }

    private boolean downNow(int x, int s, int k, int[] rank) {
        Scc scc = m.loss.scc();
        if (scc.comp[x] == k) {
            return rank[scc.position[x] - scc.start[k]] != Integer.MAX_VALUE;
        }
        return st.down(x, s);
    }

    /* ---- recovery ---- */

    List<ChainStep> recovery(int s, int v) {
        if (analysis.status(s, v) == ServiceStatus.DOWN) {
            return List.of();
        }
        String id = m.ids.topology().services().get(v).id();
        // the slowest entrypoint (the first on ties), then the trace of its time alone
        int[] roots = analysis.roots(v);
        long[] times = new long[roots.length];
        analysis.numbers().numbers(s, ColumnBits.rows(st, s), roots, times, null);
        int best = 0;
        for (int i = 1; i < roots.length; i++) {
            if (times[i] > times[best]) {
                best = i;
            }
        }
        int slowest = roots[best];
        ScenarioNumbers.RecoveryTrace trace = analysis.numbers().trace(s, slowest);
        long worst = trace.of(slowest);
        List<ChainStep> out = new ArrayList<>();
        out.add(new ChainStep(0, "service", id, SERVICE, List.of(),
                LossTexts.serviceRecovery(id, worst, m.cols.scenarios.get(s).id())));
        int c = slowest;
        String relation = ENTRYPOINT;
        for (int depth = 1; c >= 0 && out.size() < MAX_CHAIN_STEPS; depth++) {
            int[] next = recoveryStep(s, c, relation, depth, trace, out);
            c = next == null ? -1 : next[0];
            relation = next == null ? null : next[1] == 0 ? HARD : ANY_OF;
        }
        return List.copyOf(out);
    }

    /** Adds the step of {@code c}; returns {dependency, 0 hard / 1 anyOf} that sets its time, or null at the end. */
    private int[] recoveryStep(int s, int c, String relation, int depth, ScenarioNumbers.RecoveryTrace trace,
                               List<ChainStep> out) {
        LocalRegion region = trace.region();
        Scc cycles = region.scc;
        int j = cycles.comp[region.local(c)];
        long total = trace.of(c);
        int slowest = c;
        long own = -1;
        List<String> members = new ArrayList<>();
        for (int p = cycles.start[j]; p < cycles.start[j + 1]; p++) {
            int x = region.nodes[cycles.order[p]];
            members.add(m.components.get(x).id());
            long o = m.ownMinutes(x, m.path(x, s, st.down));
            if (o > own) {
                own = o;
                slowest = x;
            }
        }
        String id = m.components.get(c).id();
        ComponentPath path = analysis.path(s, c);
        if (members.size() > 1) {
            Collections.sort(members);
            out.add(new ChainStep(depth, "component", id, relation, List.of(), LossTexts.cycleRecovery(id, members,
                    m.components.get(slowest).id(), own, total - own, total)));
        } else {
            List<String> sites = path == ComponentPath.RESTORE ? List.of(m.components.get(c).restore().site())
                    : sites(c, s, path == ComponentPath.ACTIVE ? PlacementRole.ACTIVE : PlacementRole.STANDBY, false);
            out.add(new ChainStep(depth, "component", id, relation, sites,
                    LossTexts.componentRecovery(id, path, own, total - own, total, sites)));
        }
        long deps = total - own;
        if (deps == 0) {
            return null;
        }
        DependencyGraph g = m.graph;
        for (int p = cycles.start[j]; p < cycles.start[j + 1]; p++) {
            int x = region.nodes[cycles.order[p]];
            for (int h = g.groupStart(x); h < g.groupEnd(x); h++) {
                if (!g.anyOf(h)) {
                    for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                        int d = g.target(e);
                        if (!region.inGroup(d, j) && trace.of(d) == deps) {
                            return new int[] {d, 0};
                        }
                    }
                    continue;
                }
                int best = -1;
                long bestValue = Long.MAX_VALUE;
                for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                    int d = g.target(e);
                    if (st.down(d, s)) {
                        continue;
                    }
                    long value = region.inGroup(d, j) ? 0 : trace.of(d);
                    if (value < bestValue) {
                        bestValue = value;
                        best = d;
                    }
                }
                if (bestValue == deps) {
                    return new int[] {best, 1};
                }
            }
        }
        throw new IllegalStateException("no dependency accounts for the recovery time of " + id);
    }
}
