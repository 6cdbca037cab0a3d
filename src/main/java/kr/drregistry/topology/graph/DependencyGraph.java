package kr.drregistry.topology.graph;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.TopologyIds;

/**
 * The one dependency graph of a topology, shared by the loss engine and the rules: its components (indexed as in
 * {@link TopologyIds}) and typed edges between them ({@link EdgeType}). Hard dependencies keep their document structure ("groups": a single
 * {@code component} or an {@code anyOf} with its members, soft ones left out) because the loss semantics read an
 * {@code anyOf} differently from a single dependency; the three kinds of {@code requires} are plain edge lists.
 * {@link #adjacency(Set)} unions any selection of edge types into a CSR graph for {@link Scc} and for reverse
 * walks, cached per selection; {@link #hardEdges} selects hard edges by group for what a rule derives (SPOF-001's
 * required edges).
 *
 * <p>Built once per topology in time linear in its size; it rejects what no analysis can run on (repeated ids,
 * references to unknown sites or components), so every consumer may trust every index. Immutable and safe to
 * share between threads.
 */
public final class DependencyGraph {
    /** The kinds of edge from a component to a component it names. */
    public enum EdgeType {
        /** A {@code hard} dependency on one component. */
        HARD,
        /** A member of a {@code hard} {@code anyOf} dependency. */
        ANY_OF,
        /** An entry of {@code failover.requires} (either failover mode). */
        FAILOVER_REQUIRES,
        /** An entry of {@code restore.requires} (drr/v2). */
        RESTORE_REQUIRES,
        /** An entry of {@code recovery.requires} (drr/v2). */
        RECOVERY_REQUIRES
    }

    /** Hard dependencies with every {@code anyOf} member: the edges of the "hard closure" (FILING-FORMAT-V2 §3). */
    public static final Set<EdgeType> HARD_CLOSURE = EnumSet.of(EdgeType.HARD, EdgeType.ANY_OF);
    /**
     * The edges the up/down state of a component depends on (rules 7 to 9): hard dependencies, {@code anyOf}
     * members, failover and restore requirements. They are also the edges over which a repair estimate reaches
     * struck components (rule 13), and those of OPS-005's "needs what needs it".
     */
    public static final Set<EdgeType> LOSS = EnumSet.of(EdgeType.HARD, EdgeType.ANY_OF, EdgeType.FAILOVER_REQUIRES,
            EdgeType.RESTORE_REQUIRES);

    private final TopologyIds ids;
    private final int n;
    private final Map<EdgeType, int[]> requiresStart = new EnumMap<>(EdgeType.class);
    private final Map<EdgeType, int[]> requiresTarget = new EnumMap<>(EdgeType.class);
    private final int[][] entrypoints;
    private final Map<Set<EdgeType>, Adjacency> adjacencies = new java.util.concurrent.ConcurrentHashMap<>();

    private DependencyGraph(TopologyIds ids) {
        this.ids = ids;
        Topology t = ids.topology();
        List<Component> components = t.components();
        n = components.size();
        if (ids.duplicateSiteId() != null) {
            throw new IllegalArgumentException("duplicate site id " + ids.duplicateSiteId());
        }
        if (ids.duplicateComponentId() != null) {
            throw new IllegalArgumentException("duplicate component id " + ids.duplicateComponentId());
        }
        for (int c = 0; c < n; c++) {
            Component component = components.get(c);
            for (int p = ids.placementStart(c); p < ids.placementEnd(c); p++) {
                if (ids.placementSite(p) < 0) {
                    Placement placement = component.placements().get(p - ids.placementStart(c));
                    throw new IllegalArgumentException("component " + component.id() + " is placed in unknown site "
                            + placement.site());
                }
            }
            for (int g = ids.groupStart(c); g < ids.groupEnd(c); g++) {
                for (int e = ids.targetStart(g); e < ids.targetEnd(g); e++) {
                    if (ids.target(e) < 0) {
                        throw unknown(component, hardTarget(component, g - ids.groupStart(c), e - ids.targetStart(g)));
                    }
                }
            }
            checkSites(component);
        }
        resolve(EdgeType.FAILOVER_REQUIRES, components, c -> c.failover().requires());
        resolve(EdgeType.RESTORE_REQUIRES, components, c -> c.restore() == null ? List.of() : c.restore().requires());
        resolve(EdgeType.RECOVERY_REQUIRES, components,
                c -> c.recovery() == null ? List.of() : c.recovery().requires());
        List<Service> services = t.services();
        entrypoints = new int[services.size()][];
        for (int v = 0; v < services.size(); v++) {
            int from = ids.entrypointStart(v);
            entrypoints[v] = new int[ids.entrypointEnd(v) - from];
            for (int i = 0; i < entrypoints[v].length; i++) {
                int c = ids.entrypoint(from + i);
                if (c < 0) {
                    throw new IllegalArgumentException("service " + services.get(v).id() + " names unknown entrypoint "
                            + services.get(v).entrypoints().get(i));
                }
                entrypoints[v][i] = c;
            }
        }
    }

