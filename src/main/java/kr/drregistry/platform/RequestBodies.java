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
            throw new java.io.UncheckedIOException("the request body could not be read", e);
        }
        if (bytes.length > max) {
            throw new ProblemException(413, "too-large", "문서가 너무 큽니다", "Document too large",
                    "the document exceeds the limit of " + max + " bytes (drr.topology.max-body-bytes)", List.of())
                    .withLimit("drr.topology.max-body-bytes", max);
        }
        return bytes;
    }
}
