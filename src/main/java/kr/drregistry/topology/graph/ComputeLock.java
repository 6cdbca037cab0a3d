package kr.drregistry.topology.graph;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock of a part of the engine that is computed once, on first use, by whichever thread asks first ({@link Once},
 * the loss figures' blocks), where the computing thread may itself run a parallel stream while it holds the lock.
 * <p>
 * A plain monitor deadlocks there: a fork/join worker that waits for the lock stops running pool tasks, and the holder's
 * parallel stream waits for pool tasks. With the common pool's single worker on a 2-core machine that happened at the
 * first analyses of a fresh app (the holder parked in {@code ForkJoinTask.invoke}, the worker blocked on the monitor,
 * for ever). A worker thread therefore waits here through {@link ForkJoinPool#managedBlock}, so that the pool starts
 * a spare worker to run the tasks meanwhile; any other thread waits as on a plain lock.
 * <p>
 * A spare worker lingers in the pool afterwards and competes with the others for the cores (the full report of a
 * 100,000-component filing was slower in each of four alternated pairs of the report benchmark, BENCHMARKS.md), while
 * nearly every wait here is short (of 313 in that benchmark, 295 under 20 ms and 312 under 250 ms): a worker therefore
 * first waits {@link #BEFORE_SPARE_MS} ms as on a plain lock, and only then as a managed block.
 * <p>
 * So every lock of the engine packages is one of these: {@code ArchitectureTest} refuses a {@code synchronized}
 * method or block and any other {@code java.util.concurrent.locks} class there.
 */
public final class ComputeLock {
    /** How long a fork/join worker waits for the lock before the pool is asked for a spare worker. */
    static final long BEFORE_SPARE_MS = 250;

    private final ReentrantLock lock = new ReentrantLock();

    /** Takes the lock (reentrant), waiting as a fork/join worker may. */
    public void lock() {
        if (lock.tryLock()) {
            return;
        }
        if (!(Thread.currentThread() instanceof ForkJoinWorkerThread)) {
            lock.lock();
            return;
        }
        try {
            if (lock.tryLock(BEFORE_SPARE_MS, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // keep the flag; wait on below
        }
        ForkJoinPool.ManagedBlocker waiting = new ForkJoinPool.ManagedBlocker() {
            private boolean held;

            @Override
            public boolean block() {
                lock.lock();
                held = true;
                return true;
            }

            @Override
            public boolean isReleasable() {
                return held || (held = lock.tryLock());
            }
        };
        try {
            ForkJoinPool.managedBlock(waiting);
        } catch (InterruptedException e) {
            // not thrown by this blocker (it waits uninterruptibly); keep the flag and take the lock all the same
            Thread.currentThread().interrupt();
            if (!waiting.isReleasable()) {
                lock.lock();
            }
        }
    }

    public void unlock() {
        lock.unlock();
    }

    /** Whether a thread waits for the lock now (for tests). */
    boolean hasWaiters() {
        return lock.hasQueuedThreads();
    }
}
