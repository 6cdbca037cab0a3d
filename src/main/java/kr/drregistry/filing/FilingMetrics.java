package kr.drregistry.filing;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Filing counters for Prometheus, counted after the transaction commits (a refused submission counts nothing):
 * {@code drr_filing_submissions_total} and {@code drr_filing_decisions_total{decision=…}}. API calls are counted by
 * the HTTP server metrics ({@code http_server_requests_seconds_count{uri="/api/v1/…"}}), e-mail failures by
 * {@code drr_mail_failures_total}, validation times by {@code drr_validation_seconds}.
 */
@ApplicationScoped
public class FilingMetrics {
    @Inject
    MeterRegistry metrics;

    void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) FilingEvents.Submitted e) {
        metrics.counter("drr.filing.submissions").increment();
    }

    void decided(@Observes(during = TransactionPhase.AFTER_SUCCESS) FilingEvents.Decided e) {
        metrics.counter("drr.filing.decisions", "decision", e.decision()).increment();
    }
}
