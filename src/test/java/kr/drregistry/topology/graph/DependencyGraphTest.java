package kr.drregistry.topology.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.graph.DependencyGraph.Adjacency;
import kr.drregistry.topology.graph.DependencyGraph.EdgeType;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.TopologyIds;
import kr.drregistry.topology.parse.DrrParser;

/** The one graph core: typed edges of a topology, the subgraphs the engine and the rules select, and its one Scc. */
class DependencyGraphTest {
    /** web needs api; api and worker need each other; api needs one of cache-a, cache-b; failover and restore need tools. */
    private static final Topology T = new DrrParser().parseYaml("""
            format: drr/v2
            operator: op
            asOf: 2026-11-01
            sites:
              - {id: a}
              - {id: b}
            services:
              - {id: svc, tier: 1, entrypoints: [web]}
            components:
              - id: web
                kind: app
                placements: [{site: a, role: active}]
                dependsOn: [{component: api}, {component: metrics, mode: soft}]
              - id: api
                kind: app
                placements: [{site: a, role: active}, {site: b, role: standby}]
                failover: {mode: manual, requires: [deploy]}
                dependsOn: [{component: worker}, {anyOf: [cache-a, cache-b]}]
              - id: worker
                kind: app
                placements: [{site: b, role: active}]
                dependsOn: [{component: api}]
              - {id: cache-a, kind: cache, placements: [{site: a, role: active}]}
              - {id: cache-b, kind: cache, placements: [{site: b, role: active}]}
              - {id: deploy, kind: deployment, placements: [{site: b, role: active}]}
              - {id: metrics, kind: monitoring, placements: [{site: a, role: active}]}
              - id: db
                kind: database
                placements: [{site: a, role: active}]
                restore: {site: b, minutes: 60, requires: [deploy]}
                recovery: {minutes: 30, requires: [deploy]}
            """.getBytes(StandardCharsets.UTF_8));
    private static final DependencyGraph G = DependencyGraph.of(new TopologyIds(T));

    private static int c(String id) {
        return G.ids().componentIndex(id);
    }

    private static List<String> edges(Adjacency adjacency, String from) {
        List<String> out = new ArrayList<>();
        for (int e = adjacency.start(c(from)); e < adjacency.end(c(from)); e++) {
            out.add(T.components().get(adjacency.target(e)).id());
        }
        return out;
    }

    @Test
    void edgesAreTypedAndSoftDependenciesAreNotInTheGraph() {
        Adjacency hard = G.adjacency(DependencyGraph.HARD_CLOSURE);
        assertEquals(List.of("api"), edges(hard, "web"), "metrics is soft");
        assertEquals(List.of("worker", "cache-a", "cache-b"), edges(hard, "api"), "document order, anyOf members after");
        assertEquals(List.of("worker"), edges(G.adjacency(EnumSet.of(EdgeType.HARD)), "api"), "single ones alone");
        Adjacency loss = G.adjacency(DependencyGraph.LOSS);
        assertEquals(List.of("worker", "cache-a", "cache-b", "deploy"), edges(loss, "api"), "plus failover.requires");
        assertEquals(List.of("deploy"), edges(loss, "db"), "restore.requires; recovery.requires is not a loss edge");
        assertEquals(List.of("deploy"), edges(G.adjacency(EnumSet.of(EdgeType.RECOVERY_REQUIRES)), "db"));
        assertSame(loss, G.adjacency(DependencyGraph.LOSS), "one build per selection");
    }

    @Test
    void everyEdgeKnowsItsGroupAlsoWhenReversed() {
        Adjacency loss = G.adjacency(DependencyGraph.LOSS);
        int api = c("api");
        List<Boolean> anyOf = new ArrayList<>();
        for (int e = loss.start(api); e < loss.end(api); e++) {
            anyOf.add(loss.group(e) >= 0 && G.anyOf(loss.group(e)));
        }
        assertEquals(List.of(false, true, true, false), anyOf);
        assertEquals(-1, loss.group(loss.end(api) - 1), "a requires edge has no group");
        Adjacency reverse = loss.reverse();
        assertEquals(List.of("api"), edges(reverse, "cache-a"));
        int into = reverse.start(c("cache-a"));
        assertTrue(G.anyOf(reverse.group(into)), "the reversed edge is still an anyOf member");
        assertEquals(List.of("web", "worker"), edges(reverse, "api"), "sources in ascending order");
    }

    @Test
    void hardEdgesSelectsGroupsForWhatARuleDerives() {
        Adjacency singles = G.hardEdges(g -> !G.anyOf(g));
        assertEquals(List.of("worker"), edges(singles, "api"));
        assertEquals(List.of("api"), edges(singles, "web"));
    }

    @Test
    void sccNumbersComponentsDependenciesFirstAndMarksCycles() {
        Scc scc = G.adjacency(DependencyGraph.LOSS).scc();
        assertEquals(scc.comp[c("api")], scc.comp[c("worker")], "api and worker need each other");
        assertNotEquals(scc.comp[c("api")], scc.comp[c("web")]);
        assertTrue(scc.cyclic[scc.comp[c("api")]]);
        assertFalse(scc.cyclic[scc.comp[c("web")]]);
        assertTrue(scc.comp[c("cache-a")] < scc.comp[c("api")], "a dependency is emitted before its dependents");
        assertTrue(scc.comp[c("deploy")] < scc.comp[c("api")]);
        assertTrue(scc.comp[c("api")] < scc.comp[c("web")]);
        assertSame(scc, G.adjacency(DependencyGraph.LOSS).scc(), "computed once");
        for (int p = 0; p < T.components().size(); p++) {
            assertEquals(p, scc.position[scc.order[p]]);
        }
    }

    @Test
    void sccOfARawGraphFindsSelfLoopsAndSurvivesDeepChains() {
        // 0 -> 1 -> 0, 2 -> 2, 3 -> 0
        Scc small = Scc.of(4, new int[] {0, 1, 2, 3, 4}, new int[] {1, 0, 2, 0});
        assertEquals(3, small.count);
        assertTrue(small.cyclic[small.comp[2]], "a self loop is a cycle");
        assertFalse(small.cyclic[small.comp[3]]);
        assertArrayEquals(new int[] {0, 2, 3, 4}, small.start);
        int n = 200_000;
        int[] start = new int[n + 1];
        int[] target = new int[n - 1];
        for (int v = 0; v < n - 1; v++) {
            target[v] = v + 1;
            start[v + 1] = v + 1;
        }
        start[n] = n - 1;
        Scc chain = Scc.of(n, start, target);
        assertEquals(n, chain.count, "no recursion: a chain of 200,000 does not overflow the stack");
        assertEquals(n - 1, chain.order[0], "the deepest dependency first");
    }

    @Test
    void refusesAReferenceToAnUnknownComponent() {
        Component web = T.components().get(0);
        Component broken = new Component(web.id(), web.name(), web.kind(), web.controlPlane(), web.placements(),
                web.failover(), List.of(Dependency.on("nowhere", kr.drregistry.topology.model.DependencyMode.HARD)),
                web.replication(), web.backups());
        List<Component> components = new ArrayList<>(T.components());
        components.set(0, broken);
        Topology t = new Topology(T.format(), T.operator(), T.asOf(), T.sites(), T.services(), components, T.drills());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DependencyGraph.of(new TopologyIds(t)));
        assertEquals("component web names unknown component nowhere", e.getMessage());
    }
}
