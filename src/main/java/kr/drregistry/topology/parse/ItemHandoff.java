package kr.drregistry.topology.parse;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The second thread of the streamed JSON parse ({@link JsonTreeReader#topology}): the reading thread turns the text
 * into one small tree per item of the top-level lists and hands the items here, in document order, by batches; this
 * thread checks each item and builds it into the model ({@link TopologyValidator.StreamedList#add}). Reading (Jackson,
 * the trees, the interned strings) and checking (the model, the id look-ups) then run on two cores side by side.
 *
 * <p>The validator is touched only by this thread between {@link #start} and {@link #finish}; the queue and
 * {@link Future#get()} order everything before and after. The first error the validator records, or any exception
 * it throws (a budget that ran out included), stops the checking: {@link #failed()} tells the reader so that it stops
 * too, and {@link #finish} rethrows the exception on the reading thread — nothing is lost on the way. The reader
 * always ends with {@link #finish} or {@link #abandon} (a {@code finally}), so no thread is left waiting.
 */
final class ItemHandoff {
    /** Items per batch: few enough to keep the checker busy early, many enough that the queue costs nothing. */
    private static final int BATCH = 256;
    private static final Object[] END = new Object[0];
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Threads that check items; idle ones end after a minute (plain Java: no framework executor here). */
    private static final ExecutorService CHECKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "drr-parse-check-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(16);
    private final Errors errors;
    private Future<?> checker;
    private Object[] batch = new Object[2 * BATCH];
    private int fill;
    /** Set by the checker: the validator recorded an error or threw; the reader may stop reading. */
    private volatile boolean failed;
    /** Whether END was handed over (reader thread only). */
    private boolean ended;
    /** Set by the reader when it gives up: the checker discards what is left. */
    private volatile boolean abandoned;

    /** {@code errors}: the validator's errors (a different instance from the reader's: neither is thread-safe). */
    ItemHandoff(Errors errors) {
        this.errors = errors;
    }

    /** Starts the checking thread. */
    void start() {
        checker = CHECKERS.submit(() -> {
            check();
            return null;
        });
    }

    /** Whether the checking has stopped for an error or an exception (the reader then gives up). */
    boolean failed() {
        return failed;
    }

    /** Hands the next item of {@code list} to the checker. */
    void add(TopologyValidator.StreamedList<?> list, Tree.Node item) {
        batch[fill++] = list;
        batch[fill++] = item;
        if (fill == batch.length) {
            flush();
        }
    }

    private void flush() {
        if (fill == 0) {
            return;
        }
        Object[] full = fill == batch.length ? batch : java.util.Arrays.copyOf(batch, fill);
        batch = new Object[2 * BATCH];
        fill = 0;
        put(full);
    }

    private void put(Object[] b) {
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned = true;
            throw new IllegalStateException("interrupted while reading the document", e);
        }
    }

    /**
     * Waits until every item handed over is checked; true when they all passed (also when none was handed over). An
     * exception of the checker (the budget ran out, a bug) is thrown here, on the reading thread.
     */
    boolean finish() {
        if (checker == null) {
            return true;
        }
        flush();
        put(END);
        ended = true;
        try {
            checker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the document", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        return !failed;
    }

    /**
     * The reader gives up (an error of its own, an exception) or is done: unless {@link #finish} already ended the
     * hand-over, the checker drops what is left and ends. Called in a {@code finally}; never blocks for long.
     */
    void abandon() {
        if (checker == null || ended) {
            return;
        }
        ended = true;
        abandoned = true;
        fill = 0;
        boolean interrupted = Thread.interrupted();
        try {
            while (!checker.isDone()) {
                try {
                    if (queue.offer(END, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void check() throws InterruptedException {
        RuntimeException thrown = null;
        Error error = null;
        for (Object[] b; (b = queue.take()) != END; ) {
            if (failed || abandoned) {
                continue;  // drain, so that the reader never blocks on a full queue
            }
            try {
                for (int i = 0; i < b.length && !failed; i += 2) {
                    ((TopologyValidator.StreamedList<Object>) b[i]).add((Tree.Node) b[i + 1]);
                    if (!errors.isEmpty()) {
                        failed = true;
                    }
                }
            } catch (RuntimeException e) {
                thrown = e;
                failed = true;
            } catch (Error e) {
                error = e;
                failed = true;
            }
        }
        if (error != null) {
            throw error;
        }
        if (thrown != null) {
            throw thrown;
        }
    }
}
