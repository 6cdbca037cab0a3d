package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.IntList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.graph.DependencyGraph;
import kr.drregistry.topology.graph.DependencyGraph.Adjacency;
import kr.drregistry.topology.graph.DependencyGraph.EdgeType;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.TopologyIds;

/**
 * A topology compiled for the drr/v2 loss semantics: the graph, the scenario columns, the data copies and, per
 * component, what its paths (FILING-FORMAT-V2.md §3 rule 8) need apart from other components, as column bit
 * vectors:
 * <ul>
 *   <li>{@code sA}: not struck and an active placement in a surviving site (path a);</li>
 *   <li>{@code sB}: not struck, a standby in a surviving site, a failover that counts ({@code automatic}, or
 *       {@code manual} decided by the operator) and, with {@code dataLoss: forbidden}, RPO 0 for every durable
 *       component of its hard closure (path b without its {@code failover.requires});</li>
 *   <li>{@code sC}: not struck, {@code restore.site} survives and, for a durable component, a backup in a surviving
 *       site (path c without its {@code restore.requires}).</li>
 * </ul>
 * A component is up when {@code sA | sB & ~(a failover requirement down) | sC & ~(a restore requirement down)}
 * holds and no hard dependency is down (rule 7). {@link #baseDown} is the part that holds whatever other
 * components do; components whose paths need other components keep their three vectors (in {@link #pathVectors},
 * found through {@link #requiring}).
 */
final class LossModel {
    final DependencyGraph graph;
    final TopologyIds ids;
    final List<Component> components;
    final ScenarioColumns cols;
    final DataCopies data;
    final int n;
    final int words;
    /** Policy default for a manual failover without minutes. */
    final int defaultManualMinutes;
    /** Own minutes of path b per component (rule 11 with the defaults of §3), -1 without a failover. */
    final long[] failoverMinutes;
    /** Whether a component's failover counts as a path (automatic, or manual decided by the operator). */
    final boolean[] failoverCounts;
    /** Whether a component's failover forbids data loss. */
    final boolean[] forbidsDataLoss;
    /** Per placement entry (as {@link TopologyIds#placementStart}): active or standby, and capacity (absent 100). */
    final boolean[] placementActive;
    final int[] placementCapacity;
    /** Per component: restore site, minutes and capacity; site -1 without a restore. */
    final int[] restoreSite;
    final int[] restoreMinutes;
    final int[] restoreCapacity;
    /** Per component: the columns in which it is down whatever other components do. */
    final long[] baseDown;
    /** Per component: its index in {@link #pathVectors} (sA, sB, sC of {@code words} longs each), or -1. */
    final int[] requiring;
    final long[] pathVectors;
    /** Per component with {@code dataLoss: forbidden}: columns with RPO 0 over its hard closure (null if none). */
    final long[] rpoZeroClosure;
    /** The graph the up/down state is propagated over (its condensation and reverse are cached on it). */
    final Adjacency loss;

    LossModel(DependencyGraph graph, ResolvedFacilities facilities, int defaultManualMinutes) {
        this.ids = graph.ids();
        this.graph = graph;
        this.components = ids.topology().components();
        this.n = components.size();
        this.cols = new ScenarioColumns(ids, facilities);
        this.data = new DataCopies(ids);
        this.words = cols.words;
        this.defaultManualMinutes = defaultManualMinutes;
        this.loss = graph.adjacency(DependencyGraph.LOSS);
        failoverMinutes = new long[n];
        failoverCounts = new boolean[n];
        forbidsDataLoss = new boolean[n];
        placementActive = new boolean[n == 0 ? 0 : ids.placementEnd(n - 1)];
        placementCapacity = new int[placementActive.length];
        restoreSite = new int[n];
        restoreMinutes = new int[n];
        restoreCapacity = new int[n];
        boolean anyForbidden = false;
        for (int c = 0; c < n; c++) {
            Component component = components.get(c);
            List<Placement> placements = component.placements();
            for (int p = 0; p < placements.size(); p++) {
                Placement placement = placements.get(p);
                placementActive[ids.placementStart(c) + p] = placement.role() == PlacementRole.ACTIVE;
                placementCapacity[ids.placementStart(c) + p] = placement.capacityPct() == null ? 100
                        : placement.capacityPct();
            }
            restoreSite[c] = component.restore() == null ? -1 : ids.siteIndex(component.restore().site());
            restoreMinutes[c] = component.restore() == null ? 0 : component.restore().minutes();
            restoreCapacity[c] = component.restore() == null ? 0 : component.restore().effectiveCapacityPct();
            forbidsDataLoss[c] = component.failover().dataLossForbidden();
            FailoverMode mode = component.failover().mode();
            Integer minutes = component.failover().minutes();
            failoverMinutes[c] = switch (mode) {
                case NONE -> -1;
                case AUTOMATIC -> minutes == null ? 0 : minutes;
                case MANUAL -> minutes == null ? defaultManualMinutes : minutes;
            };
            failoverCounts[c] = mode == FailoverMode.AUTOMATIC
                    || mode == FailoverMode.MANUAL && !component.failover().providerDecided();
            anyForbidden |= failoverCounts[c] && component.failover().dataLossForbidden();
        }
        rpoZeroClosure = anyForbidden ? rpoZeroClosure() : null;

        requiring = new int[n];
        int count = 0;
        for (int c = 0; c < n; c++) {
            boolean needs = failoverCounts[c] && graph.requiresEnd(EdgeType.FAILOVER_REQUIRES, c)
                    > graph.requiresStart(EdgeType.FAILOVER_REQUIRES, c)
                    || restoreSite[c] >= 0 && graph.requiresEnd(EdgeType.RESTORE_REQUIRES, c)
                    > graph.requiresStart(EdgeType.RESTORE_REQUIRES, c);
            requiring[c] = needs ? count++ : -1;
        }
        baseDown = new long[n * words];
        pathVectors = new long[count * 3 * words];
        IntStream.range(0, n).parallel().forEach(c -> {
            long[] v = new long[3 * words];
            paths(c, v, 0);
            int o = c * words;
            for (int i = 0; i < words; i++) {
                baseDown[o + i] = cols.mask[i] & ~(v[i] | v[words + i] | v[2 * words + i]);
            }
            if (requiring[c] >= 0) {
                System.arraycopy(v, 0, pathVectors, requiring[c] * 3 * words, 3 * words);
            }
        });
    }

