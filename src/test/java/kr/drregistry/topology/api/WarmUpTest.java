package kr.drregistry.topology.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JIT warm-up at start (off in the tests' own start, run here by hand): the work of a draft save, a submission
 * and a validate call finishes, and leaves no trace a user or an operator of the registry would see.
 */
@QuarkusTest
class WarmUpTest {
    @Inject
    WarmUp warmUp;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;

    @Test
    void theWarmUpFinishesAndStoresAndCountsNothing() {
        List<Long> rowsBefore = rows();
        List<Long> timedBefore = timed();
        // two rounds on 2,000 components: a hang (such as the engine's former common-pool deadlock) fails here
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> warmUp.warmUp(2_000, 2));
        assertEquals(rowsBefore, rows(), "filings, versions, finding rows, exposures and audit entries");
        assertEquals(timedBefore, timed(), "drr_validation_seconds counts of kind analyze and validate");
    }

    private List<Long> rows() {
        return QuarkusTransaction.requiringNew().call(() -> List.of("filing", "filing_version", "version_finding",
                "version_exposure", "audit_entry").stream()
                .map(table -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue())
                .toList());
    }

    private List<Long> timed() {
        return List.of("analyze", "validate").stream().map(kind -> {
            Timer t = metrics.find("drr.validation").tag("kind", kind).timer();
            return t == null ? 0L : t.count();
        }).toList();
    }
}
