package kr.drregistry.topology.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on drr/v1 documents accepted by the validation API and the portal. */
@ConfigMapping(prefix = "drr.topology")
public interface TopologyConfig {
    /** Largest accepted document; a 100,000-component filing is about 45 MB of JSON. Beyond it: 413. */
    @WithDefault("100000000")
    long maxBodyBytes();

    /** Deepest nesting of objects and lists. */
    @WithDefault("64")
    int maxDepth();

    /** Most YAML aliases to collections (billion-laughs guard). */
    @WithDefault("50")
    int maxYamlAliases();

    /**
     * Components of the synthetic filing the app runs a draft save's, a submission's and a validate call's work on when
     * it starts ({@link WarmUp}), so that the JIT has compiled that code before the first large filing arrives; 0: none.
     */
    @WithDefault("20000")
    int warmUpComponents();

    /** How many times {@link WarmUp} runs that work. */
    @WithDefault("3")
    int warmUpRounds();

    /**
     * How long readiness ({@code /q/health/ready}) waits for {@link WarmUp} at most: an instance takes traffic once the
     * warm-up is over, or after this long in any case (a slow node must not stay out of service for it).
     */
    @WithDefault("PT2M")
    java.time.Duration warmUpReadyAfter();
}
