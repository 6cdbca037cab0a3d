package kr.drregistry.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Request bodies read with a limit, for every API that takes a document. */
public final class RequestBodies {
    private RequestBodies() {
    }

    /** Reads at most {@code max} bytes; more is a 413 before anything is parsed. */
    public static byte[] readLimited(InputStream in, long max) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        return bytes;
    }

    /**
     * As {@link #readLimited(InputStream, long)}, sized by the length the request announces ({@code Content-Length},
     * else null): the array grows fourfold as the bytes arrive, up to that length, so that a 63 MB topology ends in an
     * array of exactly its size after 21 MB of smaller ones, not in 63 MB of 8 KB buffers copied into a second 63 MB
     * array. The memory held stays within four times what has arrived: announcing a length costs a client nothing, so
     * it is never allocated up front. A body shorter or longer than announced is still read whole and right.
     */
    public static byte[] readLimited(InputStream in, long max, Long announced) {
        if (announced == null || announced < 0) {
            return readLimited(in, max);
        }
        if (announced > max) {
            throw tooLarge(max);
        }
        int length = announced.intValue();
        try {
            byte[] bytes = new byte[Math.min(length, FIRST_PIECE)];
            int n = 0;
            while (true) {
                if (n == bytes.length) {
                    if (n == length) {
                        break;
                    }
                    bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(length, 4L * n));
                }
                int read = in.read(bytes, n, bytes.length - n);
                if (read < 0) {
                    return java.util.Arrays.copyOf(bytes, n); // shorter than announced
                }
                n += read;
            }
            int next = in.read();
            if (next < 0) {
                return bytes;
            }
            // longer than announced: the rest, up to one byte beyond the limit
            byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max - bytes.length));
            if (bytes.length + 1L + rest.length > max) {
                throw tooLarge(max);
            }
            byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
            all[bytes.length] = (byte) next;
            System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
            return all;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The first array of a body read with its announced length: 1 MiB (or the length, when smaller). */
    private static final int FIRST_PIECE = 1 << 20;

    /**
     * {@code in} as a stream that answers as {@link #readLimited} does, for a parser that reads the body while it
     * arrives: byte {@code max + 1} is the same 413, and a failed read the same unchecked error (both thrown from
     * {@code read}, so that no parser takes them for a malformed document).
     */
    public static InputStream limited(InputStream in, long max) {
        return new InputStream() {
            private long count;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n;
                try {
                    n = in.read(b, off, len);
                } catch (IOException e) {
                    throw unreadable(e);
                }
                if (n > 0) {
                    count += n;
                    if (count > max) {
                        throw tooLarge(max);
                    }
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    private static java.io.UncheckedIOException unreadable(IOException e) {
        return new java.io.UncheckedIOException("the request body could not be read", e);
    }

    private static ProblemException tooLarge(long max) {
        return new ProblemException(413, "too-large", "문서가 너무 큽니다", "Document too large",
                "the document exceeds the limit of " + max + " bytes (drr.topology.max-body-bytes)", List.of())
                .withLimit("drr.topology.max-body-bytes", max)
                .withText(m -> m.too_large_bytes(String.format("%,d", max), "drr.topology.max-body-bytes"));
    }
}
