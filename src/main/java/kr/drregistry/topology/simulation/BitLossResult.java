package kr.drregistry.topology.simulation;

import kr.drregistry.topology.graph.Scc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.TopologyIds;
import kr.drregistry.rules.ChainStep;

/**
 * The result of {@link LossSimulator}: down bits per component and service (one bit per scenario), with
 * explanations and recovery times computed lazily and cached. Observable state never changes after
 * construction; the caches are safe for concurrent readers.
 *
 * <p>Explanations name one sufficient cause per component (its lack of a usable placement, a blocked manual
 * failover, or the first failed hard dependency in document order), so chains stay small on large graphs. They
 * are well-founded inside dependency cycles: for a component of a cyclic strongly connected component, only
 * causes that went down strictly earlier in the least-fixed-point derivation of that scenario are eligible (the
 * derivation order is recomputed for the one scenario and component when first asked).
 */
final class BitLossResult implements LossResult {
    private static final int ENTRYPOINT = 0;
    private static final int HARD = 1;
    private static final int ANY_OF = 2;
    private static final int REQUIRES = 3;
    private static final int NO_PLACEMENT = 4;
    private static final int BLOCKED = 5;
    private static final String[] RELATION = {"entrypoint", "hard-dependency", "any-of-member", "failover-requires",
        "no-usable-placement", "failover-blocked"};

    private final CompiledTopology ct;
    private final long[] down;
    private final long[] serviceDown;
    private final Map<String, Integer> serviceIndex;
    private final Map<Long, int[]> derivationRanks = new ConcurrentHashMap<>();
    private final RecoveryTable[] recovery;
    private int[] downCounts;
    /** Per scenario, the components up there without a surviving active placement; built with the first table. */
    private int[][] failingOver;
    /** Scratch for {@link RecoveryTable#compute}, all -1 between uses; guarded by {@code this}. */
    private int[] recoveryScratch;

    BitLossResult(CompiledTopology ct, long[] down, long[] serviceDown) {
        this.ct = ct;
        this.down = down;
        this.serviceDown = serviceDown;
        List<Service> services = ct.topology.services();
        Map<String, Integer> map = new HashMap<>(services.size() * 2);
        for (int v = 0; v < services.size(); v++) {
            map.putIfAbsent(services.get(v).id(), v);
        }
        this.serviceIndex = Collections.unmodifiableMap(map);
        this.recovery = new RecoveryTable[ct.scenarioCount];
    }

    @Override
    public List<Scenario> scenarios() {
        return ct.scenarios;
    }

    @Override
    public int scenarioIndex(String scenarioId) {
        return ct.scenarioIndex.getOrDefault(scenarioId, -1);
    }

    @Override
    public boolean isComponentDown(int scenario, String componentId) {
        return ct.bit(down, component(componentId), checked(scenario));
    }