    /**
     * The graph of the topology {@code ids} resolves.
     *
     * @throws IllegalArgumentException when an id repeats or a reference names an unknown site or component
     */
    public static DependencyGraph of(TopologyIds ids) {
        return new DependencyGraph(ids);
    }

    public TopologyIds ids() {
        return ids;
    }

    public Topology topology() {
        return ids.topology();
    }

    /** Number of components. */
    public int size() {
        return n;
    }

    /** First hard-dependency group of component {@code c} (soft dependencies are not in the graph). */
    public int groupStart(int c) {
        return ids.groupStart(c);
    }

    public int groupEnd(int c) {
        return ids.groupEnd(c);
    }

    /** Whether group {@code g} is an {@code anyOf}. */
    public boolean anyOf(int g) {
        return ids.anyOf(g);
    }

    public int targetStart(int g) {
        return ids.targetStart(g);
    }

    public int targetEnd(int g) {
        return ids.targetEnd(g);
    }

    /** Component index of target entry {@code e} of a group. */
    public int target(int e) {
        return ids.target(e);
    }

    /**
     * First edge of component {@code c}'s hard closure (every hard dependency and every {@code anyOf} member, in
     * document order; the targets of its groups are stored one after another).
     */
    public int closureStart(int c) {
        return ids.targetStart(ids.groupStart(c));
    }

    public int closureEnd(int c) {
        return ids.targetStart(ids.groupEnd(c));
    }

    /** First entry of component {@code c}'s requirements of {@code type} (one of the three {@code requires}). */
    public int requiresStart(EdgeType type, int c) {
        return requiresStart.get(type)[c];
    }

    public int requiresEnd(EdgeType type, int c) {
        return requiresStart.get(type)[c + 1];
    }

    /** Component index of requirement entry {@code e} of {@code type}. */
    public int requiresTarget(EdgeType type, int e) {
        return requiresTarget.get(type)[e];
    }

    /** The entrypoints of service {@code v} (its index in the topology's services). */
    public int[] entrypoints(int v) {
        return entrypoints[v].clone();
    }

    /** Number of entrypoints of service {@code v}. */
    public int entrypointCount(int v) {
        return entrypoints[v].length;
    }

    /** Entrypoint {@code i} of service {@code v}. */
    public int entrypoint(int v, int i) {
        return entrypoints[v][i];
    }

    /** The union of the edges of {@code types}, in document order per component (cached per selection). */
    public Adjacency adjacency(Set<EdgeType> types) {
        return adjacencies.computeIfAbsent(Set.copyOf(types),
                t -> build(g -> t.contains(anyOf(g) ? EdgeType.ANY_OF : EdgeType.HARD), t));
    }

    /**
     * The hard-dependency edges (single ones and {@code anyOf} members) of the groups {@code group} accepts, in
     * document order per component: a subgraph a caller derives from more than edge types (the rules' "required"
     * edges, say, where an {@code anyOf} whose members all sit in one site counts as one dependency). Not cached.
     */
    public Adjacency hardEdges(IntPredicate group) {
        return build(group, Set.of());
    }

