package kr.drregistry.topology.parse;

/**
 * Resource limits of {@link DrrParser}. A document beyond {@code maxBytes} (YAML: beyond {@code maxYamlBytes}) is
 * rejected with {@link ParseError#TOO_LARGE} before it is parsed; a YAML line longer than {@code maxLineChars}
 * characters with {@link ParseError#LINE_TOO_LONG}, found by a linear scan of the text before the YAML parser sees
 * it (the YAML scanner's cost grows with the square of the longest line); a text value (JSON or YAML scalar) longer
 * than {@code maxScalarChars} characters with {@link ParseError#SCALAR_TOO_LONG}, as soon as it is read; nesting
 * deeper than {@code maxDepth} objects and lists (the root object is depth 1) with {@link ParseError#TOO_DEEP}; a
 * YAML document with more than {@code maxYamlAliases} aliases to lists or mappings with
 * {@link ParseError#TOO_MANY_ALIASES}. At most {@code maxErrors} errors are reported; beyond that one
 * {@link ParseError#TOO_MANY_ERRORS} error ends the list.
 *
 * @param maxBytes       largest accepted document in bytes (at least 1)
 * @param maxDepth       deepest accepted nesting of objects and lists (at least 8, drr/v1 itself needs 6)
 * @param maxYamlAliases largest number of YAML aliases that refer to a list or mapping (at least 0)
 * @param maxErrors      largest number of errors reported for one document (at least 1)
 * @param maxYamlBytes   largest accepted YAML document in bytes (at least 1; the smaller of this and
 *                       {@code maxBytes} applies to YAML)
 * @param maxLineChars   longest accepted YAML line in characters (at least 80)
 * @param maxScalarChars longest accepted text value in characters (at least 200, the longest drr/v1 text)
 */
public record Limits(long maxBytes, int maxDepth, int maxYamlAliases, int maxErrors, long maxYamlBytes,
                     int maxLineChars, int maxScalarChars) {
    private static final int DEFAULT_MAX_ERRORS = 1000;
    /** 16 MiB: a 10,000-component filing in block-style YAML is about 7.6 MB. */
    public static final long DEFAULT_MAX_YAML_BYTES = 16L * 1024 * 1024;
    /** 65,536 characters: hand-written and generated YAML stays far below; parsing such a line takes milliseconds. */
    public static final int DEFAULT_MAX_LINE_CHARS = 65_536;
    /** 10,000 characters: the longest text drr/v1 accepts is 200. */
    public static final int DEFAULT_MAX_SCALAR_CHARS = 10_000;

    /** 64 MiB (YAML 16 MiB), depth 64, 50 aliases, 1000 errors, lines of 65,536 and texts of 10,000 characters. */
    public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 64, 50, DEFAULT_MAX_ERRORS);

    public Limits {
        if (maxBytes < 1 || maxDepth < 8 || maxYamlAliases < 0 || maxErrors < 1 || maxYamlBytes < 1
                || maxLineChars < 80 || maxScalarChars < 200) {
            throw new IllegalArgumentException("invalid parser limits: maxBytes=" + maxBytes + ", maxDepth=" + maxDepth
                    + ", maxYamlAliases=" + maxYamlAliases + ", maxErrors=" + maxErrors + ", maxYamlBytes=" + maxYamlBytes
                    + ", maxLineChars=" + maxLineChars + ", maxScalarChars=" + maxScalarChars);
        }
    }

    /** Limits with the default YAML size, line and text limits. */
    public Limits(long maxBytes, int maxDepth, int maxYamlAliases, int maxErrors) {
        this(maxBytes, maxDepth, maxYamlAliases, maxErrors, DEFAULT_MAX_YAML_BYTES, DEFAULT_MAX_LINE_CHARS,
                DEFAULT_MAX_SCALAR_CHARS);
    }

    /** Limits with the default error cap (1000) and the default YAML size, line and text limits. */
    public Limits(long maxBytes, int maxDepth, int maxYamlAliases) {
        this(maxBytes, maxDepth, maxYamlAliases, DEFAULT_MAX_ERRORS);
    }

    /** These limits with another byte limit (for JSON and YAML alike). */
    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxDepth, maxYamlAliases, maxErrors, bytes, maxLineChars, maxScalarChars);
    }

    /** These limits with other YAML size, line and text limits. */
    public Limits withText(long yamlBytes, int lineChars, int scalarChars) {
        return new Limits(maxBytes, maxDepth, maxYamlAliases, maxErrors, yamlBytes, lineChars, scalarChars);
    }

    /** The byte limit that applies to YAML: the smaller of {@code maxYamlBytes} and {@code maxBytes}. */
    public long yamlBytes() {
        return Math.min(maxBytes, maxYamlBytes);
    }
}
