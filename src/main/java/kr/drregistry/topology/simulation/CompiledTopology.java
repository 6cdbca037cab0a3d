package kr.drregistry.topology.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;

/**
 * A topology compiled to integer indices and flat arrays for bit-parallel simulation. Scenario sets are bit
 * vectors of {@link #words} longs (bit {@code s} of word {@code s >> 6}); per-component vectors are stored
 * contiguously at {@code c * words}. Dependencies are CSR arrays: hard single dependencies, {@code anyOf}
 * groups (component to groups, group to members) and manual-failover requirements; {@link #adj} is their union
 * (the graph whose strongly connected components need a fixpoint) and {@link #radj} its reverse.
 */
final class CompiledTopology {
    final Topology topology;
    final int n;
    final String[] ids;
    final Map<String, Integer> index;
    final Map<String, Integer> siteIndex;
    final List<Scenario> scenarios;
    final Map<String, Integer> scenarioIndex;
    final int scenarioCount;
    final int words;
    /** Valid scenario bits per word. */
    final long[] mask;
    /** Per site: scenarios in which it is lost. */
    final long[] siteLost;
    /** Per component: scenarios in which no active placement survives. */
    final long[] activeLost;
    /** Per component: scenarios in which some standby placement survives. */
    final long[] standbyUp;
    /** Per component: scenarios in which it is down whatever its dependencies (no usable placement). */
    final long[] baseDown;
    /** Per component with manual failover and requirements: scenarios in which it must fail over and can. */
    final long[] failoverWait;
    /** Effective failover minutes (manual without minutes: the default; automatic without: 0); -1 for none. */
    final int[] failoverMinutes;
    final FailoverMode[] failoverMode;
    final int[] depStart;
    final int[] dep;
    final int[] groupStart;
    final int[] memberStart;
    final int[] member;
    final int[] reqStart;
    final int[] req;
    final int[] adjStart;
    final int[] adj;
    final int[] radjStart;
    final int[] radj;
    final Scc scc;
    /** Per service: indices of its entrypoints. */
    final int[][] entrypoints;

    CompiledTopology(Topology topology, int defaultManualFailoverMinutes) {
        this.topology = topology;
        List<Site> sites = topology.sites();
        List<Component> components = topology.components();
        n = components.size();
        siteIndex = indexOf(sites.stream().map(Site::id).toList());
        ids = new String[n];
        for (int c = 0; c < n; c++) {
            ids[c] = components.get(c).id();
        }
        index = indexOf(List.of(ids));

        scenarios = buildScenarios(sites, siteIndex);
        scenarioCount = scenarios.size();
        Map<String, Integer> scenarioIds = new HashMap<>(scenarioCount * 2);
        for (int s = 0; s < scenarioCount; s++) {
            scenarioIds.put(scenarios.get(s).id(), s);
        }
        scenarioIndex = Collections.unmodifiableMap(scenarioIds);
        words = Math.max(1, (scenarioCount + 63) >>> 6);
        mask = new long[words];
        for (int s = 0; s < scenarioCount; s++) {
            mask[s >>> 6] |= 1L << s;
        }
        siteLost = new long[sites.size() * words];
        for (int s = 0; s < scenarioCount; s++) {
            for (String site : scenarios.get(s).sites()) {
                siteLost[siteIndex.get(site) * words + (s >>> 6)] |= 1L << s;
            }
        }

        activeLost = new long[n * words];
        standbyUp = new long[n * words];
        baseDown = new long[n * words];
        failoverWait = new long[n * words];
        failoverMinutes = new int[n];
        failoverMode = new FailoverMode[n];
        depStart = new int[n + 1];
        groupStart = new int[n + 1];
        reqStart = new int[n + 1];
        int[][] resolvedDeps = new int[n][];
        int[][][] resolvedGroups = new int[n][][];
        int[][] resolvedReqs = new int[n][];
        IntStream.range(0, n).parallel().forEach(c -> {
            Component component = components.get(c);
            placementVectors(c, component);
            FailoverMode mode = component.failover().mode();
            failoverMode[c] = mode;
            Integer minutes = component.failover().minutes();
            failoverMinutes[c] = switch (mode) {
                case NONE -> -1;
                case AUTOMATIC -> minutes == null ? 0 : minutes;
                case MANUAL -> minutes == null ? defaultManualFailoverMinutes : minutes;
            };
            int o = c * words;
            for (int w = 0; w < words; w++) {
                long usable = mode == FailoverMode.NONE ? 0 : standbyUp[o + w];
                baseDown[o + w] = activeLost[o + w] & ~usable & mask[w];
            }
            IntList singles = new IntList();
            List<int[]> groups = new ArrayList<>();
            for (Dependency d : component.dependsOn()) {
                if (!d.hard()) {
                    continue;
                }
                int[] targets = new int[d.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = lookup(d.targets().get(i), component);
                }
                if (d.anyOf()) {
                    groups.add(targets);
                } else {
                    for (int t : targets) {
                        singles.add(t);
                    }
                }
            }
            resolvedDeps[c] = singles.toArray();
            resolvedGroups[c] = groups.toArray(new int[0][]);
            resolvedReqs[c] = new int[0];
            if (mode == FailoverMode.MANUAL && !component.failover().requires().isEmpty()) {
                List<String> requires = component.failover().requires();
                resolvedReqs[c] = new int[requires.size()];
                for (int i = 0; i < requires.size(); i++) {
                    resolvedReqs[c][i] = lookup(requires.get(i), component);
                }
                for (int w = 0; w < words; w++) {
                    failoverWait[o + w] = activeLost[o + w] & standbyUp[o + w] & mask[w];
                }
            }
        });
        IntList deps = new IntList();
        IntList memberStarts = new IntList();
        IntList members = new IntList();
        IntList reqs = new IntList();
        for (int c = 0; c < n; c++) {
            for (int t : resolvedDeps[c]) {
                deps.add(t);
            }
            for (int[] group : resolvedGroups[c]) {
                memberStarts.add(members.size());
                for (int t : group) {
                    members.add(t);
                }
            }
            for (int t : resolvedReqs[c]) {
                reqs.add(t);
            }
            depStart[c + 1] = deps.size();
            groupStart[c + 1] = memberStarts.size();
            reqStart[c + 1] = reqs.size();
        }
        memberStarts.add(members.size());
        dep = deps.toArray();
        memberStart = memberStarts.toArray();
        member = members.toArray();
        req = reqs.toArray();

        adjStart = new int[n + 1];
        for (int c = 0; c < n; c++) {
            int g0 = groupStart[c], g1 = groupStart[c + 1];
            int degree = (depStart[c + 1] - depStart[c]) + (memberStart[g1] - memberStart[g0])
                    + (reqStart[c + 1] - reqStart[c]);
            adjStart[c + 1] = adjStart[c] + degree;
        }
        adj = new int[adjStart[n]];
        for (int c = 0; c < n; c++) {
            int p = adjStart[c];
            for (int e = depStart[c]; e < depStart[c + 1]; e++) {
                adj[p++] = dep[e];
            }
            for (int e = memberStart[groupStart[c]]; e < memberStart[groupStart[c + 1]]; e++) {
                adj[p++] = member[e];
            }
            for (int e = reqStart[c]; e < reqStart[c + 1]; e++) {
                adj[p++] = req[e];
            }
        }
        radjStart = new int[n + 1];
        for (int t : adj) {
            radjStart[t + 1]++;
        }
        for (int c = 0; c < n; c++) {
            radjStart[c + 1] += radjStart[c];
        }
        radj = new int[adj.length];
        int[] fill = java.util.Arrays.copyOf(radjStart, n);
        for (int c = 0; c < n; c++) {
            for (int e = adjStart[c]; e < adjStart[c + 1]; e++) {
                radj[fill[adj[e]]++] = c;
            }
        }
        scc = Scc.of(n, adjStart, adj);

        List<Service> services = topology.services();
        entrypoints = new int[services.size()][];
        for (int v = 0; v < services.size(); v++) {
            List<String> eps = services.get(v).entrypoints();
            entrypoints[v] = new int[eps.size()];
            for (int i = 0; i < eps.size(); i++) {
                Integer c = index.get(eps.get(i));
                if (c == null) {
                    throw new IllegalArgumentException("service " + services.get(v).id()
                            + " names unknown entrypoint " + eps.get(i));
                }
                entrypoints[v][i] = c;
            }
        }
    }

