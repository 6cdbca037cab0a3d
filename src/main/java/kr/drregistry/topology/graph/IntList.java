package kr.drregistry.topology.graph;

import java.util.Arrays;

/** A growable list of ints: the engine's adjacency and work lists over a million edges, without boxing. */
public final class IntList {
    private int[] data = new int[16];
    private int size;

    public void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
    }

    public int get(int i) {
        return data[i];
    }

    public void set(int i, int v) {
        data[i] = v;
    }

    public int size() {
        return size;
    }

    public int pop() {
        return data[--size];
    }

    public void clear() {
        size = 0;
    }

    /** Whether {@code v} stands at or after index {@code from} (for short runs, such as one component's entries). */
    public boolean containsFrom(int from, int v) {
        for (int i = from; i < size; i++) {
            if (data[i] == v) {
                return true;
            }
        }
        return false;
    }

    public int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
