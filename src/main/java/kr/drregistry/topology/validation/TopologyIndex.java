package kr.drregistry.topology.validation;

import java.util.Arrays;
import java.util.List;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.TopologyIds;

/**
 * An int-indexed view of one topology that the structural rules share (built once per
 * {@link ValidationContext#index()}): components and sites by index, the hard-dependency graph as compressed
 * adjacency arrays, and two closures from the entrypoints of tier-1 services.
 *
 * <p>Edges run from a component to each target of each of its {@code hard} dependencies (soft ones are left
 * out). An edge carries {@link #ANY_OF} when it comes from an {@code anyOf} group and {@link #REQUIRED} when
 * losing its target can, on its own, take the dependent down: a single-target dependency, or an {@code anyOf}
 * group whose members' placements all lie in one site (redundancy inside one site is no redundancy).
 *
 * <ul>
 *   <li>The <em>tier-1 closure</em> follows every hard edge (all {@code anyOf} members) from the entrypoints
 *       of tier-1 services: the "tier-1 components" of CAP-001.</li>
 *   <li>The <em>required closure</em> follows only {@link #REQUIRED} edges and keeps one breadth-first parent
 *       per component, so SPOF-001 can name a shortest path from a tier-1 service to each component.</li>
 * </ul>
 */
public final class TopologyIndex {
    /** Edge flag: the edge comes from an {@code anyOf} group. */
    public static final byte ANY_OF = 1;
    /** Edge flag: losing the target alone can take the dependent down (see the class comment). */
    public static final byte REQUIRED = 2;

    private static final int UNREACHED = -2;
    private static final int ROOT = -1;

    private final Topology topology;
    private final TopologyIds ids;
    private final List<Component> components;
    private final List<Site> sites;
    private final int[] onlySite;
    private final int[] edgeOffsets;
    private final int[] edgeTargets;
    private final byte[] edgeFlags;
    private final boolean[] tier1Closure;
    private final int[] requiredParent;
    private final int[] requiredRootService;

    /** Builds the index in time linear in components plus dependency targets. */
    public TopologyIndex(Topology topology) {
        this(new TopologyIds(topology));
    }

    /** Builds the index from already resolved references, in time linear in components plus dependency targets. */
    public TopologyIndex(TopologyIds ids) {
        this.ids = ids;
        this.topology = ids.topology();
        this.components = topology.components();
        this.sites = topology.sites();
        this.onlySite = computeOnlySites();
        int edgeCount = countHardTargets();
        this.edgeOffsets = new int[components.size() + 1];
        this.edgeTargets = new int[edgeCount];
        this.edgeFlags = new byte[edgeCount];
        fillEdges();
        this.tier1Closure = new boolean[components.size()];
        this.requiredParent = new int[components.size()];
        this.requiredRootService = new int[components.size()];
        traverseFromTier1();
    }

    public Topology topology() {
        return topology;
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

    /** First edge index of component {@code c}; its edges are {@code edgeStart(c) .. edgeEnd(c) - 1}. */
    public int edgeStart(int c) {
        return edgeOffsets[c];
    }

    public int edgeEnd(int c) {
        return edgeOffsets[c + 1];
    }

    public int edgeTarget(int e) {
        return edgeTargets[e];
    }

    /** {@link #ANY_OF} and {@link #REQUIRED} bits of edge {@code e}. */
    public byte edgeFlags(int e) {
        return edgeFlags[e];
    }

    /** Whether a tier-1 service hard-depends on component {@code c} (every anyOf member followed; entrypoints included). */
    public boolean inTier1Closure(int c) {
        return tier1Closure[c];
    }

    /** Whether component {@code c} is reached from a tier-1 entrypoint over {@link #REQUIRED} edges only. */
    public boolean requiredByTier1(int c) {
        return requiredParent[c] != UNREACHED;
    }

    /** The tier-1 service whose entrypoint starts the breadth-first path to {@code c}; -1 when unreached. */
    public int requiredRootService(int c) {
        return requiredParent[c] == UNREACHED ? -1 : requiredRootService[c];
    }

    /**
     * A shortest path of {@link #REQUIRED} edges from a tier-1 entrypoint to {@code c}, entrypoint first;
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
        for (int e = edgeOffsets[from]; e < edgeOffsets[from + 1]; e++) {
            if (edgeTargets[e] == to && (edgeFlags[e] & ANY_OF) != 0) {
                return true;
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

    /** The one site of all placements of {@code c} (-1 for none or several; unknown sites count as -1). */
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

    private int countHardTargets() {
        int count = 0;
        for (int c = 0; c < components.size(); c++) {
            for (int g = ids.groupStart(c); g < ids.groupEnd(c); g++) {
                for (int e = ids.targetStart(g); e < ids.targetEnd(g); e++) {
                    count += ids.target(e) >= 0 ? 1 : 0;
                }
            }
        }
        return count;
    }

    private void fillEdges() {
        int e = 0;
        for (int c = 0; c < components.size(); c++) {
            edgeOffsets[c] = e;
            for (int g = ids.groupStart(c); g < ids.groupEnd(c); g++) {
                e = addDependency(g, e);
            }
        }
        edgeOffsets[components.size()] = e;
    }

    private int addDependency(int g, int e) {
        int first = e;
        for (int i = ids.targetStart(g); i < ids.targetEnd(g); i++) {
            int t = ids.target(i);
            if (t >= 0) {
                edgeTargets[e++] = t;
            }
        }
        byte flags = ids.anyOf(g) ? ANY_OF : 0;
        if (!ids.anyOf(g) || groupInOneSite(first, e)) {
            flags |= REQUIRED;
        }
        for (int i = first; i < e; i++) {
            edgeFlags[i] = flags;
        }
        return e;
    }

    /** True when every member placement of the group (edge targets {@code from..to-1}) lies in one site. */
    private boolean groupInOneSite(int from, int to) {
        int site = -1;
        for (int i = from; i < to; i++) {
            int c = edgeTargets[i];
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
            for (int e = edgeOffsets[v]; e < edgeOffsets[v + 1]; e++) {
                int w = edgeTargets[e];
                if (!tier1Closure[w]) {
                    tier1Closure[w] = true;
                    queue[tail++] = w;
                }
            }
        }
    }

    /** Breadth-first search over REQUIRED edges from the roots already in {@code requiredParent}. */
    private void traverseRequired(int[] roots, int rootCount) {
        int[] queue = new int[components.size()];
        System.arraycopy(roots, 0, queue, 0, rootCount);
        int tail = rootCount;
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int e = edgeOffsets[v]; e < edgeOffsets[v + 1]; e++) {
                int w = edgeTargets[e];
                if ((edgeFlags[e] & REQUIRED) != 0 && requiredParent[w] == UNREACHED) {
                    requiredParent[w] = v;
                    requiredRootService[w] = requiredRootService[v];
                    queue[tail++] = w;
                }
            }
        }
    }
}
