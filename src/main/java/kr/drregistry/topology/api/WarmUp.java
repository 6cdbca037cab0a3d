package kr.drregistry.topology.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.drregistry.filing.FilingContent;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.VersionFindings;
import kr.drregistry.platform.StoredText;
import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.CanonicalJson;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * When the app starts, runs the work of a draft save, a submission and a validate call on a synthetic filing of
 * {@code drr.topology.warm-up-components} components, {@code drr.topology.warm-up-rounds} times, on a background
 * thread. The JIT compiler then has that code compiled before the first large filing arrives: without it the first
 * 100,000-component validate call of a fresh app took ~7.9 s (~4.5 s with it) and the first draft save and
 * submission 4.4–5.5 s, with the compiler taking 1.0–1.6 s of CPU beside it (BENCHMARKS.md). Nothing is stored,
 * nothing is counted in the metrics, and a failure here is logged and never stops the app.
 * <p>
 * Until it is over the instance is not ready ({@link #readiness()}): requests that arrive meanwhile are served, but
 * share the two cores with it (a 10,000-component submission took 1.2–1.8 s then, against 0.7–0.9 s after), so an
 * orchestrator sends traffic only afterwards, or after {@code drr.topology.warm-up-ready-after} in any case.
 */
@ApplicationScoped
class WarmUp {
    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    @Inject
    TopologyConfig config;
    @Inject
    TopologyService topologies;
    @Inject
    TopologyContent content;
    @Inject
    ObjectMapper json;

    /** When the warm-up began ({@link System#nanoTime}), or 0 before it has; then whether it is over. */
    private volatile long began;
    private volatile boolean over;

    private boolean enabled() {
        return config.warmUpComponents() > 0 && config.warmUpRounds() > 0;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled()) {
            return;
        }
        begin(System.nanoTime());
        Thread thread = new Thread(this::run, "drr-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            long ms = warmUp(config.warmUpComponents(), config.warmUpRounds());
            LOG.infof("JIT warm-up: %d rounds of a synthetic %d-component filing in %d ms", config.warmUpRounds(),
                    config.warmUpComponents(), ms);
        } catch (RuntimeException | IOException | OutOfMemoryError e) {
            LOG.warnf(e, "JIT warm-up stopped; the app runs on without it: %s", e.getMessage());
        } finally {
            end();
        }
    }

    void begin(long now) {
        began = now;
    }

    void end() {
        over = true;
    }

    /** Readiness: DOWN while the warm-up runs, for at most {@code drr.topology.warm-up-ready-after}. */
    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck readiness() {
        return () -> readinessAt(System.nanoTime());
    }

    HealthCheckResponse readinessAt(long now) {
        var answer = HealthCheckResponse.named("jit-warm-up");
        if (!enabled()) {
            return answer.up().withData("warm-up", "off").build();
        }
        if (over) {
            return answer.up().withData("warm-up", "over").build();
        }
        long since = began == 0 ? 0 : now - began;
        if (began != 0 && since >= config.warmUpReadyAfter().toNanos()) {
            return answer.up().withData("warm-up", "running longer than " + config.warmUpReadyAfter().toSeconds()
                    + " s; ready without it").build();
        }
        return answer.down().withData("warm-up", began == 0 ? "not begun" : "running for " + since / 1_000_000_000L + " s")
                .build();
    }

    /** Runs {@code rounds} rounds on a synthetic filing of {@code components} components; the time it took, in ms. */
    long warmUp(int components, int rounds) throws IOException {
        long started = System.nanoTime();
        // the shape of SyntheticTopology's load-test filings: ten dependencies a component, up to 50 sites and 200 groups
        byte[] document = CanonicalJson.write(SyntheticTopology.generate(components, 10,
                Math.max(3, Math.min(50, components / 200)), Math.min(200, components / 50 + 2), 42L));
        for (int round = 0; round < rounds; round++) {
            round(document);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The work of the three requests, as their endpoints do it, up to the database. */
    private void round(byte[] document) throws IOException {
        // a draft save (PUT …/draft): its hash, its stored form and its parse
        FilingService.sha256(document);
        StoredText.encode(document);
        Topology saved = topologies.parse(document, MediaType.APPLICATION_JSON);
        // its submission: the canonical form, the rules, the stored report, the finding rows (as COPY text), the digest
        // and the exposures
        FilingContent.Frozen frozen = content.freezeUncounted(saved);
        try {
            VersionFindings.copyRows(UUID.randomUUID(), 1, 2026, Instant.now(), frozen.findings().rows());
            frozen.storedReport().get();
        } finally {
            frozen.discard();
        }
        // a validate call: the parse while the body arrives, the rules and the default (compact) answer
        Topology sent = topologies.parse(new ByteArrayInputStream(document), MediaType.APPLICATION_JSON);
        ReportView full = ReportView.of(topologies.analyzeUncounted(sent).report());
        json.writeValue(OutputStream.nullOutputStream(), ReportParams.answer(full,
                ReportQuery.of(null, null, null, List.of(), List.of(), null, null, null)));
    }
}
