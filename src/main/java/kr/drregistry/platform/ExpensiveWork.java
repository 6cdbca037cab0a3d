package kr.drregistry.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.budget.Budget;
import kr.drregistry.budget.BudgetExceededException;
import kr.drregistry.platform.ProblemException.FieldError;

/**
 * The parse and validation budget of a request ({@link BudgetConfig}): the endpoints that parse and validate whole
 * documents (API validate, draft save and submit; the portal's live check, save, upload and sign-off) run their work
 * through {@link #run}. It
 * <ul>
 *   <li>lets one principal (a person or an API token) run at most {@code drr.budget.concurrent-per-principal} such
 *       requests at once on this replica; one more is refused at once with 429 and {@code Retry-After};</li>
 *   <li>gives the work a {@link Budget} of {@code drr.budget.time}, which the parsers, the rules and the loss
 *       simulation check in their loops ({@link #budget()} hands it to the service layer), and cancels it when the
 *       client closes the connection, so that abandoned work stops at the next check;</li>
 *   <li>turns a budget that ran out into 503 {@code time-budget-exceeded} (nothing is stored: the work's transaction
 *       rolls back).</li>
 * </ul>
 * Every refusal names its limit and value; refusals are counted in {@code drr_budget_refusals_total{limit=…}}.
 */
@ApplicationScoped
public class ExpensiveWork {
    private static final Logger LOG = Logger.getLogger(ExpensiveWork.class);
    /** The budget of the work running on this thread (set only inside {@link #run}). */
    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    @Inject
    BudgetConfig config;
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentVertxRequest request;
    @Inject
    MeterRegistry metrics;

    private final ConcurrentHashMap<String, Integer> running = new ConcurrentHashMap<>();

    /**
     * Runs {@code work} within the budget: refused with 429 when the caller already runs the allowed number of such
     * requests, 503 when it takes longer than {@code drr.budget.time}. Work started inside other work shares its budget
     * and its slot.
     */
    public <T> T run(Supplier<T> work) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        String who = principal();
        acquire(who);
        Budget budget = Budget.of(config.time());
        RoutingContext rc = currentRequest();
        int watch = rc == null ? -1 : rc.addEndHandler(result -> {
            if (result.failed()) {
                budget.cancel();
            }
        });
        CURRENT.set(budget);
        try {
            return work.get();
        } catch (RuntimeException e) {
            BudgetExceededException exceeded = exceeded(e);
            if (exceeded == null) {
                throw e;
            }
            throw refusal(exceeded, who);
        } finally {
            CURRENT.remove();
            if (watch >= 0) {
                rc.removeEndHandler(watch);
            }
            release(who);
        }
    }

    /** As {@link #run(Supplier)} for work without a result. */
    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /** The budget of the work running on this thread; unlimited outside {@link #run} (stored documents, start-up). */
    public Budget budget() {
        Budget b = CURRENT.get();
        return b == null ? Budget.unlimited() : b;
    }

    /** How many budgeted requests {@code principal} runs now (0 when none). */
    public int running(String principal) {
        return running.getOrDefault(principal, 0);
    }

    /** The key the concurrency limit counts by: the principal's name ({@code token:<prefix>} for API tokens). */
    String principal() {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** Takes one of {@code principal}'s slots, or refuses with 429 when they are all taken. */
    void acquire(String principal) {
        int max = config.concurrentPerPrincipal();
        boolean[] taken = {false};
        running.compute(principal, (k, n) -> {
            int now = n == null ? 0 : n;
            if (now >= max) {
                return n;
            }
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) {
            count("concurrent-per-principal");
            long retry = Math.max(1, (config.retryAfter().toMillis() + 999) / 1000);
            throw new ProblemException(429, "too-many-concurrent-requests", "동시에 처리 중인 요청이 너무 많습니다",
                    "Too many concurrent requests",
                    "at most " + max + " validations, draft saves or submissions run at once for one user or token "
                            + "(drr.budget.concurrent-per-principal = " + max + "); retry after " + retry + " s",
                    List.of(new FieldError("", "concurrent-per-principal",
                            "You already have " + max + " checks, saves or submissions running; at most " + max
                                    + " run at once for one user or token (drr.budget.concurrent-per-principal). "
                                    + "Try again in " + retry + " s.",
                            "이미 검사·저장·제출 " + max + "건이 처리 중입니다. 계정이나 토큰 하나당 동시에 " + max
                                    + "건까지 처리합니다(drr.budget.concurrent-per-principal). " + retry + "초 뒤에 다시 시도하세요.",
                            null, null)))
                    .withLimit("drr.budget.concurrent-per-principal", max).withRetryAfter(retry)
                    .withText(m -> m.too_many_concurrent(max, retry));
        }
    }

    /** Gives back one of {@code principal}'s slots. */
    void release(String principal) {
        running.computeIfPresent(principal, (k, n) -> n <= 1 ? null : n - 1);
    }

    private ProblemException refusal(BudgetExceededException e, String who) {
        if (e.reason() == Budget.Stop.CLIENT_GONE) {
            count("client-gone");
            LOG.infof("stopped the work of %s: the client closed the connection", who);
            return new ProblemException(503, "cancelled", "요청이 취소되었습니다", "Request cancelled",
                    "the client closed the connection; the work was stopped and nothing was stored", List.of())
                    .withText(m -> m.cancelled());
        }
        count("time");
        String limit = seconds(config.time());
        LOG.infof("stopped the work of %s: it took longer than drr.budget.time = %s", who, config.time());
        return new ProblemException(503, "time-budget-exceeded", "처리 시간 한도를 넘었습니다", "Time budget exceeded",
                "parsing and validating took longer than the time budget (drr.budget.time = " + config.time()
                        + "); the work was stopped and nothing was stored",
                List.of(new FieldError("", "time-budget",
                        "Checking this document took longer than " + limit + " s, the time one request may take "
                                + "(drr.budget.time). Nothing was stored; split the document or send it as JSON.",
                        "이 문서를 검사하는 데 요청 하나에 허용된 " + limit + "초(drr.budget.time)보다 오래 걸렸습니다. "
                                + "아무것도 저장하지 않았습니다. 문서를 나누거나 JSON으로 보내십시오.",
                        null, null)))
                .withLimit("drr.budget.time", config.time()).withText(m -> m.time_budget(limit + " s"));
    }

    private static BudgetExceededException exceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BudgetExceededException b) {
                return b;
            }
        }
        return null;
    }

    private void count(String limit) {
        metrics.counter("drr.budget.refusals", "limit", limit).increment();
    }

    /** The HTTP request being served on this thread, or null (no request, or not over HTTP). */
    private RoutingContext currentRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try {
            return request.getCurrent();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code PT30S} → {@code 30}, {@code PT0.5S} → {@code 0.5}. */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.format(Locale.ROOT, "%.3f", ms / 1000.0).replaceAll("0+$", "");
    }
}
