package kr.drregistry.topology.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A document read from a stream by the streamed parse ({@link DrrParser#parseJson(InputStream, kr.drregistry.budget.Budget)}),
 * with every byte read kept aside (in chunks: no array of the whole size while it grows), so that a document the
 * streamed parse gives up on can be parsed again from its bytes. Reading more than {@code max} bytes stops the parse
 * (an {@link IOException} to it); {@link #all()} then reports a size over the limit. {@link #close()} leaves the
 * underlying stream open.
 */
final class RecordedInput extends InputStream {
    private static final int CHUNK = 1 << 18;  // below half a G1 region of a 1 GB heap: not a "humongous" object
    private final InputStream in;
    private final long max;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] chunk = new byte[CHUNK];
    private int fill;
    private long count;
    private boolean ended;

    RecordedInput(InputStream in, long max) {
        this.in = in;
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (count > max) {
            throw new IOException("the document is larger than " + max + " bytes");
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            ended = true;
            return n;
        }
        keep(b, off, n);
        if (count > max) {
            throw new IOException("the document is larger than " + max + " bytes");
        }
        return n;
    }

    private void keep(byte[] b, int off, int n) {
        count += n;
        if (count > max) {
            return;  // not kept: all() reports the size
        }
        while (n > 0) {
            int room = Math.min(n, chunk.length - fill);
            System.arraycopy(b, off, chunk, fill, room);
            fill += room;
            off += room;
            n -= room;
            if (fill == chunk.length) {
                full.add(chunk);
                chunk = new byte[CHUNK];
                fill = 0;
            }
        }
    }

    /** Whether the stream was read to its end within the limit. */
    boolean complete() {
        return ended && count <= max;
    }

    /** Every byte of the stream: those read so far and the rest, read now; null when it is longer than the limit. */
    byte[] all() throws IOException {
        byte[] buffer = new byte[65536];
        while (!ended && count <= max) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                ended = true;
            } else {
                keep(buffer, 0, n);
            }
        }
        if (count > max) {
            return null;
        }
        byte[] out = new byte[(int) count];
        int at = 0;
        for (byte[] c : full) {
            System.arraycopy(c, 0, out, at, c.length);
            at += c.length;
        }
        System.arraycopy(chunk, 0, out, at, fill);
        return out;
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
