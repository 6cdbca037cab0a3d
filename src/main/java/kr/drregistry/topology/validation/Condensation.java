package kr.drregistry.topology.validation;

/**
 * The strongly connected components of the hard-dependency graph of a {@link TopologyIndex}, restricted to the
 * edges whose flags contain a mask (iterative Tarjan, no recursion, linear time). Groups are numbered in the
 * order Tarjan completes them, so every edge between two groups runs from a higher number to a lower one:
 * ascending order visits dependencies before their dependents, descending order dependents first.
 */
public final class Condensation {
    private final TopologyIndex index;
    private final byte mask;
    private final int[] group;
    private final int[] memberOffsets;
    private final int[] members;
    private final int groupCount;

    private Condensation(TopologyIndex index, byte mask) {
        this.index = index;
        this.mask = mask;
        this.group = new int[index.componentCount()];
        this.groupCount = tarjan();
        this.memberOffsets = new int[groupCount + 1];
        this.members = new int[group.length];
        fillMembers();
    }

    /** Condenses the graph of the edges whose flags contain every bit of {@code mask} (0: all hard edges). */
    public static Condensation of(TopologyIndex index, byte mask) {
        return new Condensation(index, mask);
    }

    public int groupCount() {
        return groupCount;
    }

    /** The group of component {@code c}. */
    public int groupOf(int c) {
        return group[c];
    }

    /** Members of group {@code g} are {@code member(memberStart(g)) .. member(memberStart(g + 1) - 1)}. */
    public int memberStart(int g) {
        return memberOffsets[g];
    }

    public int member(int i) {
        return members[i];
    }

    /** Whether edge {@code e} of the index belongs to this condensation's graph. */
    public boolean uses(int e) {
        return (index.edgeFlags(e) & mask) == mask;
    }

    private int tarjan() {
        int n = group.length;
        int[] order = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] frames = new int[n];
        int[] nextEdge = new int[n];
        java.util.Arrays.fill(order, -1);
        int counter = 0;
        int groups = 0;
        int sp = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] != -1) {
                continue;
            }
            int depth = 0;
            frames[0] = root;
            nextEdge[0] = index.edgeStart(root);
            order[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = frames[depth];
                int e = nextEdge[depth];
                if (e < index.edgeEnd(v)) {
                    nextEdge[depth]++;
                    if (!uses(e)) {
                        continue;
                    }
                    int w = index.edgeTarget(e);
                    if (order[w] == -1) {
                        depth++;
                        frames[depth] = w;
                        nextEdge[depth] = index.edgeStart(w);
                        order[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        group[w] = groups;
                    } while (w != v);
                    groups++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = frames[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return groups;
    }

    private void fillMembers() {
        for (int g : group) {
            memberOffsets[g + 1]++;
        }
        for (int g = 0; g < groupCount; g++) {
            memberOffsets[g + 1] += memberOffsets[g];
        }
        int[] next = memberOffsets.clone();
        for (int c = 0; c < group.length; c++) {
            members[next[group[c]]++] = c;
        }
    }
}
