package kr.drregistry.topology.parse;

import kr.drregistry.rules.Josa;
import com.fasterxml.jackson.core.JsonFactory;
import kr.drregistry.budget.Budget;
import kr.drregistry.topology.model.Topology;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Parses drr/v1 filings from JSON or YAML. Both are read into one generic tree (with source positions)
 * and go through one structural validation, so a document means the same in either syntax and is
 * rejected with the same errors. Any malformed input ends in a {@link DrrParseException} carrying every
 * error found ({@link ParseError}); the parser never returns a partial topology.
 *
 * <p>Safe against hostile input: size is checked before parsing ({@link Limits#maxBytes()}, for YAML the smaller
 * {@link Limits#yamlBytes()}), YAML line lengths are checked by a linear scan before the YAML parser runs (its cost
 * grows with the square of the longest line), text values are bounded, nesting depth is bounded, YAML is read at the
 * event level with the YAML 1.2 core schema only (no tags, no object construction, aliases shared and capped), JSON
 * duplicate keys and trailing content are rejected. Every loop checks a {@link Budget} when one is given, so the work
 * stops when its time is up or its client has gone ({@link kr.drregistry.budget.BudgetExceededException}).
 * Instances are immutable and thread-safe.
 */
public final class DrrParser {
    private final Limits limits;
    private final JsonFactory jsonFactory;
    private final LoadSettings yamlSettings;

    /** A parser with {@link Limits#DEFAULT}. */
    public DrrParser() {
        this(Limits.DEFAULT);
    }

    /** A parser with the given limits. */
    public DrrParser(Limits limits) {
        this.limits = limits;
        this.jsonFactory = JsonTreeReader.factory(limits);
        this.yamlSettings = YamlTreeReader.settings(limits);
    }

    /** The limits this parser enforces. */
    /** Whether {@code text} is a drr id (organisation slugs and site ids): {@code [a-z0-9][a-z0-9-]{0,62}}. */
    public static boolean isId(String text) {
        return text != null && TopologyValidator.isSlug(text);
    }

    public Limits limits() {
        return limits;
    }

    /** Parses a JSON document. */
    public Topology parseJson(byte[] body) {
        return parseJson(body, Budget.unlimited());
    }

    /** Parses a JSON document within {@code budget}. */
    public Topology parseJson(byte[] body, Budget budget) {
        checkSize(body.length, limits.maxBytes(), "");
        budget.check();
        Topology streamed = JsonTreeReader.topology(jsonFactory, body, limits, budget);
        return streamed != null ? streamed : parseJsonTree(body, budget);
    }

    /**
     * The whole-tree path: the document as one tree, then the structural validation with every error. A JSON document
     * is first read item by item ({@link JsonTreeReader#topology}); only one with errors (or with its format after its
     * lists) comes here, so that its errors are exactly those this path has always reported.
     */
    Topology parseJsonTree(byte[] body, Budget budget) {
        Errors errors = new Errors(limits.maxErrors());
        return new TopologyValidator(errors, budget).validate(JsonTreeReader.read(jsonFactory, body, errors, limits, budget));
    }

    /** Reads (at most {@link Limits#maxBytes()} of) a JSON document from {@code in} and parses it. */
    public Topology parseJson(InputStream in) {
        return parseJson(readBounded(in));
    }

    /**
     * Parses a JSON document while it is read from {@code in} (a request body as it is uploaded), within
     * {@code budget}: the same answer, errors and limits as {@link #parseJson(byte[], Budget)} of the whole stream.
     * The bytes read are kept aside: a document with an error is read to its end and parsed the whole-tree way, which
     * reports every error; more than {@link Limits#maxBytes()} bytes is {@link ParseError#TOO_LARGE}. {@code in} is
     * read to its end and not closed; an {@link IOException} of it is an {@link UncheckedIOException}.
     */
    public Topology parseJson(InputStream in, Budget budget) {
        budget.check();
        RecordedInput body = new RecordedInput(in, limits.maxBytes());
        Topology streamed = JsonTreeReader.topology(jsonFactory, body, limits, budget);
        if (streamed != null && body.complete()) {
            return streamed;
        }
        byte[] all;
        try {
            all = body.all();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the drr/v1 document", e);
        }
        if (all == null) {
            throw tooLarge(limits.maxBytes(), "");
        }
        return parseJsonTree(all, budget);
    }

    /** Parses a YAML document (UTF-8, or UTF-16 with a byte order mark). */
    public Topology parseYaml(byte[] body) {
        return parseYaml(body, Budget.unlimited());
    }

    /** Parses a YAML document within {@code budget}. */
    public Topology parseYaml(byte[] body, Budget budget) {
        checkSize(body.length, limits.yamlBytes(), "YAML ");
        budget.check();
        Errors errors = new Errors(limits.maxErrors());
        return new TopologyValidator(errors, budget).validate(YamlTreeReader.read(yamlSettings, body, errors, limits, budget));
    }

    /** Reads (at most {@link Limits#maxBytes()} of) a YAML document from {@code in} and parses it. */
    public Topology parseYaml(InputStream in) {
        return parseYaml(readBounded(in));
    }

    /**
     * Parses a document by its media type: {@code application/json} or any {@code +json} type as JSON;
     * {@code application/yaml}, {@code application/x-yaml}, {@code text/yaml}, {@code text/x-yaml} or any
     * {@code +yaml} type as YAML. Parameters such as {@code charset} are ignored. Another media type gives a
     * {@link DrrParseException} with {@link ParseError#UNSUPPORTED_MEDIA_TYPE}.
     */
    public Topology parse(byte[] body, String mediaType) {
        return parse(body, mediaType, Budget.unlimited());
    }

    /** As {@link #parse(byte[], String)}, within {@code budget}. */
    public Topology parse(byte[] body, String mediaType, Budget budget) {
        return switch (syntaxOf(mediaType)) {
            case JSON -> parseJson(body, budget);
            case YAML -> parseYaml(body, budget);
        };
    }

    /** The two syntaxes of drr/v1. */
    public enum Syntax {
        JSON, YAML
    }

    /** The syntax of {@code mediaType}, or a {@link DrrParseException} when it is neither JSON nor YAML. */
    public static Syntax syntaxOf(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        if (semicolon >= 0) {
            type = type.substring(0, semicolon);
        }
        type = type.strip();
        if (type.equals("application/json") || type.endsWith("+json")) {
            return Syntax.JSON;
        }
        if (type.equals("application/yaml") || type.equals("application/x-yaml") || type.equals("text/yaml")
                || type.equals("text/x-yaml") || type.endsWith("+yaml")) {
            return Syntax.YAML;
        }
        String shown = mediaType == null || mediaType.isBlank() ? "(none)" : Errors.quote(mediaType);
        throw new DrrParseException(List.of(new ParseError("", ParseError.UNSUPPORTED_MEDIA_TYPE,
                "The media type " + shown + " is not supported; send application/json or application/yaml.",
                "미디어 타입 " + Josa.attach(shown, "은/는") + " 지원하지 않습니다. application/json 또는 application/yaml로 보내십시오.",
                null, null)));
    }

    private static void checkSize(long size, long max, String syntax) {
        if (size > max) {
            throw tooLarge(max, syntax);
        }
    }

    private static DrrParseException tooLarge(long max, String syntax) {
        return new DrrParseException(List.of(new ParseError("", ParseError.TOO_LARGE,
                "The " + syntax + "document is larger than the limit of " + Errors.grouped(max) + " bytes.",
                syntax + "문서가 최대 크기 " + Errors.grouped(max) + "바이트를 넘습니다.", null, null)));
    }

    /** Reads the stream up to the byte limit; one byte more is {@link ParseError#TOO_LARGE}. */
    private byte[] readBounded(InputStream in) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[65536];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limits.maxBytes()) {
                    throw tooLarge(limits.maxBytes(), "");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the drr/v1 document", e);
        }
    }
}
