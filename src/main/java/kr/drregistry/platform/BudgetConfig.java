package kr.drregistry.platform;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The parse and validation budget (README "Configuration"): what one request may cost before it is refused. Each
 * refusal is an {@code application/problem+json} that names the limit ({@code "limit": {"name", "value"}}) and its
 * value. The whole-document limit for JSON stays {@code drr.topology.max-body-bytes}.
 */
@ConfigMapping(prefix = "drr.budget")
public interface BudgetConfig {
    /**
     * Wall-clock time one request may spend parsing and validating (API validate, draft save, submit; the portal's
     * check, save and sign-off). Past it the work stops and the request gets 503 {@code time-budget-exceeded}; the
     * work also stops when the client closes the connection. A 100,000-component JSON filing needs 2-5 s here.
     */
    @WithDefault("PT30S")
    Duration time();

    /**
     * How many of those requests one principal (a person or an API token) may have running at once, on one replica;
     * one more gets 429 {@code too-many-concurrent-requests} with {@code Retry-After}.
     */
    @WithDefault("2")
    int concurrentPerPrincipal();

    /** The {@code Retry-After} of that 429. */
    @WithDefault("PT2S")
    Duration retryAfter();

    /**
     * Largest YAML document in bytes (YAML parsing is several times slower than JSON; a 10,000-component filing in
     * YAML is about 7.6 MB). Beyond it: 413 {@code too-large}.
     */
    @WithDefault("16777216")
    long yamlMaxBytes();

    /**
     * Longest YAML line in characters, checked by a linear scan before the YAML parser runs (the parser's time grows
     * with the square of the longest line). Beyond it: 413 {@code line-too-long}.
     */
    @WithDefault("65536")
    int yamlMaxLineChars();

    /** Longest text value (a JSON string or YAML scalar) in a drr/v1 document. Beyond it: 413 {@code text-too-long}. */
    @WithDefault("10000")
    int maxTextChars();
}
