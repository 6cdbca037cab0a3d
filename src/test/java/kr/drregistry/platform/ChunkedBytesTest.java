package kr.drregistry.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What is written comes back whole, in order, as often as asked, with its SHA-256 — on the heap and spilled to disk. */
class ChunkedBytesTest {
    @Test
    void bytesComeBackWholeOnTheHeapAndSpilled() throws IOException {
        byte[] data = new byte[1_000_003];
        new Random(18).nextBytes(data);
        for (long inMemory : new long[] {ChunkedBytes.IN_MEMORY, 0, 128 * 1024, 300_000}) {
            ChunkedBytes bytes = new ChunkedBytes(inMemory);
            int at = 0;
            for (int step : new int[] {1, 7, 131_072, 65_000, 500_000}) {
                bytes.write(data, at, step);
                at += step;
            }
            bytes.write(data[at++]);
            bytes.write(data, at, data.length - at);
            bytes.close(); // as Jackson closes its target: the bytes stay readable
            assertEquals(data.length, bytes.size());
            for (int i = 0; i < 2; i++) {
                try (InputStream in = bytes.open()) {
                    assertArrayEquals(data, in.readAllBytes(), "kept in memory: " + inMemory);
                }
            }
            assertEquals(kr.drregistry.filing.FilingService.sha256(data), bytes.sha256());
            bytes.discard();
        }
    }

    @Test
    void textRoundTrips() {
        String text = "{\"rule\":\"SPOF-002\",\"message\":\"단일 사이트 구성요소\"}";
        ChunkedBytes bytes = ChunkedBytes.utf8(text);
        assertEquals(text, bytes.text());
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, bytes.size());
    }
}
