package kr.drregistry.topology.simulation;

import kr.drregistry.topology.graph.Scc;

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
import kr.drregistry.topology.model.TopologyIds;

/**
 * A topology compiled to integer indices and flat arrays for bit-parallel simulation. Scenario sets are bit
 * vectors of {@link #words} longs (bit {@code s} of word {@code s >> 6}); per-component vectors are stored
 * contiguously at {@code c * words}. Dependencies are CSR arrays: hard single dependencies, {@code anyOf}
 * groups (component to groups, group to members) and manual-failover requirements; {@link #adj} is their union
 * (the graph whose strongly connected components need a fixpoint) and {@link #radj} its reverse. It is built
 * from the references already resolved in {@link TopologyIds}, and rejects what the simulation cannot run on:
 * repeated ids and references to unknown sites or components.
 */
final class CompiledTopology {
    final TopologyIds resolved;
    final Topology topology;
    final int n;
    final String[] ids;
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

    CompiledTopology(TopologyIds resolved, int defaultManualFailoverMinutes) {
        this.resolved = resolved;
        this.topology = resolved.topology();
        List<Site> sites = topology.sites();
        List<Component> components = topology.components();
        n = components.size();
        if (resolved.duplicateSiteId() != null) {
            throw new IllegalArgumentException("duplicate id " + resolved.duplicateSiteId());
        }
        if (resolved.duplicateComponentId() != null) {
            throw new IllegalArgumentException("duplicate id " + resolved.duplicateComponentId());
        }
        ids = new String[n];
        for (int c = 0; c < n; c++) {
            ids[c] = components.get(c).id();
        }

        scenarios = buildScenarios(sites);
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
                siteLost[resolved.siteIndex(site) * words + (s >>> 6)] |= 1L << s;
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
        int[] memberCount = new int[n];
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
            int singles = 0, groups = 0, members = 0;
            for (int g = resolved.groupStart(c); g < resolved.groupEnd(c); g++) {
                for (int e = resolved.targetStart(g); e < resolved.targetEnd(g); e++) {
                    if (resolved.target(e) < 0) {
                        throw unknownTarget(component, g - resolved.groupStart(c), e - resolved.targetStart(g));
                    }
                }
                int size = resolved.targetEnd(g) - resolved.targetStart(g);
                if (resolved.anyOf(g)) {
                    groups++;
                    members += size;
                } else {
                    singles += size;
                }
            }
            depStart[c + 1] = singles;
            groupStart[c + 1] = groups;
            memberCount[c] = members;
            if (mode == FailoverMode.MANUAL && resolved.requiresEnd(c) > resolved.requiresStart(c)) {
                for (int e = resolved.requiresStart(c); e < resolved.requiresEnd(c); e++) {
                    if (resolved.requires(e) < 0) {
                        throw new IllegalArgumentException("component " + component.id() + " names unknown component "
                                + component.failover().requires().get(e - resolved.requiresStart(c)));
                    }
                }
                reqStart[c + 1] = resolved.requiresEnd(c) - resolved.requiresStart(c);
                for (int w = 0; w < words; w++) {
                    failoverWait[o + w] = activeLost[o + w] & standbyUp[o + w] & mask[w];
                }
            }
        });
        int[] firstMember = new int[n + 1];
        for (int c = 0; c < n; c++) {
            depStart[c + 1] += depStart[c];
            groupStart[c + 1] += groupStart[c];
            reqStart[c + 1] += reqStart[c];
            firstMember[c + 1] = firstMember[c] + memberCount[c];
        }
        dep = new int[depStart[n]];
        memberStart = new int[groupStart[n] + 1];
        member = new int[firstMember[n]];
        req = new int[reqStart[n]];
        IntStream.range(0, n).parallel().forEach(c -> {
            int d = depStart[c], g = groupStart[c], m = firstMember[c], r = reqStart[c];
            for (int h = resolved.groupStart(c); h < resolved.groupEnd(c); h++) {
                if (resolved.anyOf(h)) {
                    memberStart[g++] = m;
                    for (int e = resolved.targetStart(h); e < resolved.targetEnd(h); e++) {
                        member[m++] = resolved.target(e);
                    }
                } else {
                    for (int e = resolved.targetStart(h); e < resolved.targetEnd(h); e++) {
                        dep[d++] = resolved.target(e);
                    }
                }
            }
            for (int e = resolved.requiresStart(c); r < reqStart[c + 1]; e++) {
                req[r++] = resolved.requires(e);
            }
        });
        memberStart[groupStart[n]] = member.length;

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
            int from = resolved.entrypointStart(v);
            entrypoints[v] = new int[resolved.entrypointEnd(v) - from];
            for (int i = 0; i < entrypoints[v].length; i++) {
                int c = resolved.entrypoint(from + i);
                if (c < 0) {
                    throw new IllegalArgumentException("service " + services.get(v).id()
                            + " names unknown entrypoint " + services.get(v).entrypoints().get(i));
                }
                entrypoints[v][i] = c;
            }
        }
    }

    boolean bit(long[] vector, int c, int s) {
        return (vector[c * words + (s >>> 6)] & (1L << s)) != 0;
    }

    boolean siteLostIn(int site, int s) {
        return bit(siteLost, site, s);
    }

    private void placementVectors(int c, Component component) {
        int o = c * words;
        for (int w = 0; w < words; w++) {
            activeLost[o + w] = mask[w];
        }
        List<Placement> placements = component.placements();
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            int site = resolved.placementSite(resolved.placementStart(c) + i);
            if (site < 0) {
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

    /** The error for unknown target {@code i} of the {@code h}-th hard dependency of {@code component}. */
    private static IllegalArgumentException unknownTarget(Component component, int h, int i) {
        Dependency dependency = component.dependsOn().stream().filter(Dependency::hard).skip(h).findFirst()
                .orElseThrow();
        return new IllegalArgumentException("component " + component.id() + " names unknown component "
                + dependency.targets().get(i));
    }

    private static List<Scenario> buildScenarios(List<Site> sites) {
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
}
