package kr.drregistry.topology.validation.rules;

import kr.drregistry.topology.validation.Josa;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kr.drregistry.topology.graph.IntList;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.TopologyIds;
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
        if (!ctx.policy().enabled(ID)) {
            return List.of();
        }
        List<Component> components = ctx.topology().components();
        TopologyIds ids = ctx.ids();
        Graph g = new Graph(ids, components);
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
     * The graph of "x needs y": hard dependencies, {@code anyOf} groups and both kinds of {@code requires}. As c
     * requires r, r can reach c only inside c's strongly connected component (anyOf members taken as plain edges), so
     * the walk from c stays in it; its arrays are reused between walks.
     */
    private static final class Graph {
        private final int n;
        /** For each target t, the components needing it: {@code needSource[needStart[t]..needStart[t+1])}. */
        private final int[] needStart;
        private final int[] needSource;
        /** The anyOf group of each such edge, -1 for a plain edge. */
        private final int[] needGroup;
        private final int[] groupSize;
        /** What each component needs: {@code forwardTarget[forwardStart[x]..forwardStart[x+1])}. */
        private final int[] forwardStart;
        private final int[] forwardTarget;
        /** The components each component's failover or restore requires (distinct, in document order). */
        private final int[] requiredStart;
        private final int[] required;
        private final int[] component;
        private final int[] parent;
        private final int[] left;
        private final IntList touched = new IntList();
        private final IntList touchedGroups = new IntList();

        /** Built over the resolved indices of {@link TopologyIds}: no id is looked up by name in the large part. */
        Graph(TopologyIds ids, List<Component> components) {
            n = ids.componentCount();
            IntList source = new IntList();
            IntList target = new IntList();
            IntList group = new IntList();
            IntList sizes = new IntList();
            IntList req = new IntList();
            forwardStart = new int[n + 1];
            requiredStart = new int[n + 1];
            for (int x = 0; x < n; x++) {
                for (int g = ids.groupStart(x); g < ids.groupEnd(x); g++) {
                    int from = target.size();
                    for (int e = ids.targetStart(g); e < ids.targetEnd(g); e++) {
                        int t = ids.target(e);
                        if (t >= 0 && !target.containsFrom(from, t)) {
                            source.add(x);
                            target.add(t);
                            group.add(-1);
                        }
                    }
                    if (ids.anyOf(g)) {
                        int id = sizes.size();
                        sizes.add(target.size() - from);
                        for (int i = from; i < target.size(); i++) {
                            group.set(i, id);
                        }
                    }
                }
                int reqFrom = req.size();
                for (int e = ids.requiresStart(x); e < ids.requiresEnd(x); e++) {
                    addRequired(req, reqFrom, ids.requires(e), x, source, target, group);
                }
                Component c = components.get(x);
                if (c.restore() != null) {
                    for (String t : c.restore().requires()) {
                        addRequired(req, reqFrom, ids.componentIndex(t), x, source, target, group);
                    }
                }
                forwardStart[x + 1] = target.size();
                requiredStart[x + 1] = req.size();
            }
            forwardTarget = target.toArray();
            required = req.toArray();
            int edges = forwardTarget.length;
            needStart = new int[n + 1];
            for (int i = 0; i < edges; i++) {
                needStart[forwardTarget[i] + 1]++;
            }
            for (int t = 0; t < n; t++) {
                needStart[t + 1] += needStart[t];
            }
            needSource = new int[edges];
            needGroup = new int[edges];
            int[] fill = Arrays.copyOf(needStart, n);
            int[] src = source.toArray();
            int[] grp = group.toArray();
            for (int i = 0; i < edges; i++) {
                int at = fill[forwardTarget[i]]++;
                needSource[at] = src[i];
                needGroup[at] = grp[i];
            }
            groupSize = sizes.toArray();
            component = tarjan();
            parent = new int[n];
            Arrays.fill(parent, -1);
            left = groupSize.clone();
        }

        /** A failover or restore requirement: a plain edge always (as before), a required component once. */
        private static void addRequired(IntList req, int reqFrom, int t, int x, IntList source, IntList target, IntList group) {
            if (t < 0) {
                return;
            }
            source.add(x);
            target.add(t);
            group.add(-1);
            if (!req.containsFrom(reqFrom, t)) {
                req.add(t);
            }
        }

        /** The components {@code c}'s failover or restore requires, distinct, failover ones first. */
        int[] required(int c) {
            return Arrays.copyOfRange(required, requiredStart[c], requiredStart[c + 1]);
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
                left[g] = groupSize[g];
            }
            touchedGroups.clear();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            parent[c] = c;
            touched.add(c);
            queue.add(c);
            while (!queue.isEmpty()) {
                int y = queue.poll();
                for (int k = needStart[y]; k < needStart[y + 1]; k++) {
                    int x = needSource[k];
                    if (component[x] != component[c]) {
                        continue;
                    }
                    boolean reaches = needGroup[k] < 0;
                    if (!reaches) {
                        touchedGroups.add(needGroup[k]);
                        reaches = --left[needGroup[k]] == 0;
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
                    if (callEdge[depth] < forwardStart[v + 1] - forwardStart[v]) {
                        int w = forwardTarget[forwardStart[v] + callEdge[depth]++];
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
