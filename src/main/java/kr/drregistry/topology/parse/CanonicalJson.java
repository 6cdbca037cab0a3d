package kr.drregistry.topology.parse;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import kr.drregistry.topology.model.Topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical JSON form of a drr/v1 or drr/v2 filing, the input of its content hash. For every topology {@code t}
 * the parser returns, {@code parse(write(t))} equals {@code t}, and equal topologies give identical bytes.
 *
 * <p>The form: UTF-8 without byte order mark; no whitespace outside strings; object members in the
 * contract's field order (the order of FILING-FORMAT.md and of the JSON Schema's {@code properties});
 * absent optional values and empty optional lists omitted, required lists ({@code sites}, {@code services},
 * {@code components}, {@code placements}, {@code entrypoints}) always written; defaults stay implicit
 * except two: a dependency's {@code mode} is always written ({@code hard} when the filing omitted it), and
 * {@code failover} is written exactly when it is not {@code {mode: none}} with no minutes, no requires and
 * none of the drr/v2 fields
 * (so {@code failover: {mode: none}} and an omitted failover hash the same). Strings escape only {@code "},
 * {@code \} and control characters (as {@code \n}, {@code \t}, ... or <code>&#92;u00XX</code> with uppercase
 * hex digits); other characters are written as UTF-8. The drr/v2 fields (absent from every drr/v1 document, whose
 * canonical form is therefore unchanged) follow the drr/v1 fields of their object in the order of
 * FILING-FORMAT-V2.md §1. Integers are written in decimal; decimal numbers (lat, lon, mwhPerCompartment,
 * fuelHours) as the shortest text that reads back as the same double (so {@code 5} is written
 * {@code 5.0}), independent of the JDK version.
 */
public final class CanonicalJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private CanonicalJson() {
    }

    /** The canonical JSON bytes of {@code topology}. */
    public static byte[] write(Topology topology) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        write(topology, out);
        return out.toByteArray();
    }

    /** Writes the canonical JSON of {@code topology} to {@code out} (not closed), without building it in memory first. */
    public static void write(Topology topology, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            CanonicalTree.write(topology, new Generated(g));
        } catch (UncheckedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("writing the canonical JSON failed", e);
        }
    }

    /** The lowercase hex SHA-256 of {@link #write(Topology)}: the content hash of a submitted version. */
    public static String sha256(Topology topology) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(write(topology)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The canonical walk straight into a JSON generator. Each call writes directly, with no capturing lambda per call
     * (a 100,000-component topology makes millions of calls; JFR showed such lambdas allocated in the app while the
     * JIT had not yet removed them).
     */
    private record Generated(JsonGenerator g) implements CanonicalTree.Sink {
        @Override
        public void startObject() {
            try {
                g.writeStartObject();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void endObject() {
            try {
                g.writeEndObject();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void name(String name) {
            try {
                g.writeFieldName(name);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void startList() {
            try {
                g.writeStartArray();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void endList() {
            try {
                g.writeEndArray();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void value(Object v) {
            try {
                if (v instanceof String s) {
                    g.writeString(s);
                } else if (v instanceof Integer i) {
                    g.writeNumber(i);
                } else if (v instanceof Long l) {
                    g.writeNumber(l);
                } else if (v instanceof Double d) {
                    g.writeNumber(d);
                } else if (v instanceof Boolean b) {
                    g.writeBoolean(b);
                } else {
                    throw new IllegalArgumentException("not a canonical value: " + v);
                }
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private static UncheckedIOException failed(IOException e) {
            return new UncheckedIOException("writing the canonical JSON failed", e);
        }
    }
}
