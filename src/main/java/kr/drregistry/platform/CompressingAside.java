package kr.drregistry.platform;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stored form ({@link StoredText#compressing}) made on a second thread while the caller writes: the caller's bytes
 * are handed over in chunks and compressed there, so that writing a large text (a 100,000-component topology's stored
 * report: 57 MB of JSON, ~0.3 s to write and ~0.3 s to compress) takes the longer of the two rather than their sum.
 * At most {@link #QUEUED} chunks wait at a time, so the memory it holds stays small whatever the size of the text.
 *
 * <p>{@link #close} waits for the compression to finish and rethrows its failure; a failure of the compression also
 * fails the next {@link #write} (the compressing thread keeps taking chunks until the end, so the caller never waits
 * for a thread that has stopped). Like any stream, it is written and closed by one thread.
 */
final class CompressingAside extends OutputStream {
    private static final int CHUNK = 256 * 1024;
    static final int QUEUED = 8;
    private static final byte[] END = new byte[0];
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Threads that compress; idle ones end after a minute (plain Java: no framework executor here). */
    private static final ExecutorService COMPRESSORS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "drr-compress-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUED);
    /**
     * Chunks the compressing thread is done with, for the writer to fill again: a 57 MB report would otherwise be
     * 57 MB of new chunks for the collector (it is 25-30 % of a large submission's CPU).
     */
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(QUEUED + 2);
    private final Future<?> compressor;
    /** Set by the compressing thread when it fails (it then drops the chunks until the end). */
    private volatile Throwable failure;
    private byte[] chunk = new byte[CHUNK];
    private int fill;
    private boolean closed;

    CompressingAside(OutputStream out) {
        compressor = COMPRESSORS.submit(() -> {
            try (OutputStream z = StoredText.compressing(out)) {
                for (byte[] b; (b = queue.take()) != END; ) {
                    z.write(b, 0, b.length);
                    if (b.length == CHUNK) {
                        free.offer(b);
                    }
                }
            } catch (Exception | Error e) {
                failure = e;
                if (!(e instanceof InterruptedException)) { // (interrupted: the caller gave up and sends nothing more)
                    try {
                        while (queue.take() != END) {
                            // the caller goes on writing until it learns of the failure: its chunks are dropped
                        }
                    } catch (InterruptedException stop) {
                        // the caller gave up
                    }
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public void write(int b) throws IOException {
        open();
        makeRoom();
        chunk[fill++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        open();
        while (len > 0) {
            makeRoom();
            int n = Math.min(len, CHUNK - fill);
            System.arraycopy(b, off, chunk, fill, n);
            fill += n;
            off += n;
            len -= n;
        }
    }

    private void open() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
    }

    /** Hands a full chunk over (a failed compression is thrown here) and starts the next. */
    private void makeRoom() throws IOException {
        if (fill < CHUNK) {
            return;
        }
        Throwable failed = failure;
        if (failed != null) {
            throw new IOException("the text could not be compressed", failed);
        }
        put(chunk);
        byte[] reused = free.poll();
        chunk = reused != null ? reused : new byte[CHUNK];
        fill = 0;
    }

    private void put(byte[] b) throws IOException {
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            compressor.cancel(true);
            throw new InterruptedIOException("interrupted while the text was compressed");
        }
    }

    /** Hands over what is left, then waits for the compression to end; its failure is thrown here. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (fill > 0 && failure == null) {
            put(Arrays.copyOf(chunk, fill));
        }
        chunk = null;
        put(END);
        try {
            compressor.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            compressor.cancel(true);
            throw new InterruptedIOException("interrupted while the text was compressed");
        } catch (ExecutionException e) {
            throw new IOException("the text could not be compressed", e.getCause());
        }
    }
}
