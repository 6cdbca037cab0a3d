package kr.drregistry.topology.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The deadlock of the first analyses of a fresh app, reproduced on a pool of one worker (the common pool of a 2-core
 * machine): the lock's holder needs pool tasks while the pool's only worker waits for the lock.
 */
class ComputeLockTest {

    @Test
    void holderGetsPoolTasksRunWhileTheOnlyWorkerWaitsForTheLock() throws Exception {
        onOneWorker(pool -> {
            ComputeLock lock = new ComputeLock();
            CountDownLatch workerStarted = new CountDownLatch(1);
            lock.lock();
            ForkJoinTask<?> waiter;
            try {
                waiter = pool.submit(() -> {
                    workerStarted.countDown();
                    lock.lock();
                    lock.unlock();
                });
                assertTrue(workerStarted.await(10, TimeUnit.SECONDS));
                waitUntil(lock::hasWaiters);
                // the holder's own parallel work, as a loss-figures block computes its columns: with a plain monitor the
                // only worker is blocked and this never runs
                ForkJoinTask<Integer> inner = pool.submit(() -> IntStream.rangeClosed(1, 100).parallel().sum());
                assertEquals(5050, inner.get(20, TimeUnit.SECONDS));
            } finally {
                lock.unlock();
            }
            waiter.get(20, TimeUnit.SECONDS);
        });
    }

    @Test
    void onceComputesOnceWhenWorkersAskWhileItsComputationRunsParallelStreams() throws Exception {
        onOneWorker(pool -> {
            AtomicInteger computed = new AtomicInteger();
            CountDownLatch computing = new CountDownLatch(1);
            CountDownLatch readerAsked = new CountDownLatch(1);
            Once<Integer> once = new Once<>(() -> {
                computed.incrementAndGet();
                computing.countDown();
                await(readerAsked);
                // needs the pool while a pool worker waits for this value
                return pool.submit(() -> IntStream.rangeClosed(1, 10).parallel().sum()).join();
            });
            Thread holder = new Thread(once::get, "holder");
            holder.start();
            assertTrue(computing.await(10, TimeUnit.SECONDS));
            ForkJoinTask<Integer> reader = pool.submit(() -> {
                readerAsked.countDown();
                return once.get();
            });
            assertEquals(55, reader.get(20, TimeUnit.SECONDS));
            holder.join(20_000);
            assertEquals(1, computed.get());
        });
    }

    private interface PoolTest {
        void run(ForkJoinPool pool) throws Exception;
    }

    /** Runs {@code test} on a pool of one worker, as the common pool of a 2-core machine is. */
    private static void onOneWorker(PoolTest test) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            test.run(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "the worker never waited for the lock");
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
