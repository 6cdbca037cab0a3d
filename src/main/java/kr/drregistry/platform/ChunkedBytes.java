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
 * collector (it needs that much contiguous free heap) besides the copy itself. Not thread-safe while written; once
 * written, {@link #open()} may be called from any thread.
 */
public final class ChunkedBytes extends OutputStream {
    private static final int CHUNK = 128 * 1024;
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current;
    private int used;
    private long size;

    /** The UTF-8 bytes of {@code text}. */
    public static ChunkedBytes utf8(String text) {
        ChunkedBytes b = new ChunkedBytes();
        b.write(text.getBytes(StandardCharsets.UTF_8));
        return b;
    }

    @Override
    public void write(int b) {
        if (current == null || used == current.length) {
            next();
        }
        current[used++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            if (current == null || used == current.length) {
                next();
            }
            int n = Math.min(len, current.length - used);
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long left = size;
            for (byte[] c : chunks) {
                int n = (int) Math.min(c.length, left);
                digest.update(c, 0, n);
                left -= n;
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
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
