package kr.drregistry.support;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import io.quarkus.arc.Arc;
import io.quarkus.test.Mock;
import jakarta.inject.Singleton;

/**
 * The application's clock in tests: the system clock moved by an offset a test sets, so that a due date passes or a
 * plan year turns without waiting. Every {@code @QuarkusTest} gets it in place of {@code SystemClock}; a test that moves
 * time puts it back when done ({@code try (var later = TestClock.moved(Duration.ofDays(3))) {...}}), since the test
 * classes share one application.
 */
@Mock
@Singleton
public class TestClock implements InstantSource {
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Moves the application's clock by {@code by} until the returned handle is closed. */
    public static Moved moved(Duration by) {
        TestClock clock = (TestClock) Arc.container().instance(InstantSource.class).get();
        Duration before = clock.offset;
        clock.offset = before.plus(by);
        return () -> clock.offset = before;
    }

    /** Puts the clock back. */
    public interface Moved extends AutoCloseable {
        @Override
        void close();
    }
}
