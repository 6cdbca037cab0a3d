package kr.drregistry.topology.parse;

/**
 * Resource limits of {@link DrrParser}. A document beyond {@code maxBytes} is rejected with
 * {@link ParseError#TOO_LARGE} before it is parsed; nesting deeper than {@code maxDepth} objects and lists
 * (the root object is depth 1) with {@link ParseError#TOO_DEEP}; a YAML document with more than
 * {@code maxYamlAliases} aliases to lists or mappings with {@link ParseError#TOO_MANY_ALIASES}. At most
 * {@code maxErrors} errors are reported; beyond that one {@link ParseError#TOO_MANY_ERRORS} error ends the list.
 *
 * @param maxBytes       largest accepted document in bytes (at least 1)
 * @param maxDepth       deepest accepted nesting of objects and lists (at least 8, drr/v1 itself needs 6)
 * @param maxYamlAliases largest number of YAML aliases that refer to a list or mapping (at least 0)
 * @param maxErrors      largest number of errors reported for one document (at least 1)
 */
public record Limits(long maxBytes, int maxDepth, int maxYamlAliases, int maxErrors) {
    private static final int DEFAULT_MAX_ERRORS = 1000;

    /** 64 MiB, depth 64, 50 aliases, 1000 errors. */
    public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 64, 50, DEFAULT_MAX_ERRORS);

    public Limits {
        if (maxBytes < 1 || maxDepth < 8 || maxYamlAliases < 0 || maxErrors < 1) {
            throw new IllegalArgumentException("invalid parser limits: maxBytes=" + maxBytes + ", maxDepth=" + maxDepth
                    + ", maxYamlAliases=" + maxYamlAliases + ", maxErrors=" + maxErrors);
        }
    }

    /** Limits with the default error cap (1000). */
    public Limits(long maxBytes, int maxDepth, int maxYamlAliases) {
        this(maxBytes, maxDepth, maxYamlAliases, DEFAULT_MAX_ERRORS);
    }

    /** These limits with another byte limit. */
    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxDepth, maxYamlAliases, maxErrors);
    }
}
