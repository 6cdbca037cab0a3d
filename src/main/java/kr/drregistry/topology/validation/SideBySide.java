package kr.drregistry.topology.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs independent jobs side by side: the calling thread and as many helpers of the common pool as it has workers
 * each take the next job nobody has taken yet, in the order given, until none is left. Unlike a parallel stream, which
 * splits the list in halves up front, no thread waits while another still has a queue of jobs (with two cores a
 * static split left one core idle for a third of the validation); a helper that runs out of jobs stays in the pool and
 * helps with the jobs' own parallel work. The results come back in the jobs' order whatever thread ran them and
 * whenever, so the caller's answer does not depend on the timing.
 *
 * <p>Nothing fails silently: the first exception of any job stops the taking of new jobs and is thrown on the calling
 * thread once every job already started has ended (a {@link Error} likewise).
 */
final class SideBySide {
    private SideBySide() {
    }

    /**
     * The results of {@code jobs} in their order; {@code order} is the order in which they are taken (a permutation of
     * their indexes: long jobs that cannot be split first, small parts last, so that the two cores end together).
     */
    static <T> List<T> run(List<? extends Supplier<? extends T>> jobs, int[] order) {
        int n = jobs.size();
        if (order.length != n) {
            throw new IllegalArgumentException("the order names " + order.length + " jobs, not " + n);
        }
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable take = () -> {
            for (int k; failure.get() == null && (k = next.getAndIncrement()) < n; ) {
                int job = order[k];
                try {
                    results[job] = jobs.get(job).get();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int helpers = Math.min(n - 1, ForkJoinPool.getCommonPoolParallelism());
        List<ForkJoinTask<?>> started = new ArrayList<>(Math.max(0, helpers));
        for (int h = 0; h < helpers; h++) {
            started.add(ForkJoinPool.commonPool().submit(take));
        }
        take.run();
        for (ForkJoinTask<?> helper : started) {
            helper.join();  // runs it here when no worker has taken it yet; it then finds no job left
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<T> answer = (List<T>) Arrays.asList(results);
        return answer;
    }
}