    /** Writes sA, sB, sC of component {@code c} (see the class comment) to {@code out[offset..offset + 3 words)}. */
    void paths(int c, long[] out, int offset) {
        int w = words;
        long[] struck = new long[w];
        cols.struckBits(c, struck, 0);
        Arrays.fill(out, offset, offset + 3 * w, 0L);
        for (int p = ids.placementStart(c); p < ids.placementEnd(c); p++) {
            boolean active = placementActive[p];
            if (!active && !failoverCounts[c]) {
                continue;
            }
            int so = ids.placementSite(p) * w;
            int at = offset + (active ? 0 : w);
            for (int i = 0; i < w; i++) {
                out[at + i] |= ~cols.siteLost[so + i];
            }
        }
        if (failoverCounts[c] && forbidsDataLoss[c]) {
            for (int i = 0; i < w; i++) {
                out[offset + w + i] &= rpoZeroClosure[c * w + i];
            }
        }
        if (restoreSite[c] >= 0) {
            int so = restoreSite[c] * w;
            long[] backup = null;
            if (data.durable(c)) {
                backup = new long[w];
                data.backupSurvives(c, cols, backup, 0);
            }
            for (int i = 0; i < w; i++) {
                out[offset + 2 * w + i] = ~cols.siteLost[so + i] & (backup == null ? -1L : backup[i]);
            }
        }
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < w; i++) {
                out[offset + k * w + i] &= ~struck[i] & cols.mask[i];
            }
        }
    }

    /**
     * Per component, the columns in which every durable component of its hard closure has RPO 0 (rule 8b with
     * {@code dataLoss: forbidden}, §7.3: every {@code anyOf} member counts): the greatest solution of
     * {@code z(c) = rpo0(c) & z(d) for every hard and anyOf edge c → d}, i.e. the AND over the closure.
     */
    private long[] rpoZeroClosure() {
        int w = words;
        long[] own = new long[n * w];
        for (int c = 0; c < n; c++) {
            if (data.durable(c)) {
                data.rpoZero(c, cols, own, c * w);
            } else {
                System.arraycopy(cols.mask, 0, own, c * w, w);
            }
        }
        // (in the sparse words no site is lost: every home survives and rpoZero is all ones already)
        long[] z = own.clone();
        // the loss graph's condensation orders the hard closure too (its edges are a subset), so one SCC run serves;
        // columns that lose no site keep every RPO at 0, so only the dense words need the run
        Fixpoint.run(loss.scc(), loss.reverse(), w, z, (c, values, out, set) -> {
            for (int i : set) {
                out[i] = own[c * w + i];
            }
            for (int e = graph.closureStart(c); e < graph.closureEnd(c); e++) {
                int d = graph.target(e) * w;
                for (int i : set) {
                    out[i] &= values[d + i];
                }
            }
        }, cols.denseWords, null);
        return z;
    }

    /** Rule 7/8 for one component over the columns of {@code set}, given the down vectors of the others. */
    void evaluateDown(int c, long[] down, long[] out, int[] set) {
        int w = words;
        long[] mask = cols.mask;
        for (int i : set) {
            out[i] = baseDown[c * w + i];
        }
        int r = requiring[c];
        long[] dep = out;
        if (r >= 0) {
            dep = new long[w];
        }
        for (int g = graph.groupStart(c); g < graph.groupEnd(c); g++) {
            if (graph.anyOf(g)) {
                for (int i : set) {
                    long all = mask[i];
                    for (int e = graph.targetStart(g); e < graph.targetEnd(g); e++) {
                        all &= down[graph.target(e) * w + i];
                    }
                    dep[i] |= all;
                }
            } else {
                for (int e = graph.targetStart(g); e < graph.targetEnd(g); e++) {
                    int d = graph.target(e) * w;
                    for (int i : set) {
                        dep[i] |= down[d + i];
                    }
                }
            }
        }
        if (r < 0) {
            return;
        }
        int o = r * 3 * w;
        for (int i : set) {
            long reqF = 0, reqR = 0;
            for (int e = graph.requiresStart(EdgeType.FAILOVER_REQUIRES, c);
                 e < graph.requiresEnd(EdgeType.FAILOVER_REQUIRES, c); e++) {
                reqF |= down[graph.requiresTarget(EdgeType.FAILOVER_REQUIRES, e) * w + i];
            }
            for (int e = graph.requiresStart(EdgeType.RESTORE_REQUIRES, c);
                 e < graph.requiresEnd(EdgeType.RESTORE_REQUIRES, c); e++) {
                reqR |= down[graph.requiresTarget(EdgeType.RESTORE_REQUIRES, e) * w + i];
            }
            long up = (pathVectors[o + i] | pathVectors[o + w + i] & ~reqF | pathVectors[o + 2 * w + i] & ~reqR)
                    & ~dep[i];
            out[i] = mask[i] & ~up;
        }
    }

    /** The path codes of {@link #path}. */
    static final int DOWN = -1, ACTIVE = 0, FAILOVER = 1, RESTORE = 2;

    /**
     * Rule 8 for one component and column at the fixed point: the first usable path ({@link #ACTIVE},
     * {@link #FAILOVER}, {@link #RESTORE}), or {@link #DOWN}.
     */
    int path(int c, int column, long[] down) {
        if (Bits.get(down, c, words, column)) {
            return DOWN;
        }
        if (activeSurvives(c, column)) {
            return ACTIVE;
        }
        return failoverUsable(c, column, down) ? FAILOVER : RESTORE;
    }

    /** Path a without the strike: an active placement in a surviving site. */
    boolean activeSurvives(int c, int column) {
        return placementSurvives(c, column, PlacementRole.ACTIVE);
    }

    /** A placement of {@code role} (any when null) in a site surviving {@code column}. */
    boolean placementSurvives(int c, int column, PlacementRole role) {
        for (int p = ids.placementStart(c); p < ids.placementEnd(c); p++) {
            if ((role == null || placementActive[p] == (role == PlacementRole.ACTIVE))
                    && !cols.siteLost(ids.placementSite(p), column)) {
                return true;
            }
        }
        return false;
    }

    /** Into {@code out}: the columns in which an active ({@code active}) or standby placement of {@code c} survives. */
    void surviving(int c, boolean active, long[] out) {
        int w = words;
        Arrays.fill(out, 0L);
        for (int p = ids.placementStart(c); p < ids.placementEnd(c); p++) {
            if (placementActive[p] == active) {
                int so = ids.placementSite(p) * w;
                for (int i = 0; i < w; i++) {
                    out[i] |= ~cols.siteLost[so + i] & cols.mask[i];
                }
            }
        }
    }

    /** Word {@code i} of the columns in which {@code dataLoss: forbidden} lets the failover run (all without it). */
    long dataLossAllowedWord(int c, int i) {
        return !forbidsDataLoss[c] || rpoZeroClosure == null ? -1L : rpoZeroClosure[c * words + i];
    }

    /** Whether {@code c} has requirements of {@code type}. */
    boolean requires(EdgeType type, int c) {
        return graph.requiresEnd(type, c) > graph.requiresStart(type, c);
    }

    /** Path b of rule 8 (struck aside): a surviving standby, a failover that counts, RPO 0 if forbidden, requirements up. */
    boolean failoverUsable(int c, int column, long[] down) {
        return failoverCounts[c] && placementSurvives(c, column, PlacementRole.STANDBY) && dataLossAllowed(c, column)
                && firstDown(EdgeType.FAILOVER_REQUIRES, c, column, down) < 0;
    }

    /** Whether {@code dataLoss: forbidden} lets the failover run in {@code column} (always without it). */
    boolean dataLossAllowed(int c, int column) {
        return !forbidsDataLoss[c] || rpoZeroClosure == null
                || Bits.get(rpoZeroClosure, c, words, column);
    }

    /**
     * The first durable component (document order) of {@code c}'s hard closure whose RPO is above 0 in
     * {@code column} (what a {@code dataLoss: forbidden} failover would lose), or -1.
     */
    int firstLosingData(int c, int column) {
        boolean[] seen = new boolean[n];
        IntList stack = new IntList();
        stack.add(c);
        seen[c] = true;
        int first = Integer.MAX_VALUE;
        while (stack.size() > 0) {
            int x = stack.pop();
            if (data.durable(x) && x < first && data.rpo(x, column, cols) > 0) {
                first = x;
            }
            for (int e = graph.closureStart(x); e < graph.closureEnd(x); e++) {
                int d = graph.target(e);
                if (!seen[d]) {
                    seen[d] = true;
                    stack.add(d);
                }
            }
        }
        return first == Integer.MAX_VALUE ? -1 : first;
    }

    /** The first requirement of {@code type} of {@code c} that is down in {@code column}, or -1. */
    int firstDown(EdgeType type, int c, int column, long[] down) {
        for (int e = graph.requiresStart(type, c); e < graph.requiresEnd(type, c); e++) {
            int r = graph.requiresTarget(type, e);
            if (Bits.get(down, r, words, column)) {
                return r;
            }
        }
        return -1;
    }

    /** Rule 11: own minutes of a path (a 0, b failover minutes, c {@code restore.minutes}). */
    long ownMinutes(int c, int path) {
        return switch (path) {
            case ACTIVE -> 0;
            case FAILOVER -> failoverMinutes[c];
            case RESTORE -> restoreMinutes[c];
            default -> throw new IllegalArgumentException("component " + c + " is down");
        };
    }

    /**
     * Rule 14: the capacity of an up component on {@code path}: the sum of {@code capacityPct} (absent 100) of its
     * active (a) or standby (b) placements in surviving sites, or {@code restore.capacityPct} (c).
     */
    long capacity(int c, int column, int path) {
        if (path == RESTORE) {
            return restoreCapacity[c];
        }
        boolean active = path == ACTIVE;
        long sum = 0;
        for (int p = ids.placementStart(c); p < ids.placementEnd(c); p++) {
            if (placementActive[p] == active && !cols.siteLost(ids.placementSite(p), column)) {
                sum += placementCapacity[p];
            }
        }
        return sum;
    }

    /**
     * At the fixed point: the columns in which {@code c} takes path a ({@code a}) and path b ({@code b}); it takes
     * path c where it is up and neither. Scratch {@code v} holds 3 vectors.
     */
    void pathBits(int c, long[] down, long[] a, long[] b, long[] v) {
        int w = words;
        paths(c, v, 0);
        for (int i = 0; i < w; i++) {
            long reqF = 0;
            for (int e = graph.requiresStart(EdgeType.FAILOVER_REQUIRES, c);
                 e < graph.requiresEnd(EdgeType.FAILOVER_REQUIRES, c); e++) {
                reqF |= down[graph.requiresTarget(EdgeType.FAILOVER_REQUIRES, e) * w + i];
            }
            long up = ~down[c * w + i] & cols.mask[i];
            a[i] = up & v[i];
            b[i] = up & ~v[i] & v[w + i] & ~reqF;
        }
    }

    /** Into {@code out}: the columns in which a site of some placement of {@code c} is lost. */
    void touched(int c, long[] out) {
        int w = words;
        Arrays.fill(out, 0L);
        for (int p = ids.placementStart(c); p < ids.placementEnd(c); p++) {
            int so = ids.placementSite(p) * w;
            for (int i = 0; i < w; i++) {
                out[i] |= cols.siteLost[so + i];
            }
        }
    }

    /**
     * Rule 9: the least fixed point of "down" over every column at once. The dense words start from nothing down;
     * the sparse ones (only struck components differ from the baseline there) from the baseline's down set, which
     * is below their least fixed point, and revisit only the components that depend on a struck one.
     */
    long[] propagateDown() {
        long[] down = new long[n * words];
        Fixpoint.run(loss.scc(), loss.reverse(), words, down, this::evaluateDown, cols.denseWords, null);
        if (cols.sparseWords.length == 0) {
            return down;
        }
        IntList seeds = new IntList();
        for (int c = 0; c < n; c++) {
            if (Bits.get(down, c, words, cols.baseline)) {
                for (int i : cols.sparseWords) {
                    down[c * words + i] = cols.mask[i];
                }
            }
            for (int e = cols.struckStart[c]; e < cols.struckStart[c + 1]; e++) {
                if (!isDense(cols.struckScenario[e] >>> 6)) {
                    seeds.add(c);
                    break;
                }
            }
        }
        Fixpoint.run(loss.scc(), loss.reverse(), words, down, this::evaluateDown, cols.sparseWords,
                Fixpoint.affected(loss.scc(), loss.reverse(), seeds));
        return down;
    }

    boolean isDense(int word) {
        return Arrays.binarySearch(cols.denseWords, word) >= 0;
    }
}
