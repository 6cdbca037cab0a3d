package kr.drregistry.topology.validation.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.validation.ChainStep;
import kr.drregistry.topology.validation.Finding;
import kr.drregistry.topology.validation.LocalizedText;
import kr.drregistry.topology.validation.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.topology.validation.RuleText;
import kr.drregistry.topology.validation.Subject;
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
                LocalizedText.of("페일오버나 복원에 필요한 구성요소가 그 구성요소 자신에 의존합니다: 둘 다 내려가면 어느 쪽도 먼저 올라올 수 없습니다.",
                        "A failover or restore requires a component that itself needs the component being failed over "
                                + "or restored: when both are down, neither can come up first."),
                LocalizedText.of("페일오버·복원 도구가 대상 구성요소에 의존하지 않도록 분리하십시오.",
                        "Make the failover and restore tools independent of the component they fail over or restore."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        if (!ctx.v2() || !ctx.policy().enabled(ID)) {
            return List.of();
        }
        List<Component> components = ctx.topology().components();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            index.put(components.get(i).id(), i);
        }
        Graph g = new Graph(components, index);
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            Component component = components.get(c);
            Set<String> required = new LinkedHashSet<>(component.failover().requires());
            if (component.restore() != null) {
                required.addAll(component.restore().requires());
            }
            if (required.isEmpty()) {
                continue;
            }
            int[] parent = null;
            for (String r : required) {
                int ri = index.get(r);
                if (!g.sameComponent(ri, c)) {
                    continue;
                }
                parent = parent == null ? g.reachers(c) : parent;
                if (parent[ri] != -1) {
                    findings.add(finding(ctx, component, components, ri, parent));
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
                "구성요소 " + id + "의 페일오버·복원에 필요한 " + rid + "이(가) 다시 " + id + "에 의존합니다(" + route
                        + "): 둘 다 내려가면 어느 쪽도 먼저 올라올 수 없습니다.",
                "The failover or restore of component " + id + " requires " + rid + ", which itself needs " + id
                        + " (" + route + "): when both are down, neither can come up first.");
        LocalizedText remedy = LocalizedText.of(rid + "이(가) " + id + " 없이도 동작하도록(별도 사이트·별도 데이터 저장소 등) 분리하십시오.",
                "Make " + rid + " work without " + id + " (its own site, its own data store, ...).");
        return ctx.finding(ID, Subject.component(id), null, message, chain, remedy, null);
    }

    /**
     * The graph of "x needs y": hard dependencies, {@code anyOf} groups and both kinds of {@code requires}. As c
     * requires r, r can reach c only inside c's strongly connected component (anyOf members taken as plain edges), so
     * the walk from c stays in it; its arrays are reused between walks.
     */
    private static final class Graph {
        private final int n;
        /** For each target, the (source, group) pairs needing it: group -1 for a plain edge, else the anyOf group. */
        private final List<List<int[]>> needers;
        private final int[] groupSize;
        private final int[][] forward;
        private final int[] component;
        private final int[] parent;
        private final int[] left;
        private final List<Integer> touched = new ArrayList<>();
        private final List<Integer> touchedGroups = new ArrayList<>();

        Graph(List<Component> components, Map<String, Integer> index) {
            n = components.size();
            needers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                needers.add(new ArrayList<>(2));
            }
            forward = new int[n][];
            List<int[]> groups = new ArrayList<>();
            for (int x = 0; x < n; x++) {
                Component c = components.get(x);
                List<Integer> out = new ArrayList<>();
                for (Dependency d : c.dependsOn()) {
                    if (!d.hard()) {
                        continue;
                    }
                    List<String> members = d.targets().stream().distinct().toList();
                    int group = -1;
                    if (d.anyOf()) {
                        group = groups.size();
                        groups.add(new int[] {x, members.size()});
                    }
                    for (String t : members) {
                        needers.get(index.get(t)).add(new int[] {x, group});
                        out.add(index.get(t));
                    }
                }
                List<String> required = new ArrayList<>(c.failover().requires());
                if (c.restore() != null) {
                    required.addAll(c.restore().requires());
                }
                for (String t : required) {
                    needers.get(index.get(t)).add(new int[] {x, -1});
                    out.add(index.get(t));
                }
                forward[x] = out.stream().mapToInt(Integer::intValue).toArray();
            }
            groupSize = new int[groups.size()];
            for (int i = 0; i < groups.size(); i++) {
                groupSize[i] = groups.get(i)[1];
            }
            component = tarjan();
            parent = new int[n];
            Arrays.fill(parent, -1);
            left = groupSize.clone();
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
            for (int x : touched) {
                parent[x] = -1;
            }
            touched.clear();
            for (int g : touchedGroups) {
                left[g] = groupSize[g];
            }
            touchedGroups.clear();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            parent[c] = c;
            touched.add(c);
            queue.add(c);
            while (!queue.isEmpty()) {
                int y = queue.poll();
                for (int[] e : needers.get(y)) {
                    int x = e[0];
                    if (component[x] != component[c]) {
                        continue;
                    }
                    boolean reaches = e[1] < 0;
                    if (!reaches) {
                        touchedGroups.add(e[1]);
                        reaches = --left[e[1]] == 0;
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

        /** Iterative Tarjan over {@code forward}: the strongly connected component of every node. */
        private int[] tarjan() {
            int[] comp = new int[n];
            int[] low = new int[n];
            int[] order = new int[n];
            Arrays.fill(order, -1);
            boolean[] onStack = new boolean[n];
            int[] stack = new int[n];
            int[] callNode = new int[n];
            int[] callEdge = new int[n];
            int sp = 0;
            int counter = 0;
            int comps = 0;
            for (int root = 0; root < n; root++) {
                if (order[root] >= 0) {
                    continue;
                }
                int depth = 0;
                callNode[0] = root;
                callEdge[0] = 0;
                order[root] = low[root] = counter++;
                stack[sp++] = root;
                onStack[root] = true;
                while (depth >= 0) {
                    int v = callNode[depth];
                    if (callEdge[depth] < forward[v].length) {
                        int w = forward[v][callEdge[depth]++];
                        if (order[w] < 0) {
                            order[w] = low[w] = counter++;
                            stack[sp++] = w;
                            onStack[w] = true;
                            depth++;
                            callNode[depth] = w;
                            callEdge[depth] = 0;
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], order[w]);
                        }
                    } else {
                        if (low[v] == order[v]) {
                            int w;
                            do {
                                w = stack[--sp];
                                onStack[w] = false;
                                comp[w] = comps;
                            } while (w != v);
                            comps++;
                        }
                        depth--;
                        if (depth >= 0) {
                            int u = callNode[depth];
                            low[u] = Math.min(low[u], low[v]);
                        }
                    }
                }
            }
            return comp;
        }
    }
}
