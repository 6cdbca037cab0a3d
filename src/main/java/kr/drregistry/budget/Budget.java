package kr.drregistry.budget;

import java.time.Duration;

/**
 * How long one piece of work (parsing and validating a document) may take, and whether whoever asked for it still
 * waits. Plain Java: the parsers, the validation rules and the loss simulation call {@link #check()} in their loops
 * (cooperative cancellation); the web layer creates the budget for a request, with its deadline, and
 * {@link #cancel() cancels} it when the client goes away.
 *
 * <p>{@link #check()} is cheap (a volatile read and {@link System#nanoTime()}), but loops of a few nanoseconds per
 * step should call it every few thousand steps (see {@link #every(int)}). Thread-safe: the work may run on
 * several threads while another thread cancels it.
 */
public final class Budget {
    private static final Budget UNLIMITED = new Budget(null);

    private final Duration limit;
    private final long deadline;
    private volatile Stop stopped;

    /** Why work was stopped. */
    public enum Stop {
        /** The work took longer than the budget's limit. */
        TIME,
        /** The client that asked for it went away (closed the connection). */
        CLIENT_GONE
    }

    private Budget(Duration limit) {
        this.limit = limit;
        this.deadline = limit == null ? 0 : System.nanoTime() + limit.toNanos();
    }

    /** A budget that never runs out and cannot be cancelled (batch work, stored documents, tests). */
    public static Budget unlimited() {
        return UNLIMITED;
    }

    /** A budget of {@code limit} from now (positive). */
    public static Budget of(Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a time budget must be positive: " + limit);
        }
        return new Budget(limit);
    }

    /** The time limit, or null when unlimited. */
    public Duration limit() {
        return limit;
    }

    /** Stops the work at its next {@link #check()}: the client is gone. No effect on {@link #unlimited()}. */
    public void cancel() {
        if (this != UNLIMITED && stopped == null) {
            stopped = Stop.CLIENT_GONE;
        }
    }

    /** Why the work was stopped, or null while it may go on. */
    public Stop stopped() {
        Stop s = stopped;
        if (s == null && limit != null && System.nanoTime() - deadline > 0) {
            stopped = Stop.TIME;
            return Stop.TIME;
        }
        return s;
    }

    /** Throws {@link BudgetExceededException} when the time is up or the work was cancelled. */
    public void check() {
        if (this == UNLIMITED) {
            return;
        }
        Stop s = stopped();
        if (s != null) {
            throw new BudgetExceededException(s, limit);
        }
    }

    /**
     * A counter for tight loops: its {@link Ticker#tick()} calls {@link #check()} once every {@code steps} calls
     * (a power of two works best).
     */
    public Ticker every(int steps) {
        return new Ticker(this, Math.max(1, steps));
    }

    /** See {@link #every(int)}. Not thread-safe: one per loop and thread. */
    public static final class Ticker {
        private final Budget budget;
        private final int steps;
        private int count;

        private Ticker(Budget budget, int steps) {
            this.budget = budget;
            this.steps = steps;
        }

        /** Counts one step; checks the budget every {@code steps} steps. */
        public void tick() {
            if (++count >= steps) {
                count = 0;
                budget.check();
            }
        }
    }
}
