package kr.drregistry.topology.model;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The references of one {@link Topology} resolved to integer indices, once, so that every consumer (the loss
 * simulation and the structural rules) works on int arrays instead of looking component and site ids up again.
 * Immutable and safe to share between threads.
 *
 * <p>Components, sites and services are indexed by their position in the topology's lists. When an id occurs
 * twice, the first occurrence wins and the id is reported by {@link #duplicateComponentId()} or
 * {@link #duplicateSiteId()}. A reference to an unknown id resolves to {@code -1}; consumers decide whether
 * that is an error.
 *
 * <p>Resolved references are stored as compressed arrays ("CSR": the entries of item {@code i} are
 * {@code start(i) .. end(i) - 1}):
 * <ul>
 *   <li>per component, its placements' site indices, in document order;</li>
 *   <li>per component, its {@code hard} dependencies ("groups", in document order, soft ones left out), and
 *       per group its target indices and whether it is an {@code anyOf} group;</li>
 *   <li>per component, the indices of its failover {@code requires};</li>
 *   <li>per service, the indices of its entrypoints.</li>
 * </ul>
 */
public final class TopologyIds {
    private final Topology topology;
    private final IdTable componentIndex;
    private final IdTable siteIndex;
    private final String duplicateComponentId;
    private final String duplicateSiteId;
    private final int[] placementStart;
    private final int[] placementSite;
    private final int[] groupStart;
    private final int[] targetStart;
    private final int[] target;
    private final boolean[] anyOf;
    private final int[] requiresStart;
    private final int[] requires;
    private final int[] entrypointStart;
    private final int[] entrypoint;

    /** Resolves every reference of {@code topology} in time linear in its size (in parallel for large ones). */
    public TopologyIds(Topology topology) {
        this.topology = topology;
        List<Component> components = topology.components();
        List<Site> sites = topology.sites();
        int n = components.size();
        siteIndex = new IdTable(sites.stream().map(Site::id).toArray(String[]::new));
        duplicateSiteId = siteIndex.duplicate;
        componentIndex = new IdTable(components.stream().map(Component::id).toArray(String[]::new));
        duplicateComponentId = componentIndex.duplicate;

        placementStart = new int[n + 1];
        groupStart = new int[n + 1];
        requiresStart = new int[n + 1];
        int[] targetCount = new int[n];
        parallel(n).forEach(c -> {
            Component component = components.get(c);
            int groups = 0, targets = 0;
            for (Dependency d : component.dependsOn()) {
                if (d.hard()) {
                    groups++;
                    targets += d.targets().size();
                }
            }
            placementStart[c + 1] = component.placements().size();
            groupStart[c + 1] = groups;
            targetCount[c] = targets;
            requiresStart[c + 1] = component.failover().requires().size();
        });
        int[] firstTarget = new int[n + 1];
        for (int c = 0; c < n; c++) {
            placementStart[c + 1] += placementStart[c];
            groupStart[c + 1] += groupStart[c];
            requiresStart[c + 1] += requiresStart[c];
            firstTarget[c + 1] = firstTarget[c] + targetCount[c];
        }
        placementSite = new int[placementStart[n]];
        targetStart = new int[groupStart[n] + 1];
        target = new int[firstTarget[n]];
        anyOf = new boolean[groupStart[n]];
        requires = new int[requiresStart[n]];
        parallel(n).forEach(c -> {
            Component component = components.get(c);
            int p = placementStart[c];
            for (Placement placement : component.placements()) {
                placementSite[p++] = siteIndex(placement.site());
            }
            int g = groupStart[c], e = firstTarget[c];
            for (Dependency d : component.dependsOn()) {
                if (!d.hard()) {
                    continue;
                }
                targetStart[g] = e;
                anyOf[g++] = d.anyOf();
                for (String t : d.targets()) {
                    target[e++] = componentIndex(t);
                }
            }
            int r = requiresStart[c];
            for (String t : component.failover().requires()) {
                requires[r++] = componentIndex(t);
            }
        });
        targetStart[groupStart[n]] = target.length;

        List<Service> services = topology.services();
        entrypointStart = new int[services.size() + 1];
        for (int v = 0; v < services.size(); v++) {
            entrypointStart[v + 1] = entrypointStart[v] + services.get(v).entrypoints().size();
        }
        entrypoint = new int[entrypointStart[services.size()]];
        for (int v = 0, e = 0; v < services.size(); v++) {
            for (String id : services.get(v).entrypoints()) {
                entrypoint[e++] = componentIndex(id);
            }
        }
    }

    public Topology topology() {
        return topology;
    }

    public int componentCount() {
        return placementStart.length - 1;
    }

    /** Index of the first component with this id, or -1. */
    public int componentIndex(String id) {
        return componentIndex.indexOf(id);
    }

    /** The first component id that occurs more than once, or null. */
    public String duplicateComponentId() {
        return duplicateComponentId;
    }

    public int siteCount() {
        return topology.sites().size();
    }

    /** Index of the first site with this id, or -1. */
    public int siteIndex(String id) {
        return siteIndex.indexOf(id);
    }

    /** The first site id that occurs more than once, or null. */
    public String duplicateSiteId() {
        return duplicateSiteId;
    }

    /** First placement entry of component {@code c}; entry {@code p} is its placement {@code p - placementStart(c)}. */
    public int placementStart(int c) {
        return placementStart[c];
    }

    public int placementEnd(int c) {
        return placementStart[c + 1];
    }

    /** Site index of placement entry {@code p}, or -1 for an unknown site. */
    public int placementSite(int p) {
        return placementSite[p];
    }

    /** First hard-dependency group of component {@code c}; group {@code g} is its hard dependency {@code g - groupStart(c)}. */
    public int groupStart(int c) {
        return groupStart[c];
    }

    public int groupEnd(int c) {
        return groupStart[c + 1];
    }

    /** Whether group {@code g} is an {@code anyOf} dependency. */
    public boolean anyOf(int g) {
        return anyOf[g];
    }

    /** First target entry of group {@code g}. */
    public int targetStart(int g) {
        return targetStart[g];
    }

    public int targetEnd(int g) {
        return targetStart[g + 1];
    }

    /** Component index of target entry {@code e}, or -1 for an unknown component. */
    public int target(int e) {
        return target[e];
    }

    /** First failover-requires entry of component {@code c}. */
    public int requiresStart(int c) {
        return requiresStart[c];
    }

    public int requiresEnd(int c) {
        return requiresStart[c + 1];
    }

    /** Component index of failover-requires entry {@code e}, or -1 for an unknown component. */
    public int requires(int e) {
        return requires[e];
    }

    /** First entrypoint entry of service {@code v}. */
    public int entrypointStart(int v) {
        return entrypointStart[v];
    }

    public int entrypointEnd(int v) {
        return entrypointStart[v + 1];
    }

    /** Component index of entrypoint entry {@code e}, or -1 for an unknown component. */
    public int entrypoint(int e) {
        return entrypoint[e];
    }

    private static IntStream parallel(int n) {
        IntStream range = IntStream.range(0, n);
        return n >= 4096 ? range.parallel() : range;
    }

    /**
     * An open-addressing hash table from id to its first index. Each slot packs the id's hash (high half) and
     * index + 1 (low half, 0 for empty) into one long, so a probe touches the id's string only on a hash match.
     */
    private static final class IdTable {
        private final String[] ids;
        private final long[] slots;
        private final int mask;
        private final String duplicate;

        IdTable(String[] ids) {
            this.ids = ids;
            int capacity = Integer.highestOneBit(Math.max(4, ids.length) * 2 - 1) << 1;
            slots = new long[capacity];
            mask = capacity - 1;
            String firstDuplicate = null;
            for (int i = 0; i < ids.length; i++) {
                int h = ids[i].hashCode();
                int slot = spread(h) & mask;
                while (true) {
                    long entry = slots[slot];
                    if (entry == 0) {
                        slots[slot] = ((long) h << 32) | (i + 1);
                        break;
                    }
                    if ((int) (entry >>> 32) == h && ids[(int) entry - 1].equals(ids[i])) {
                        firstDuplicate = firstDuplicate == null ? ids[i] : firstDuplicate;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
            duplicate = firstDuplicate;
        }

        int indexOf(String id) {
            int h = id.hashCode();
            for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
                long entry = slots[slot];
                if (entry == 0) {
                    return -1;
                }
                if ((int) (entry >>> 32) == h && ids[(int) entry - 1].equals(id)) {
                    return (int) entry - 1;
                }
            }
        }

        private static int spread(int h) {
            int x = h * 0x9E3779B9;
            return x ^ (x >>> 16);
        }
    }
}
