package kr.drregistry.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Request bodies read with a limit, for every API that takes a document. */
public final class RequestBodies {
    private RequestBodies() {
    }

    /** Reads at most {@code max} bytes; more is a 413 before anything is parsed. No length announced. */
    public static byte[] readLimited(InputStream in, long max) {
        return readLimited(in, max, null);
    }

    /**
     * Reads at most {@code max} bytes; more is a 413 before anything is parsed. {@code announced} is the length the
     * request states ({@code Content-Length}, else null). The array grows fourfold as the bytes arrive, up to that
     * length when there is one (so a 63 MB topology ends in an array of exactly its size after 21 MB of smaller ones),
     * else up to one byte beyond the limit (which tells a body too large). The memory held stays within four times what
     * has arrived: announcing a length costs a client nothing, so it is never allocated up front. A body shorter or
     * longer than announced is still read whole and right.
     */
    public static byte[] readLimited(InputStream in, long max, Long announced) {
        return readLimited(in, max, announced, () -> tooLarge(max));
    }

    /**
     * As {@link #readLimited(InputStream, long, Long)}, with the endpoint's own 413 ({@code tooLarge}) for a body over
     * {@code max}: every endpoint that takes a raw document (topology, plan and incident drafts, attachments, the
     * validate call) reads it here, so that none sizes a buffer by what a client announces.
     */
    public static byte[] readLimited(InputStream in, long max, Long announced,
                                     java.util.function.Supplier<ProblemException> tooLarge) {
        if (announced != null && announced > max) {
            throw tooLarge.get();
        }
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, max + 1);
        // the length the array grows towards: the announced one while the body keeps to it, else the cap
        int target = announced == null || announced < 0 ? cap : (int) Math.min(cap, announced);
        try {
            byte[] bytes = new byte[Math.min(target, target == cap ? FIRST_UNANNOUNCED : FIRST_ANNOUNCED)];
            int n = 0;
            while (true) {
                if (n == bytes.length) {
                    if (n == cap) {
                        break;
                    }
                    if (n == target) {
                        int next = in.read();
                        if (next < 0) {
                            return bytes; // exactly as announced
                        }
                        target = cap; // longer than announced: on up to the limit
                        bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(cap, Math.max(FIRST_UNANNOUNCED, 4L * n)));
                        bytes[n++] = (byte) next;
                        continue;
                    }
                    bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(target, 4L * n));
                }
                int read = in.read(bytes, n, bytes.length - n);
                if (read < 0) {
                    break;
                }
                n += read;
            }
            if (n > max) {
                throw tooLarge.get();
            }
            return n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The first array of a body read with its announced length: 1 MiB (or the length, when smaller). */
    private static final int FIRST_ANNOUNCED = 1 << 20;
    /** The first array of a body of unknown length (most are small): 8 KiB. */
    private static final int FIRST_UNANNOUNCED = 8 << 10;

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
        return tooLarge("document", max, "drr.topology.max-body-bytes", List.of());
    }

    /**
     * The 413 for a document over a size limit that is a setting: the setting's name and value under {@code limit},
     * the sentence in the request's language. {@code document} names what was too large ("document", "YAML
     * document") in the English detail.
     */
    public static ProblemException tooLarge(String document, long max, String setting, List<ProblemException.FieldError> errors) {
        return new ProblemException(413, "too-large", "문서가 너무 큽니다", "Document too large",
                "the " + document + " exceeds the limit of " + max + " bytes (" + setting + ")", errors)
                .withLimit(setting, max)
                .withText(m -> m.too_large_bytes(String.format("%,d", max), setting));
    }
}
