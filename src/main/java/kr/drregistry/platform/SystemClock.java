package kr.drregistry.platform;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Singleton;

/**
 * "Now" for the whole application: every service that stamps a time or judges a deadline, a review clock or whether a
 * filing is due asks this bean (an {@link InstantSource}), never {@code Instant.now()} itself, so that tests can move
 * time (a due date passing, a plan year turning) without waiting. In production it is the system clock.
 * Only caches that measure real elapsed time ({@code KeptSnapshot}, the token cache) and the offline backup command
 * read the system clock directly.
 */
@Singleton
public class SystemClock implements InstantSource {
    /** The zone the law's dates are in (deadlines, due dates, plan years). */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Override
    public Instant instant() {
        return Instant.now();
    }

    /** Today in Seoul by {@code clock}. */
    public static LocalDate today(InstantSource clock) {
        return LocalDate.ofInstant(clock.instant(), SEOUL);
    }
}
