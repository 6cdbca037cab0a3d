package kr.drregistry.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Bytes written once in chunks of 128 KiB and read back as often as needed, never copied into one array: a
 * 100,000-component filing's report is ~190 MB, and one array of that size is a "humongous" object for the garbage
 * collector (it needs that much contiguous free heap) besides the copy itself. Beyond {@link #IN_MEMORY} bytes the
 * rest goes to a temporary file (deleted by {@link #discard()}), so that a submission of that size keeps its 1 GB heap
 * for the validation. Not thread-safe while written; once written, {@link #open()} may be called from any thread.
 */
public final class ChunkedBytes extends OutputStream {
    private static final int CHUNK = 128 * 1024;
    /** Bytes kept on the heap; the rest is spilled to a temporary file. */
    static final long IN_MEMORY = 32L * 1024 * 1024;
    private final List<byte[]> chunks = new ArrayList<>();
    private final long inMemory;
    private byte[] current;
    private int used;
    private long size;
    private java.nio.file.Path spill;
    private OutputStream spillOut;

    /** Bytes of which the first {@link #IN_MEMORY} stay on the heap. */
    public ChunkedBytes() {
        this(IN_MEMORY);
    }

    ChunkedBytes(long inMemory) {
        this.inMemory = inMemory;
    }

    /** The UTF-8 bytes of {@code text}. */
    public static ChunkedBytes utf8(String text) {
        ChunkedBytes b = new ChunkedBytes();
        b.write(text.getBytes(StandardCharsets.UTF_8));
        return b;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            if (spillOut != null) {
                try {
                    spillOut.write(b, off, len);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("could not write the temporary file " + spill, e);
                }
                size += len;
                return;
            }
            if (current == null || used == CHUNK) {
                if ((long) chunks.size() * CHUNK >= inMemory) {
                    startSpill();
                    continue;
                }
                next();
            }
            int n = Math.min(len, CHUNK - used);
            System.arraycopy(b, off, current, used, n);
            used += n;
            off += n;
            len -= n;
            size += n;
        }
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    private void startSpill() {
        try {
            spill = java.nio.file.Files.createTempFile("drr-bytes-", ".tmp");
            spillOut = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(spill), CHUNK);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not create a temporary file", e);
        }
    }

    /** Writes out what is buffered for the temporary file, if any; {@link #open()} and {@link #sha256()} call it. */
    @Override
    public void flush() {
        if (spillOut != null) {
            try {
                spillOut.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("could not write the temporary file " + spill, e);
            }
        }
    }

    /** Ends writing (writers such as Jackson close their target when done); the bytes stay readable. */
    @Override
    public void close() {
        flush();
    }

    /** Deletes the temporary file, if any: the bytes are no longer needed. */
    public void discard() {
        if (spill != null) {
            try {
                spillOut.close();
                java.nio.file.Files.deleteIfExists(spill);
            } catch (IOException e) {
                spill.toFile().deleteOnExit();
            }
        }
    }

    private void next() {
        current = new byte[CHUNK];
        chunks.add(current);
        used = 0;
    }

    /** The number of bytes written. */
    public long size() {
        return size;
    }

    /** The bytes, from the first. */
    public InputStream open() {
        flush();
        long onHeap = Math.min(size, (long) chunks.size() * CHUNK);
        InputStream heap = heapStream(onHeap);
        if (spill == null) {
            return heap;
        }
        try {
            return new java.io.SequenceInputStream(heap, new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(spill), CHUNK));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not read the temporary file " + spill, e);
        }
    }

    private InputStream heapStream(long size) {
        return new InputStream() {
            private int chunk;
            private int offset;
            private long left = size;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                if (len == 0) {
                    return 0;
                }
                if (offset == CHUNK) {
                    chunk++;
                    offset = 0;
                }
                int n = (int) Math.min(Math.min(len, CHUNK - offset), left);
                System.arraycopy(chunks.get(chunk), offset, b, off, n);
                offset += n;
                left -= n;
                return n;
            }
        };
    }

    /** The lowercase hex SHA-256 of the bytes. */
    public String sha256() {
        try (InputStream in = open()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The bytes as UTF-8 text (for small documents and tests). */
    public String text() {
        try (InputStream in = open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
