package kr.drregistry.topology.graph;

import java.util.function.Supplier;

/**
 * A value computed on first use, once, under its own lock: the engine's lazy parts (a graph's reverse and strongly
 * connected components, an analysis's summaries, a validation's shared graph and analysis), which readers on several
 * threads may ask for at the same time. The lock is a {@link ComputeLock}: the computation may run parallel streams,
 * and a reader may be a fork/join worker.
 */
public final class Once<T> {
    private final Supplier<T> compute;
    private final ComputeLock lock = new ComputeLock();
    private volatile T value;

    public Once(Supplier<T> compute) {
        this.compute = compute;
    }

    public T get() {
        T v = value;
        if (v == null) {
            lock.lock();
            try {
                v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                }
            } finally {
                lock.unlock();
            }
        }
        return v;
    }
}
