package kr.drregistry.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A request body read with its announced length ({@code Content-Length}) comes back byte for byte as without it, whether
 * the body is as long as announced, shorter or longer; beyond the limit it is the same 413, announced or not.
 */
class RequestBodiesTest {
    private static final byte[] BODY = "{\"format\":\"drr/v1\",\"operator\":\"example-talk\"}".getBytes(StandardCharsets.UTF_8);

    private static byte[] read(byte[] body, long max, Long announced) {
        return RequestBodies.readLimited(new ByteArrayInputStream(body), max, announced);
    }

    /** As the network gives a body: a few bytes per read. */
    private static byte[] trickled(byte[] body, long max, Long announced) {
        return RequestBodies.readLimited(new java.io.FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        }, max, announced);
    }

    @Test
    void theBodyComesBackWholeWhateverItsAnnouncedLength() {
        assertArrayEquals(BODY, read(BODY, 1_000, (long) BODY.length), "as announced");
        assertArrayEquals(BODY, read(BODY, 1_000, null), "no length announced (chunked)");
        assertArrayEquals(BODY, read(BODY, 1_000, (long) BODY.length + 10), "shorter than announced");
        assertArrayEquals(BODY, read(BODY, 1_000, 5L), "longer than announced");
        assertArrayEquals(BODY, read(BODY, BODY.length, 0L), "longer than announced, up to the limit exactly");
        assertArrayEquals(new byte[0], read(new byte[0], 1_000, 0L), "empty");
        for (Long announced : new Long[] {null, (long) BODY.length, (long) BODY.length + 10, 5L, 0L}) {
            assertArrayEquals(BODY, trickled(BODY, 1_000, announced), "a few bytes per read, announced " + announced);
        }
        assertEquals(413, assertThrows(ProblemException.class, () -> trickled(BODY, BODY.length - 1, 5L)).status(),
                "a few bytes per read, beyond the limit");
    }

    @Test
    void beyondTheLimitIsThe413AnnouncedOrNot() {
        long max = BODY.length - 1;
        for (Long announced : new Long[] {null, (long) BODY.length, 3L, (long) max}) {
            ProblemException e = assertThrows(ProblemException.class, () -> read(BODY, max, announced), "announced " + announced);
            assertEquals(413, e.status());
            assertEquals("too-large", e.code());
        }
    }

    @Test
    void aLargeBodyGrowsToItsAnnouncedLength() {
        byte[] big = new byte[5 * 1024 * 1024 + 123]; // more than the first 1 MiB piece: two growths
        new java.util.Random(7).nextBytes(big);
        assertArrayEquals(big, read(big, 10_000_000, (long) big.length), "as announced");
        assertArrayEquals(big, read(big, 10_000_000, (long) big.length + 1_000_000), "shorter than announced");
        assertArrayEquals(big, read(big, 10_000_000, 2_000_000L), "longer than announced");
        assertArrayEquals(big, read(big, 10_000_000, null), "no length announced");
        assertArrayEquals(big, read(big, big.length, null), "no length announced, up to the limit exactly");
        assertEquals(413, assertThrows(ProblemException.class, () -> read(big, big.length - 1, null)).status(),
                "no length announced, one byte beyond the limit");
    }

    @Test
    void anAnnouncedLengthIsNotAllocatedBeforeTheBytesArrive() {
        // a client may announce 90 MB and send ten bytes: what is held stays near what arrived, not what was announced
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        byte[] got = read("0123456789".getBytes(StandardCharsets.UTF_8), 100_000_000, 90_000_000L);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals("0123456789", new String(got, StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertTrue(allocated < 4_000_000, "allocated " + allocated + " bytes for a 10-byte body");
    }
}
