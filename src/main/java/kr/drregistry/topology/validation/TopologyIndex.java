package kr.drregistry.topology.validation;

import java.util.Arrays;
import java.util.List;

import kr.drregistry.topology.graph.DependencyGraph;
import kr.drregistry.topology.graph.DependencyGraph.Adjacency;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.TopologyIds;

/**
 * The structural rules' queries over the one {@link DependencyGraph} of a topology (built once per
 * {@link ValidationContext#index()}, over the graph the loss analysis uses too): components and sites by index, the
 * <em>required</em> subgraph of its hard edges, and two closures from the entrypoints of tier-1 services.
 *
 * <p>A hard edge (a single {@code hard} dependency or an {@code anyOf} member; soft ones are not in the graph) is
 * <em>required</em> when losing its target can, on its own, take the dependent down: a single-target dependency, or
 * an {@code anyOf} group whose members' placements all lie in one site (redundancy inside one site is no
 * redundancy).
 *
 * <ul>
 *   <li>The <em>tier-1 closure</em> follows every hard edge (all {@code anyOf} members) from the entrypoints
 *       of tier-1 services: the "tier-1 components" of CAP-001.</li>
 *   <li>The <em>required closure</em> follows only required edges and keeps one breadth-first parent
 *       per component, so SPOF-001 can name a shortest path from a tier-1 service to each component.</li>
 * </ul>
 */
public final class TopologyIndex {
    private static final int UNREACHED = -2;
    private static final int ROOT = -1;

    private final DependencyGraph graph;
    private final Topology topology;
    private final TopologyIds ids;
    private final List<Component> components;
    private final List<Site> sites;
    private final int[] onlySite;
    private final Adjacency required;
    private final boolean[] tier1Closure;
    private final int[] requiredParent;
    private final int[] requiredRootService;

    /**
     * Builds the index in time linear in components plus dependency targets.
     *
     * @throws IllegalArgumentException when an id repeats or a reference names an unknown site or component
     *     ({@link DependencyGraph#of})
     */
    public TopologyIndex(Topology topology) {
        this(DependencyGraph.of(new TopologyIds(topology)));
    }

    /** The index over an already built graph, in time linear in components plus dependency targets. */
    public TopologyIndex(DependencyGraph graph) {
        this.graph = graph;
        this.ids = graph.ids();
        this.topology = ids.topology();
        this.components = topology.components();
        this.sites = topology.sites();
        this.onlySite = computeOnlySites();
        this.required = graph.hardEdges(g -> !graph.anyOf(g) || groupInOneSite(g));
        this.tier1Closure = new boolean[components.size()];
        this.requiredParent = new int[components.size()];
        this.requiredRootService = new int[components.size()];
        traverseFromTier1();
    }

    public Topology topology() {
        return topology;
    }

    /** The graph this index reads. */
    public DependencyGraph graph() {
        return graph;
    }

    public int componentCount() {
        return components.size();
    }

    public Component component(int c) {
        return components.get(c);
    }

    /** Index of a component id, or -1. */
    public int componentIndex(String id) {
        return ids.componentIndex(id);
    }

    public int siteCount() {
        return sites.size();
    }

    public Site site(int s) {
        return sites.get(s);
    }

    /** Index of a site id, or -1. */
    public int siteIndex(String id) {
        return ids.siteIndex(id);
    }

    /** The index of the one site all placements of component {@code c} are in, or -1 (none, or several). */
    public int onlySite(int c) {
        return onlySite[c];
    }

    /**
     * The required edges (see the class comment), in document order per component; its {@link Adjacency#scc()}
     * condenses them.
     */
    public Adjacency required() {
        return required;
    }

    /** Whether a tier-1 service hard-depends on component {@code c} (every anyOf member followed; entrypoints included). */
    public boolean inTier1Closure(int c) {
        return tier1Closure[c];
    }

    /** Whether component {@code c} is reached from a tier-1 entrypoint over required edges only. */
    public boolean requiredByTier1(int c) {
        return requiredParent[c] != UNREACHED;
    }

    /** The tier-1 service whose entrypoint starts the breadth-first path to {@code c}; -1 when unreached. */
    public int requiredRootService(int c) {
        return requiredParent[c] == UNREACHED ? -1 : requiredRootService[c];
    }

