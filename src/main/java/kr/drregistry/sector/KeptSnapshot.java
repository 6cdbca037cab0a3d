package kr.drregistry.sector;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Something computed from the whole sector that a page must not compute on every view (the trends' counts over a
 * million findings, the CONC-001 ranking of every operator's exposures), kept for a while:
 * <ul>
 *   <li>computed now when there is none yet, when the input it was made from changed ({@code key}, e.g. the active
 *       policy version), or when this replica changed what it counts ({@link #changed()}) and the last computation is
 *       older than {@code minRefresh};</li>
 *   <li>otherwise the kept value, recomputed in the background once older than {@code maxAge} (changes made on other
 *       replicas show within that time).</li>
 * </ul>
 * Each value comes with the time it was computed, which the pages show.
 */
final class KeptSnapshot<K, T> {
    /** A computed value, the key it was computed for and when. */
    record Taken<K, T>(Instant at, K key, T value) {
    }

    private final InstantSource clock;
    private final Supplier<K> key;
    private final Function<K, T> compute;
    private final Duration minRefresh;
    private final Duration maxAge;
    private final Executor executor;
    private volatile Taken<K, T> taken;
    private volatile boolean dirty = true;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    KeptSnapshot(InstantSource clock, Supplier<K> key, Function<K, T> compute, Duration minRefresh, Duration maxAge,
                 Executor executor) {
        this.clock = clock;
        this.key = key;
        this.compute = compute;
        this.minRefresh = minRefresh;
        this.maxAge = maxAge;
        this.executor = executor;
    }

    /** What the value is computed from changed on this replica: the next view computes it again. */
    void changed() {
        dirty = true;
    }

    Taken<K, T> get() {
        K k = key.get();
        Taken<K, T> t = taken;
        if (mustCompute(t, k)) {
            synchronized (this) {
                t = taken;
                if (mustCompute(t, k)) {
                    dirty = false;
                    t = new Taken<>(clock.instant(), k, compute.apply(k));
                    taken = t;
                }
            }
        } else if ((dirty || reached(t, maxAge)) && refreshing.compareAndSet(false, true)) {
            executor.execute(() -> {
                try {
                    dirty = false;
                    K now = key.get();
                    taken = new Taken<>(clock.instant(), now, compute.apply(now));
                } catch (RuntimeException e) {
                    dirty = true; // the next view tries again
                    throw e;
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return t;
    }

    private boolean mustCompute(Taken<K, T> t, K k) {
        return t == null || !Objects.equals(t.key(), k) || (dirty && reached(t, minRefresh));
    }

    /** Whether {@code age} has passed since {@code t} was computed (at once for a zero age). */
    private boolean reached(Taken<K, T> t, Duration age) {
        return !t.at().plus(age).isAfter(clock.instant());
    }
}
