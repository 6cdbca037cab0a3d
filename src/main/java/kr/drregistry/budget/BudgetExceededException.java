package kr.drregistry.budget;

import java.time.Duration;

/**
 * Work was stopped by its {@link Budget}: it took longer than {@link #limit()} ({@link Budget.Stop#TIME}), or the
 * client went away ({@link Budget.Stop#CLIENT_GONE}). Nothing the work produced is to be used.
 */
public final class BudgetExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Budget.Stop reason;
    private final transient Duration limit;

    public BudgetExceededException(Budget.Stop reason, Duration limit) {
        super(reason == Budget.Stop.TIME ? "the work took longer than its budget of " + limit
                : "the work was cancelled: the client went away", null, false, false);
        this.reason = reason;
        this.limit = limit;
    }

    public Budget.Stop reason() {
        return reason;
    }

    /** The time limit of the budget (null when it had none). */
    public Duration limit() {
        return limit;
    }
}