    boolean bit(long[] vector, int c, int s) {
        return (vector[c * words + (s >>> 6)] & (1L << s)) != 0;
    }

    boolean siteLostIn(String site, int s) {
        return bit(siteLost, siteIndex.get(site), s);
    }

    private void placementVectors(int c, Component component) {
        int o = c * words;
        for (int w = 0; w < words; w++) {
            activeLost[o + w] = mask[w];
        }
        for (Placement p : component.placements()) {
            Integer site = siteIndex.get(p.site());
            if (site == null) {
                throw new IllegalArgumentException("component " + component.id() + " is placed in unknown site "
                        + p.site());
            }
            int so = site * words;
            for (int w = 0; w < words; w++) {
                if (p.role() == PlacementRole.ACTIVE) {
                    activeLost[o + w] &= siteLost[so + w];
                } else {
                    standbyUp[o + w] |= ~siteLost[so + w] & mask[w];
                }
            }
        }
    }

    private int lookup(String id, Component from) {
        Integer c = index.get(id);
        if (c == null) {
            throw new IllegalArgumentException("component " + from.id() + " names unknown component " + id);
        }
        return c;
    }

    private static List<Scenario> buildScenarios(List<Site> sites, Map<String, Integer> siteIndex) {
        Map<String, boolean[]> groups = new LinkedHashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            boolean[] members = new boolean[sites.size()];
            members[i] = true;
            groups.put(sites.get(i).scenarioId(), members);
        }
        for (int i = 0; i < sites.size(); i++) {
            for (String group : sites.get(i).riskGroups()) {
                groups.computeIfAbsent(group, g -> new boolean[sites.size()])[i] = true;
            }
        }
        List<Scenario> result = new ArrayList<>(groups.size());
        for (Map.Entry<String, boolean[]> e : groups.entrySet()) {
            List<String> lost = new ArrayList<>();
            for (int i = 0; i < sites.size(); i++) {
                if (e.getValue()[i]) {
                    lost.add(sites.get(i).id());
                }
            }
            result.add(new Scenario(e.getKey(), lost));
        }
        return List.copyOf(result);
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> map = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            if (map.putIfAbsent(ids.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate id " + ids.get(i));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** A growable int array. */
    static final class IntList {
        private int[] data = new int[16];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