    /**
     * A shortest path of required edges from a tier-1 entrypoint to {@code c}, entrypoint first;
     * empty when {@code c} is not {@link #requiredByTier1 required by tier 1}.
     */
    public int[] requiredPath(int c) {
        if (!requiredByTier1(c)) {
            return new int[0];
        }
        int length = 0;
        for (int v = c; v != ROOT; v = requiredParent[v]) {
            length++;
        }
        int[] path = new int[length];
        int i = length;
        for (int v = c; v != ROOT; v = requiredParent[v]) {
            path[--i] = v;
        }
        return path;
    }

    /** Whether the hard edge {@code from -> to} exists as an anyOf member (used to label chain steps). */
    public boolean isAnyOfEdge(int from, int to) {
        for (int g = graph.groupStart(from); g < graph.groupEnd(from); g++) {
            if (graph.anyOf(g)) {
                for (int e = graph.targetStart(g); e < graph.targetEnd(g); e++) {
                    if (graph.target(e) == to) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Component indices of a service's entrypoints (unknown ids are left out). */
    public int[] entrypoints(Service service) {
        return service.entrypoints().stream().mapToInt(this::componentIndex).filter(i -> i >= 0).toArray();
    }

    /** A component's primary site (first active placement); for a component without one, its first placement's site; else null. */
    public static String homeSite(Component component) {
        String primary = component.primarySite();
        if (primary != null || component.placements().isEmpty()) {
            return primary;
        }
        return component.placements().get(0).site();
    }

    private int[] computeOnlySites() {
        int[] only = new int[components.size()];
        for (int c = 0; c < only.length; c++) {
            only[c] = singleSiteOf(c);
        }
        return only;
    }

    /** The one site of all placements of {@code c} (-1 for none or several). */
    private int singleSiteOf(int c) {
        int site = -1;
        for (int p = ids.placementStart(c); p < ids.placementEnd(c); p++) {
            int s = ids.placementSite(p);
            if (site != -1 && s != site) {
                return -1;
            }
            site = s;
        }
        return site;
    }

    /** True when every member placement of hard-dependency group {@code g} lies in one site. */
    private boolean groupInOneSite(int g) {
        int site = -1;
        for (int i = graph.targetStart(g); i < graph.targetEnd(g); i++) {
            int c = graph.target(i);
            for (int p = ids.placementStart(c); p < ids.placementEnd(c); p++) {
                int s = ids.placementSite(p);
                if (site != -1 && s != site) {
                    return false;
                }
                site = s;
            }
        }
        return true;
    }

    private void traverseFromTier1() {
        Arrays.fill(requiredParent, UNREACHED);
        int[] roots = new int[components.size()];
        int rootCount = 0;
        List<Service> services = topology.services();
        for (int s = 0; s < services.size(); s++) {
            if (services.get(s).tier() != 1) {
                continue;
            }
            for (int c : entrypoints(services.get(s))) {
                if (requiredParent[c] == UNREACHED) {
                    requiredParent[c] = ROOT;
                    requiredRootService[c] = s;
                    roots[rootCount++] = c;
                }
            }
        }
        traverseRequired(roots, rootCount);
        markTier1Closure(roots, rootCount);
    }

    /** Breadth-first search over every hard edge, marking {@code tier1Closure}. */
    private void markTier1Closure(int[] roots, int rootCount) {
        int[] queue = new int[components.size()];
        int tail = 0;
        for (int i = 0; i < rootCount; i++) {
            tier1Closure[roots[i]] = true;
            queue[tail++] = roots[i];
        }
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int e = graph.closureStart(v); e < graph.closureEnd(v); e++) {
                int w = graph.target(e);
                if (!tier1Closure[w]) {
                    tier1Closure[w] = true;
                    queue[tail++] = w;
                }
            }
        }
    }

    /** Breadth-first search over required edges from the roots already in {@code requiredParent}. */
    private void traverseRequired(int[] roots, int rootCount) {
        int[] queue = new int[components.size()];
        System.arraycopy(roots, 0, queue, 0, rootCount);
        int tail = rootCount;
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int e = required.start(v); e < required.end(v); e++) {
                int w = required.target(e);
                if (requiredParent[w] == UNREACHED) {
                    requiredParent[w] = v;
                    requiredRootService[w] = requiredRootService[v];
                    queue[tail++] = w;
                }
            }
        }
    }
}
