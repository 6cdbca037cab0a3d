package kr.drregistry.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.persistence.AttributeConverter;

/**
 * The one form of the large texts the database keeps (drafts, versions' canonical content and stored reports; V41):
 * gzip of their UTF-8 bytes, at the fastest level. A 100,000-component topology's 63 MB of JSON becomes ~8 MB in about
 * a quarter of a second, where PostgreSQL spent ~0.6 s per 63 MB of out-of-line text on each write and read.
 *
 * <p>Rows written before V41 hold their text as plain UTF-8 bytes; {@link #decode} tells the two apart by the gzip magic
 * number ({@code 1f 8b}): a JSON or YAML document never starts with byte {@code 0x1f} (a control character), so a
 * stored text is read back whichever form it has.
 */
public final class StoredText {
    private static final int BUFFER = 64 * 1024;

    private StoredText() {
    }

    /** Gzip at the fastest level: the texts compress ~7x there, and a better level costs twice the time for ~1.4x. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }

    /** {@code out} wrapped so that what is written to it arrives compressed; closing it finishes (and closes) {@code out}. */
    public static OutputStream compressing(OutputStream out) {
        try {
            return new FastGzip(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #compressing}, with the compression on a second thread while the caller writes (see
     * {@link CompressingAside}); closing it waits for the compression and throws its failure.
     */
    public static OutputStream compressingAside(OutputStream out) {
        return new CompressingAside(out);
    }

    /** The stored form of {@code bytes} (UTF-8 text). */
    public static byte[] encode(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 6));
        try (OutputStream z = compressing(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The stored form of {@code text}. */
    public static byte[] encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The stored form of the UTF-8 bytes {@code text}, kept in chunks (a large document is never one array). */
    public static ChunkedBytes encode(ChunkedBytes text) {
        ChunkedBytes stored = new ChunkedBytes();
        try (InputStream in = text.open(); OutputStream z = compressing(stored)) {
            in.transferTo(z);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stored;
    }

    /** The number of characters (Unicode code points) of the well-formed UTF-8 text {@code utf8}: its bytes that start one. */
    public static long chars(byte[] utf8) {
        long n = 0;
        for (byte b : utf8) {
            if ((b & 0xc0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code stored} is in the compressed form (else it is a pre-V41 row's plain UTF-8). */
    static boolean compressed(byte[] stored) {
        return stored.length >= 2 && (stored[0] & 0xff) == 0x1f && (stored[1] & 0xff) == 0x8b;
    }

    /** The text kept as {@code stored} (either form), or null for null. */
    public static String decode(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (!compressed(stored)) {
            return new String(stored, StandardCharsets.UTF_8);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored), BUFFER)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, inflatedSize(stored)));
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored text could not be read back", e);
        }
    }

    /** The size gzip's trailer states (modulo 2^32; only a hint for the buffer: 0 when it does not fit an int). */
    private static int inflatedSize(byte[] stored) {
        int n = stored.length;
        if (n < 18) {
            return 0;
        }
        long size = (stored[n - 4] & 0xffL) | (stored[n - 3] & 0xffL) << 8 | (stored[n - 2] & 0xffL) << 16 | (stored[n - 1] & 0xffL) << 24;
        return size > Integer.MAX_VALUE - 64 ? 0 : (int) size;
    }

    /** The UTF-8 bytes of the text kept in the stream {@code stored} (either form), read as they arrive. */
    public static InputStream decoding(InputStream stored) {
        try {
            PushbackInputStream in = new PushbackInputStream(stored, 2);
            byte[] head = in.readNBytes(2);
            in.unread(head);
            return compressed(head) ? new GZIPInputStream(in, BUFFER) : in;
        } catch (IOException e) {
            throw new UncheckedIOException("a stored text could not be read back", e);
        }
    }

    /**
     * The converter of an entity's large text attribute to its stored form ({@code bytea}): Hibernate reads and writes
     * it through {@link StoredText}, so the entity keeps a String.
     */
    @jakarta.persistence.Converter
    public static final class Converter implements AttributeConverter<String, byte[]> {
        @Override
        public byte[] convertToDatabaseColumn(String text) {
            return text == null ? null : encode(text);
        }

        @Override
        public String convertToEntityAttribute(byte[] stored) {
            return decode(stored);
        }
    }
}
