package kr.drregistry.fuzz;

import java.time.Duration;

import kr.drregistry.budget.Budget;
import kr.drregistry.platform.ProblemException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every fuzz target asserts. Run with {@code mvn -Pfuzz test -Dtest=<Target>} (README "Fuzzing"): without
 * {@code JAZZER_FUZZ} the committed corpus ({@code src/test/resources/kr/drregistry/fuzz/<Target>Inputs/}) is replayed;
 * the profile sets it and fuzzes one target for {@code -Dfuzz.duration}.
 */
final class FuzzSupport {
    /**
     * The time one input may take: the request budget ({@code drr.budget.time}, 30 s by default). An input that needs
     * longer ends in a {@link kr.drregistry.budget.BudgetExceededException}, which the fuzzer reports as a finding.
     * (Fuzz inputs are a few kilobytes and take milliseconds; a tighter 5 s bound was exceeded by the seed replays of
     * a cold, instrumented JVM on a machine with a load of 20.)
     */
    static final Duration PER_INPUT = Duration.ofSeconds(30);

    private FuzzSupport() {
    }

    static Budget budget() {
        return Budget.of(PER_INPUT);
    }

    /** The refusal a client would get must be the client's fault (4xx), never a 5xx, and say what is wrong. */
    static void clientError(ProblemException problem) {
        assertTrue(problem.status() >= 400 && problem.status() < 500, () -> "a " + problem.status() + " for " + problem.getMessage());
        assertTrue(problem.titleKo() != null && problem.titleEn() != null && problem.getMessage() != null);
        problem.errors().forEach(e -> assertTrue(e.pointer() != null && e.message() != null && e.messageKo() != null,
                () -> "an error without pointer or messages: " + e));
    }
}