    @Override
    public List<String> downComponents(int scenario) {
        int s = checked(scenario);
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < ct.n; c++) {
            if (ct.bit(down, c, s)) {
                ids.add(ct.ids[c]);
            }
        }
        return Collections.unmodifiableList(ids);
    }

    @Override
    public int downComponentCount(int scenario) {
        return downCounts()[checked(scenario)];
    }

    /** Down components per scenario, counted for all scenarios in one pass on first use. */
    private synchronized int[] downCounts() {
        if (downCounts == null) {
            int[] counts = new int[ct.scenarioCount];
            for (int j = 0; j < down.length; j++) {
                int first = (j % ct.words) << 6;
                for (long bits = down[j]; bits != 0; bits &= bits - 1) {
                    counts[first + Long.numberOfTrailingZeros(bits)]++;
                }
            }
            downCounts = counts;
        }
        return downCounts;
    }

    @Override
    public List<String> downServices(int scenario) {
        int s = checked(scenario);
        List<Service> services = ct.topology.services();
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < services.size(); v++) {
            if (ct.bit(serviceDown, v, s)) {
                ids.add(services.get(v).id());
            }
        }
        return Collections.unmodifiableList(ids);
    }

    @Override
    public long usersLost(int scenario) {
        int s = checked(scenario);
        List<Service> services = ct.topology.services();
        long users = 0;
        for (int v = 0; v < services.size(); v++) {
            if (ct.bit(serviceDown, v, s)) {
                users += services.get(v).dailyUsers();
            }
        }
        return users;
    }

    @Override
    public boolean isServiceDown(int scenario, String serviceId) {
        return ct.bit(serviceDown, service(serviceId), checked(scenario));
    }

    @Override
    public List<ChainStep> explainService(int scenario, String serviceId) {
        int s = checked(scenario);
        int v = service(serviceId);
        if (!ct.bit(serviceDown, v, s)) {
            return List.of();
        }
        List<ChainStep> out = new ArrayList<>();
        out.add(new ChainStep(0, "service", serviceId, "service", List.of(),
                Texts.serviceDown(serviceId, ct.scenarios.get(s).id())));
        Deque<int[]> stack = new ArrayDeque<>();
        int[] eps = ct.entrypoints[v];
        for (int i = eps.length - 1; i >= 0; i--) {
            if (ct.bit(down, eps[i], s)) {
                stack.push(new int[] {1, eps[i], ENTRYPOINT});
            }
        }
        expand(s, stack, new HashSet<>(), out);
        return List.copyOf(out);
    }

    @Override
    public List<ChainStep> explainComponent(int scenario, String componentId) {
        int s = checked(scenario);
        int c = component(componentId);
        if (!ct.bit(down, c, s)) {
            return List.of();
        }
        Deque<int[]> stack = new ArrayDeque<>();
        pushCause(s, c, 0, stack);
        Set<Integer> seen = new HashSet<>();
        seen.add(c);
        List<ChainStep> out = new ArrayList<>();
        expand(s, stack, seen, out);
        return List.copyOf(out);
    }

    @Override
    public List<ChainStep> explainBlockedFailover(int scenario, String componentId) {
        int s = checked(scenario);
        int c = component(componentId);
        if (!ct.bit(ct.failoverWait, c, s)) {
            return List.of();
        }
        boolean blocked = false;
        for (int e = ct.reqStart[c]; e < ct.reqStart[c + 1] && !blocked; e++) {
            blocked = ct.bit(down, ct.req[e], s);
        }
        if (!blocked) {
            return List.of();
        }
        Deque<int[]> stack = new ArrayDeque<>();
        for (int e = ct.reqStart[c + 1] - 1; e >= ct.reqStart[c]; e--) {
            if (ct.bit(down, ct.req[e], s)) {
                stack.push(new int[] {1, ct.req[e], REQUIRES});
            }
        }
        List<ChainStep> out = new ArrayList<>();
        out.add(blockedStep(0, s, c));
        Set<Integer> seen = new HashSet<>();
        seen.add(c);
        expand(s, stack, seen, out);
        return List.copyOf(out);
    }

    @Override
    public int[] blockedFailoverScenarios(String componentId) {
        int c = component(componentId);
        int w = ct.words;
        int[] scenarios = new int[ct.scenarioCount];
        int count = 0;
        for (int i = 0; i < w; i++) {
            long requiredDown = 0;
            for (int e = ct.reqStart[c]; e < ct.reqStart[c + 1]; e++) {
                requiredDown |= down[ct.req[e] * w + i];
            }
            for (long bits = ct.failoverWait[c * w + i] & requiredDown; bits != 0; bits &= bits - 1) {
                scenarios[count++] = (i << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return Arrays.copyOf(scenarios, count);
    }

    @Override
    public OptionalInt recoveryMinutes(int scenario, String componentId) {
        int s = checked(scenario);
        int c = component(componentId);
        if (ct.bit(down, c, s)) {
            return OptionalInt.empty();
        }
        if (!ct.bit(ct.activeLost, c, s)) {
            return OptionalInt.of(0);
        }
        return OptionalInt.of(recovery(s).minutes(c));
    }

    @Override
    public List<ChainStep> explainServiceRecovery(int scenario, String serviceId) {
        int s = checked(scenario);
        int v = service(serviceId);
        if (ct.bit(serviceDown, v, s)) {
            return List.of();
        }
        int slowest = -1, worst = -1;
        for (int c : ct.entrypoints[v]) {
            int m = ct.bit(ct.activeLost, c, s) ? recovery(s).minutes(c) : 0;
            if (m > worst) {
                worst = m;
                slowest = c;
            }
        }
        List<ChainStep> out = new ArrayList<>();
        out.add(new ChainStep(0, "service", serviceId, "service", List.of(),
                Texts.serviceRecovery(serviceId, worst, ct.scenarios.get(s).id())));
        int[] next = {slowest, ENTRYPOINT};
        for (int depth = 1; next != null; depth++) {
            next = recoveryStep(s, next[0], next[1], depth, out);
        }
        return List.copyOf(out);
    }

    /**
     * Adds the recovery step of {@code c}; returns the dependency that sets its time and the relation to it,
     * or null at the end of the path.
     */
    private int[] recoveryStep(int s, int c, int relation, int depth, List<ChainStep> out) {
        String id = ct.ids[c];
        if (!ct.bit(ct.activeLost, c, s)) {
            out.add(new ChainStep(depth, "component", id, RELATION[relation],
                    placementSites(c, s, PlacementRole.ACTIVE, false), Texts.activeSurvives(id)));
            return null;
        }
        RecoveryTable table = recovery(s);
        Scc cycles = table.cycles();
        int j = cycles.comp[table.localIndex(c)];
        int total = table.minutes(c);
        List<String> standby = placementSites(c, s, PlacementRole.STANDBY, false);
        int own;
        if (!cycles.cyclic[j]) {
            own = ct.failoverMinutes[c];
            out.add(new ChainStep(depth, "component", id, RELATION[relation], standby, Texts.failoverRecovery(id,
                    ct.failoverMode[c] == FailoverMode.MANUAL, own, total - own, total, standby)));
        } else {
            List<String> members = new ArrayList<>();
            int slowest = c;
            for (int p = cycles.start[j]; p < cycles.start[j + 1]; p++) {
                int m = table.component(cycles.order[p]);
                members.add(ct.ids[m]);
                if (ct.failoverMinutes[m] > ct.failoverMinutes[slowest]) {
                    slowest = m;
                }
            }
            Collections.sort(members);
            own = ct.failoverMinutes[slowest];
            out.add(new ChainStep(depth, "component", id, RELATION[relation], standby,
                    Texts.cycleRecovery(id, members, ct.ids[slowest], own, total - own, total)));
        }
        int deps = total - own;
        if (deps == 0) {
            return null;
        }
        for (int p = cycles.start[j]; p < cycles.start[j + 1]; p++) {
            int m = table.component(cycles.order[p]);
            for (int e = ct.depStart[m]; e < ct.depStart[m + 1]; e++) {
                if (table.dependencyValue(ct.dep[e], j) == deps) {
                    return new int[] {ct.dep[e], HARD};
                }
            }
            for (int g = ct.groupStart[m]; g < ct.groupStart[m + 1]; g++) {
                int best = -1, bestValue = Integer.MAX_VALUE;
                for (int e = ct.memberStart[g]; e < ct.memberStart[g + 1]; e++) {
                    int x = ct.member[e];
                    if (!ct.bit(down, x, s) && table.dependencyValue(x, j) < bestValue) {
                        bestValue = table.dependencyValue(x, j);
                        best = x;
                    }
                }
                if (bestValue == deps) {
                    return new int[] {best, ANY_OF};
                }
            }
        }
        throw new IllegalStateException("no dependency accounts for the recovery time of " + id);
    }

    private synchronized RecoveryTable recovery(int s) {
        if (recovery[s] == null) {
            if (failingOver == null) {
                failingOver = failingOver();
                recoveryScratch = new int[ct.n];
                Arrays.fill(recoveryScratch, -1);
            }
            recovery[s] = RecoveryTable.compute(ct, down, s, failingOver[s], recoveryScratch);
        }
        return recovery[s];
    }

    /** Per scenario, the ascending components that are up there without a surviving active placement. */
    private int[][] failingOver() {
        int[] count = new int[ct.scenarioCount];
        forEachFailingOver((c, s) -> count[s]++);
        int[][] lists = new int[ct.scenarioCount][];
        for (int s = 0; s < lists.length; s++) {
            lists[s] = new int[count[s]];
        }
        Arrays.fill(count, 0);
        forEachFailingOver((c, s) -> lists[s][count[s]++] = c);
        return lists;
    }

    /** Calls {@code action} for each component and scenario where it is up without a surviving active placement. */
    private void forEachFailingOver(ComponentScenarioAction action) {
        int w = ct.words;
        for (int c = 0; c < ct.n; c++) {
            for (int i = 0; i < w; i++) {
                long bits = ct.activeLost[c * w + i] & ~down[c * w + i] & ct.mask[i];
                for (; bits != 0; bits &= bits - 1) {
                    action.accept(c, (i << 6) + Long.numberOfTrailingZeros(bits));
                }
            }
        }
    }

    /** An action on a component and a scenario. */
    private interface ComponentScenarioAction {
        void accept(int component, int scenario);
    }

    /** Emits the steps on {@code stack} in depth-first order, expanding each newly seen component's cause. */
    /** Chains stop after this many steps (a last step says that more causes exist), to keep reports readable. */
    static final int MAX_CHAIN_STEPS = 200;

    private void expand(int s, Deque<int[]> stack, Set<Integer> seen, List<ChainStep> out) {
        while (!stack.isEmpty()) {
            if (out.size() >= MAX_CHAIN_STEPS) {
                out.add(new ChainStep(0, "note", "more", "more", List.of(), Texts.more(stack.size())));
                return;
            }
            int[] frame = stack.pop();
            int depth = frame[0], c = frame[1], relation = frame[2];
            if (relation == NO_PLACEMENT) {
                out.add(noPlacementStep(depth, s, c));
            } else if (relation == BLOCKED) {
                out.add(blockedStep(depth, s, c));
                for (int e = ct.reqStart[c + 1] - 1; e >= ct.reqStart[c]; e--) {
                    if (downBefore(ct.req[e], c, s)) {
                        stack.push(new int[] {depth + 1, ct.req[e], REQUIRES});
                    }
                }
            } else if (!seen.add(c)) {
                out.add(new ChainStep(depth, "component", ct.ids[c], RELATION[relation], List.of(),
                        Texts.link(RELATION[relation], ct.ids[c], true)));
            } else {
                out.add(new ChainStep(depth, "component", ct.ids[c], RELATION[relation], List.of(),
                        Texts.link(RELATION[relation], ct.ids[c], false)));
                pushCause(s, c, depth + 1, stack);
            }
        }
    }

    /**
     * Pushes the frames of every well-founded cause of down component {@code c}: no usable placement (a root
     * cause on its own), or else a blocked failover and every failed hard dependency (each member of an
     * {@code anyOf} whose members are all down), in document order.
     */
    private void pushCause(int s, int c, int depth, Deque<int[]> stack) {
        if (ct.bit(ct.baseDown, c, s)) {
            stack.push(new int[] {depth, c, NO_PLACEMENT});
            return;
        }
        List<int[]> causes = new ArrayList<>();
        if (ct.bit(ct.failoverWait, c, s)) {
            for (int e = ct.reqStart[c]; e < ct.reqStart[c + 1]; e++) {
                if (downBefore(ct.req[e], c, s)) {
                    causes.add(new int[] {depth, c, BLOCKED});
                    break;
                }
            }
        }
        TopologyIds r = ct.resolved;
        for (int g = r.groupStart(c); g < r.groupEnd(c); g++) {
            if (r.anyOf(g)) {
                boolean all = true;
                for (int e = r.targetStart(g); e < r.targetEnd(g); e++) {
                    all &= downBefore(r.target(e), c, s);
                }
                if (all) {
                    for (int e = r.targetStart(g); e < r.targetEnd(g); e++) {
                        causes.add(new int[] {depth, r.target(e), ANY_OF});
                    }
                }
            } else {
                for (int e = r.targetStart(g); e < r.targetEnd(g); e++) {
                    if (downBefore(r.target(e), c, s)) {
                        causes.add(new int[] {depth, r.target(e), HARD});
                    }
                }
            }
        }
        if (causes.isEmpty()) {
            throw new IllegalStateException("component " + ct.ids[c] + " is down without a cause");
        }
        for (int i = causes.size() - 1; i >= 0; i--) {
            stack.push(causes.get(i));
        }
    }

    /**
     * Whether {@code x} is down in scenario {@code s} and may explain {@code c}: always outside {@code c}'s
     * cyclic component (the condensation is acyclic), and inside it only when it went down strictly earlier in
     * the least-fixed-point derivation of that scenario.
     */
    private boolean downBefore(int x, int c, int s) {
        if (!ct.bit(down, x, s)) {
            return false;
        }
        Scc scc = ct.scc;
        int k = scc.comp[c];
        if (scc.comp[x] != k || !scc.cyclic[k]) {
            return true;
        }
        int[] rank = derivationRanks.computeIfAbsent(((long) s << 32) | k, key -> deriveRanks(s, k));
        return rank[scc.position[x] - scc.start[k]] < rank[scc.position[c] - scc.start[k]];
    }

    /**
     * The order in which the members of cyclic component {@code k} go down in scenario {@code s} when the
     * least fixed point is derived from nothing down; {@link Integer#MAX_VALUE} for members that stay up.
     */
    private int[] deriveRanks(int s, int k) {
        Scc scc = ct.scc;
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
            for (int e = ct.radjStart[c]; e < ct.radjStart[c + 1]; e++) {
                int r = ct.radj[e];
                int q = scc.position[r] - from;
                if (scc.comp[r] == k && rank[q] == Integer.MAX_VALUE && !queued[q]) {
                    queued[q] = true;
                    queue.add(q);
                }
            }
        }
        return rank;
    }

    /** Whether member {@code c} of cyclic component {@code k} fails given the members ranked so far. */
    private boolean failsNow(int c, int s, int k, int[] rank) {
        if (ct.bit(ct.baseDown, c, s)) {
            return true;
        }
        for (int e = ct.depStart[c]; e < ct.depStart[c + 1]; e++) {
            if (downNow(ct.dep[e], s, k, rank)) {
                return true;
            }
        }
        for (int g = ct.groupStart[c]; g < ct.groupStart[c + 1]; g++) {
            boolean all = true;
            for (int e = ct.memberStart[g]; e < ct.memberStart[g + 1] && all; e++) {
                all = downNow(ct.member[e], s, k, rank);
            }
            if (all) {
                return true;
            }
        }
        if (ct.bit(ct.failoverWait, c, s)) {
            for (int e = ct.reqStart[c]; e < ct.reqStart[c + 1]; e++) {
                if (downNow(ct.req[e], s, k, rank)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean downNow(int x, int s, int k, int[] rank) {
        Scc scc = ct.scc;
        if (scc.comp[x] == k) {
            return rank[scc.position[x] - scc.start[k]] != Integer.MAX_VALUE;
        }
        return ct.bit(down, x, s);
    }

    private ChainStep noPlacementStep(int depth, int s, int c) {
        List<String> lost = placementSites(c, s, null, true);
        List<String> idleStandby = ct.failoverMode[c] == FailoverMode.NONE
                ? placementSites(c, s, PlacementRole.STANDBY, false) : List.of();
        return new ChainStep(depth, "component", ct.ids[c], RELATION[NO_PLACEMENT], lost,
                Texts.noUsablePlacement(ct.ids[c], lost, idleStandby));
    }

    private ChainStep blockedStep(int depth, int s, int c) {
        List<String> lost = placementSites(c, s, null, true);
        return new ChainStep(depth, "component", ct.ids[c], RELATION[BLOCKED], lost,
                Texts.failoverBlocked(ct.ids[c], lost, placementSites(c, s, PlacementRole.STANDBY, false)));
    }

    /** Distinct sites of {@code c}'s placements (of {@code role}, or any when null) lost or surviving in s. */
    private List<String> placementSites(int c, int s, PlacementRole role, boolean lost) {
        List<String> sites = new ArrayList<>();
        List<Placement> placements = ct.topology.components().get(c).placements();
        int first = ct.resolved.placementStart(c);
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if ((role == null || p.role() == role) && ct.siteLostIn(ct.resolved.placementSite(first + i), s) == lost
                    && !sites.contains(p.site())) {
                sites.add(p.site());
            }
        }
        return sites;
    }

    private int checked(int scenario) {
        if (scenario < 0 || scenario >= ct.scenarioCount) {
            throw new IndexOutOfBoundsException("scenario " + scenario + " of " + ct.scenarioCount);
        }
        return scenario;
    }

    private int component(String id) {
        int c = ct.resolved.componentIndex(id);
        if (c < 0) {
            throw new IllegalArgumentException("unknown component " + id);
        }
        return c;
    }

    private int service(String id) {
        Integer v = serviceIndex.get(id);
        if (v == null) {
            throw new IllegalArgumentException("unknown service " + id);
        }
        return v;
    }
}
