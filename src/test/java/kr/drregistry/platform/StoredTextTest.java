package kr.drregistry.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The stored form of drafts, contents and reports: what goes in comes back, and rows written before V41 still read. */
class StoredTextTest {
    private static final String KOREAN = "{\"format\":\"drr/v1\",\"operator\":\"카카오\",\"note\":\"판교 데이터센터 화재 😀\"}\n";

    private static String big() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            sb.append("{\"id\":\"component-").append(i).append("\",\"site\":\"판교-").append(i % 50).append("\"},\n");
        }
        return sb.toString();
    }

    @Test
    void aTextComesBackAsItWasAndSmaller() {
        for (String text : new String[] {"", KOREAN, big()}) {
            byte[] stored = StoredText.encode(text);
            assertTrue(StoredText.compressed(stored), "stored compressed");
            assertEquals(text, StoredText.decode(stored));
        }
        String big = big();
        assertTrue(StoredText.encode(big).length * 5 < big.getBytes(StandardCharsets.UTF_8).length,
                "JSON-like text is stored at least 5x smaller");
    }

    @Test
    void aRowWrittenBeforeV41ReadsAsItsPlainText() throws Exception {
        byte[] plain = KOREAN.getBytes(StandardCharsets.UTF_8);
        assertEquals(KOREAN, StoredText.decode(plain));
        assertEquals("", StoredText.decode(new byte[0]));
        assertNull(StoredText.decode(null));
        try (InputStream in = StoredText.decoding(new ByteArrayInputStream(plain))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
        try (InputStream in = StoredText.decoding(new ByteArrayInputStream(new byte[] {'{'}))) {
            assertArrayEquals(new byte[] {'{'}, in.readAllBytes(), "a one-byte text");
        }
    }

    @Test
    void aStreamOfTheStoredFormGivesTheTextsBytes() throws Exception {
        String big = big();
        ChunkedBytes text = ChunkedBytes.utf8(big);
        ChunkedBytes stored = StoredText.encode(text);
        try (InputStream in = StoredText.decoding(stored.open())) {
            assertEquals(big, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (InputStream in = stored.open()) {
            assertEquals(big, StoredText.decode(in.readAllBytes()), "the chunked and the whole encoding are one form");
        }
    }

    @Test
    void compressingOnASecondThreadGivesTheSameForm() throws Exception {
        String big = big() + big() + big(); // ~9 MB: many chunks, more than the queue holds
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        ChunkedBytes aside = new ChunkedBytes();
        try (OutputStream out = StoredText.compressingAside(aside)) {
            out.write(bytes, 0, 7);             // a short write,
            out.write(bytes[7]);                // one byte,
            for (int at = 8; at < bytes.length; at += 300_001) { // and writes larger than a chunk
                out.write(bytes, at, Math.min(300_001, bytes.length - at));
            }
        }
        assertArrayEquals(StoredText.encode(ChunkedBytes.utf8(big)).open().readAllBytes(), aside.open().readAllBytes(),
                "byte for byte the form compressing on the caller's thread gives");
        assertEquals(big, StoredText.decode(aside.open().readAllBytes()));
        ChunkedBytes empty = new ChunkedBytes();
        StoredText.compressingAside(empty).close();
        assertEquals("", StoredText.decode(empty.open().readAllBytes()), "nothing written: the empty text");
    }

    @Test
    void aFailedCompressionFailsTheWriterAndItsCloseWithoutHangingIt() throws Exception {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        OutputStream out = StoredText.compressingAside(broken);
        byte[] text = big().getBytes(StandardCharsets.UTF_8);
        IOException failed = assertThrows(IOException.class, () -> {
            for (int i = 0; i < 100; i++) { // far more chunks than the queue holds: the writer learns of the failure
                out.write(text);
            }
        });
        assertEquals("disk full", rootCause(failed).getMessage());
        IOException closing = assertThrows(IOException.class, out::close, "close reports the failure too");
        assertEquals("disk full", rootCause(closing).getMessage());
        assertThrows(IOException.class, () -> out.write(1), "a closed stream takes nothing more");
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Test
    void charactersAreCountedAsPostgreSqlCountsThem() {
        assertEquals(0, StoredText.chars(new byte[0]));
        assertEquals(KOREAN.codePointCount(0, KOREAN.length()), StoredText.chars(KOREAN.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, StoredText.chars("😀".getBytes(StandardCharsets.UTF_8)), "one code point, two UTF-16 units");
    }
}
