package kr.drregistry.topology.parse;

/**
 * One problem found in a drr/v1 document.
 *
 * <p>{@code pointer} is an RFC 6901 JSON Pointer to the offending value ({@code ""} is the whole document):
 * for a missing required field it is the pointer the field would have (e.g. {@code /services/0/entrypoints}),
 * for an unknown field the pointer of that field, for a bad reference the referencing value
 * (e.g. {@code /components/3/placements/0/site}). {@code code} is stable and machine-readable (the constants
 * of this class). The messages are complete sentences, Korean ({@code messageKo}, shown first in the product)
 * and English ({@code message}). {@code line} and {@code column} (1-based) locate the value in the submitted
 * text; for a missing field they locate the object that lacks it. They are null only when no position is
 * known (e.g. {@link #TOO_LARGE}).
 */
public record ParseError(String pointer, String code, String message, String messageKo, Integer line,
                         Integer column) {
    /** The text is not well-formed JSON or YAML, or holds more than one YAML document. */
    public static final String SYNTAX = "syntax";
    /** The document exceeds {@link Limits#maxBytes()}, a YAML document {@link Limits#yamlBytes()} (HTTP 413). */
    public static final String TOO_LARGE = "too-large";
    /** A YAML line is longer than {@link Limits#maxLineChars()} characters (HTTP 413; found before parsing). */
    public static final String LINE_TOO_LONG = "line-too-long";
    /** A text value (scalar) is longer than {@link Limits#maxScalarChars()} characters (HTTP 413). */
    public static final String SCALAR_TOO_LONG = "scalar-too-long";
    /** Objects and lists nest deeper than {@link Limits#maxDepth()}. */
    public static final String TOO_DEEP = "too-deep";
    /** The YAML document uses more aliases to collections than {@link Limits#maxYamlAliases()}. */
    public static final String TOO_MANY_ALIASES = "too-many-aliases";
    /** More errors than {@link Limits#maxErrors()}; the rest were not reported. */
    public static final String TOO_MANY_ERRORS = "too-many-errors";
    /** The request's media type is neither JSON nor YAML (maps to HTTP 415). */
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    /** A YAML node carries an explicit tag ({@code !foo}, {@code !!str}); drr/v1 allows none. */
    public static final String TAG = "tag";
    /** The same key appears twice in one object. */
    public static final String DUPLICATE_KEY = "duplicate-key";
    /** {@code format} is neither {@code drr/v1} nor {@code drr/v2}. */
    public static final String UNSUPPORTED_FORMAT = "unsupported-format";
    /** A field that drr/v1 does not define at this place. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** A required field is missing. */
    public static final String REQUIRED = "required";
    /** A value of the wrong JSON type (e.g. {@code "5"} or {@code 1.5} where an integer is expected). */
    public static final String TYPE = "type";
    /** A value outside its fixed set of spellings. */
    public static final String ENUM = "enum";
    /** An id that is not a slug {@code [a-z0-9][a-z0-9-]{0,62}}. */
    public static final String SLUG = "slug";
    /** A text that does not match its pattern (region, risk group, facility reference). */
    public static final String PATTERN = "pattern";
    /** A date that is not an existing {@code yyyy-MM-dd} date. */
    public static final String DATE = "date";
    /** A text that is empty, blank or longer than its limit. */
    public static final String LENGTH = "length";
    /** A number outside its range (including integers beyond 32 or 64 bits and non-finite numbers). */
    public static final String RANGE = "range";
    /** A list with fewer items than required (e.g. no entrypoints). */
    public static final String MIN_ITEMS = "min-items";
    /** A dependency that gives both or neither of {@code component} and {@code anyOf}. */
    public static final String ONE_OF = "one-of";
    /** An id already used earlier in the same list; reported at the later one. */
    public static final String DUPLICATE_ID = "duplicate-id";
    /**
     * A drr/v2 value that the component's kind does not allow: {@code state} on a stateless kind, or
     * {@code state: ephemeral} on a kind other than {@code cache}.
     */
    public static final String KIND_MISMATCH = "kind-mismatch";
    /** A reference to a site, service or component that the document does not define. */
    public static final String UNKNOWN_REFERENCE = "unknown-reference";

    /** The message in {@code language} ({@code "en"} for English, Korean otherwise). */
    public String message(String language) {
        return "en".equals(language) ? message : messageKo;
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + (line == null ? "" : " [" + line + ":" + column + "]")
                + " " + code + ": " + message;
    }
}