    private Adjacency build(IntPredicate keepGroup, Set<EdgeType> requires) {
        int[] start = new int[n + 1];
        for (int c = 0; c < n; c++) {
            int degree = 0;
            for (int g = groupStart(c); g < groupEnd(c); g++) {
                if (keepGroup.test(g)) {
                    degree += targetEnd(g) - targetStart(g);
                }
            }
            for (EdgeType type : requires) {
                if (requiresStart.containsKey(type)) {
                    degree += requiresEnd(type, c) - requiresStart(type, c);
                }
            }
            start[c + 1] = start[c] + degree;
        }
        int[] target = new int[start[n]];
        int[] group = new int[start[n]];
        for (int c = 0; c < n; c++) {
            int p = start[c];
            for (int g = groupStart(c); g < groupEnd(c); g++) {
                if (keepGroup.test(g)) {
                    for (int e = targetStart(g); e < targetEnd(g); e++) {
                        group[p] = g;
                        target[p++] = target(e);
                    }
                }
            }
            for (EdgeType type : EdgeType.values()) {
                if (requires.contains(type) && requiresStart.containsKey(type)) {
                    for (int e = requiresStart(type, c); e < requiresEnd(type, c); e++) {
                        group[p] = -1;
                        target[p++] = requiresTarget(type, e);
                    }
                }
            }
        }
        return new Adjacency(start, target, group);
    }

    private void resolve(EdgeType type, List<Component> components, Function<Component, List<String>> requires) {
        int[] start = new int[n + 1];
        for (int c = 0; c < n; c++) {
            start[c + 1] = start[c] + requires.apply(components.get(c)).size();
        }
        int[] target = new int[start[n]];
        for (int c = 0; c < n; c++) {
            int e = start[c];
            for (String id : requires.apply(components.get(c))) {
                int r = ids.componentIndex(id);
                if (r < 0) {
                    throw unknown(components.get(c), id);
                }
                target[e++] = r;
            }
        }
        requiresStart.put(type, start);
        requiresTarget.put(type, target);
    }

    private void checkSites(Component component) {
        for (var r : component.replication()) {
            site(component, r.from());
            site(component, r.to());
        }
        for (var b : component.backups()) {
            site(component, b.site());
        }
        if (component.restore() != null) {
            site(component, component.restore().site());
        }
    }

    private void site(Component component, String site) {
        if (ids.siteIndex(site) < 0) {
            throw new IllegalArgumentException("component " + component.id() + " names unknown site " + site);
        }
    }

    private static String hardTarget(Component component, int h, int i) {
        Dependency dependency = component.dependsOn().stream().filter(Dependency::hard).skip(h).findFirst()
                .orElseThrow();
        return dependency.targets().get(i);
    }

    private static IllegalArgumentException unknown(Component component, String target) {
        return new IllegalArgumentException("component " + component.id() + " names unknown component " + target);
    }

    /**
     * A directed graph in CSR form: the edges of node {@code v} are {@code target[start[v]..start[v+1])}, each
     * remembering the hard-dependency group it comes from ({@link #group}). Arrays are shared, never modified.
     */
    public static final class Adjacency {
        private final int[] start;
        private final int[] target;
        private final int[] group;
        private final Once<Adjacency> reverse = new Once<>(this::reversed);
        private final Once<Scc> scc;

        Adjacency(int[] start, int[] target, int[] group) {
            this.start = start;
            this.target = target;
            this.group = group;
            this.scc = new Once<>(() -> Scc.of(size(), start, target));
        }


        public int size() {
            return start.length - 1;
        }

        public int start(int v) {
            return start[v];
        }

        public int end(int v) {
            return start[v + 1];
        }

        public int target(int e) {
            return target[e];
        }

        /**
         * The hard-dependency group edge {@code e} comes from (see {@link DependencyGraph#anyOf}), or -1 for an
         * edge of a {@code requires} list.
         */
        public int group(int e) {
            return group[e];
        }

        /**
         * The same graph with every edge reversed (cached): the edges into {@code v}, their sources in ascending
         * order, each keeping its {@link #group}.
         */
        public Adjacency reverse() {
            return reverse.get();
        }

        private Adjacency reversed() {
            int n = size();
            int[] rs = new int[n + 1];
            for (int t : target) {
                rs[t + 1]++;
            }
            for (int v = 0; v < n; v++) {
                rs[v + 1] += rs[v];
            }
            int[] rt = new int[target.length];
            int[] rg = new int[target.length];
            int[] fill = java.util.Arrays.copyOf(rs, n);
            for (int v = 0; v < n; v++) {
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int at = fill[target[e]]++;
                    rt[at] = v;
                    rg[at] = group[e];
                }
            }
            return new Adjacency(rs, rt, rg);
        }

        /**
         * Its strongly connected components by {@link Scc}, dependencies first: computed once, however many
         * readers (the loss analysis and the rules run side by side) ask for it.
         */
        public Scc scc() {
            return scc.get();
        }
    }
}
