package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kr.drregistry.topology.graph.DependencyGraph;
import kr.drregistry.topology.graph.DependencyGraph.Adjacency;
import kr.drregistry.topology.graph.DependencyGraph.EdgeType;
import kr.drregistry.topology.graph.IntList;
import kr.drregistry.topology.model.Component;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * OPS-005 (drr/v2, critical by default; FILING-FORMAT-V2.md §7.13, a failover that needs what needs it): a
 * component c whose {@code failover.requires} or {@code restore.requires} names a component r that needs c — r
 * reaches c over hard dependencies (an {@code anyOf} only when every member reaches c) and {@code requires}
 * ({@code failover.requires} and {@code restore.requires}). One finding per (c, r), with the path from r back to c.
 * The loss simulation still counts such a cycle as up (rule 9); this finding says it may never come up.
 */
public final class Ops005 implements Rule {
    public static final String ID = "OPS-005";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("페일오버·복원이 자기 자신에 의존", "Failover or restore needs itself"),
                LocalizedText.of("페일오버나 복원에 필요한 구성요소가 그 구성요소 자신에 의존합니다: 둘 다 내려가면 어느 쪽도 먼저 올라올 수 없습니다.",
                        "A failover or restore requires a component that itself needs the component being failed over "
                                + "or restored: when both are down, neither can come up first."),
                LocalizedText.of("페일오버·복원 도구가 대상 구성요소에 의존하지 않도록 분리하십시오.",
                        "Make the failover and restore tools independent of the component they fail over or restore."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Component> components = ctx.topology().components();
        Graph g = new Graph(ctx.graph());
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            int[] required = g.required(c);
            if (required.length == 0) {
                continue;
            }
            int[] parent = null;
            for (int ri : required) {
                if (!g.sameComponent(ri, c)) {
                    continue;
                }
                parent = parent == null ? g.reachers(c) : parent;
                if (parent[ri] != -1) {
                    findings.add(finding(ctx, components.get(c), components, ri, parent));
                }
            }
        }
        return findings;
    }

    private static Finding finding(ValidationContext ctx, Component component, List<Component> components, int r,
                                   int[] parent) {
        String id = component.id();
        String rid = components.get(r).id();
        List<String> path = new ArrayList<>();
        for (int x = r; ; x = parent[x]) {
            path.add(components.get(x).id());
            if (parent[x] == x) {
                break;
            }
        }
        List<ChainStep> chain = new ArrayList<>();
        chain.add(Texts.step(0, "component", id, "requires", List.of(), id + "의 페일오버·복원에 " + rid + " 필요",
                "the failover or restore of " + id + " requires " + rid));
        for (int i = 1; i < path.size(); i++) {
            chain.add(Texts.step(i, "component", path.get(i), "needs", List.of(),
                    path.get(i - 1) + " → " + path.get(i), path.get(i - 1) + " needs " + path.get(i)));
        }
        String route = String.join(" → ", path);
        LocalizedText message = LocalizedText.of(
                "구성요소 " + id + "의 페일오버·복원에 필요한 " + Josa.attach(rid, "이/가") + " 다시 " + id + "에 의존합니다(" + route
                        + "): 둘 다 내려가면 어느 쪽도 먼저 올라올 수 없습니다.",
                "The failover or restore of component " + id + " requires " + rid + ", which itself needs " + id
                        + " (" + route + "): when both are down, neither can come up first.");
        LocalizedText remedy = LocalizedText.of(Josa.attach(rid, "이/가") + " " + id + " 없이도 동작하도록(별도 사이트·별도 데이터 저장소 등) 분리하십시오.",
                "Make " + rid + " work without " + id + " (its own site, its own data store, ...).");
        return ctx.finding(ID, Subject.component(id), null, message, chain, remedy, null);
    }

    /**
     * The walk over "x needs y": the edges of {@link DependencyGraph#LOSS} (hard dependencies, {@code anyOf} members,
     * {@code failover.requires} and {@code restore.requires}), read backwards. As c requires r, r can reach c only
     * inside c's strongly connected component of that graph ({@code anyOf} members taken as plain edges), so the walk
     * from c stays in it; its arrays are reused between walks.
     */
    private static final class Graph {
        private final DependencyGraph graph;
        /** For each target, the edges into it, each with the hard-dependency group it comes from. */
        private final Adjacency needs;
        private final int[] component;
        private final int[] parent;
        /** Per hard-dependency group, the members not reached yet in this walk (an anyOf reaches c when none is left). */
        private final int[] left;
        private final IntList touched = new IntList();
        private final IntList touchedGroups = new IntList();

        Graph(DependencyGraph graph) {
            this.graph = graph;
            Adjacency loss = graph.adjacency(DependencyGraph.LOSS);
            needs = loss.reverse();
            component = loss.scc().comp;
            int n = graph.size();
            parent = new int[n];
            Arrays.fill(parent, -1);
            left = new int[n == 0 ? 0 : graph.groupEnd(n - 1)];
            for (int g = 0; g < left.length; g++) {
                left[g] = size(g);
            }
        }

        private int size(int g) {
            return graph.targetEnd(g) - graph.targetStart(g);
        }

        /** The components {@code c}'s failover or restore requires, distinct, failover ones first. */
        int[] required(int c) {
            IntList out = new IntList();
            for (EdgeType type : new EdgeType[] {EdgeType.FAILOVER_REQUIRES, EdgeType.RESTORE_REQUIRES}) {
                for (int e = graph.requiresStart(type, c); e < graph.requiresEnd(type, c); e++) {
                    int r = graph.requiresTarget(type, e);
                    if (!out.containsFrom(0, r)) {
                        out.add(r);
                    }
                }
            }
            return out.toArray();
        }

        /** Whether r can reach c at all: the same strongly connected component. */
        boolean sameComponent(int r, int c) {
            return component[r] == component[c];
        }

        /**
         * For every component that reaches {@code c}, the next one on its way to c ({@code c} itself for c); else -1.
         * The array is reused: read it before the next call.
         */
        int[] reachers(int c) {
            for (int i = 0; i < touched.size(); i++) {
                parent[touched.get(i)] = -1;
            }
            touched.clear();
            for (int i = 0; i < touchedGroups.size(); i++) {
                int g = touchedGroups.get(i);
                left[g] = size(g);
            }
            touchedGroups.clear();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            parent[c] = c;
            touched.add(c);
            queue.add(c);
            while (!queue.isEmpty()) {
                int y = queue.poll();
                for (int k = needs.start(y); k < needs.end(y); k++) {
                    int x = needs.target(k);
                    if (component[x] != component[c]) {
                        continue;
                    }
                    int g = needs.group(k);
                    boolean reaches = g < 0 || !graph.anyOf(g);
                    if (!reaches) {
                        touchedGroups.add(g);
                        reaches = --left[g] == 0;
                    }
                    if (reaches && parent[x] == -1) {
                        parent[x] = y;
                        touched.add(x);
                        queue.add(x);
                    }
                }
            }
            return parent;
        }
    }
}
