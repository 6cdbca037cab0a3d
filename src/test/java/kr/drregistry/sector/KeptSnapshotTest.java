package kr.drregistry.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** What the sector pages show between recomputations: kept, recomputed after a change, a new policy, or in time. */
class KeptSnapshotTest {
    private final AtomicInteger computed = new AtomicInteger();
    private final AtomicReference<String> policy = new AtomicReference<>("2026.3");
    private final List<Runnable> background = new ArrayList<>();
    /** The snapshot's clock, moved by the tests. */
    private Instant now = Instant.parse("2026-12-06T09:00:00Z");
    private final InstantSource clock = () -> now;

    private KeptSnapshot<String, String> snapshot(Duration minRefresh, Duration maxAge) {
        return new KeptSnapshot<>(clock, policy::get, p -> p + "#" + computed.incrementAndGet(), minRefresh, maxAge, background::add);
    }

    @Test
    void keptBetweenViewsUntilSomethingChanges() {
        KeptSnapshot<String, String> s = snapshot(Duration.ZERO, Duration.ofMinutes(5));
        assertEquals("2026.3#1", s.get().value());
        assertEquals("2026.3#1", s.get().value(), "a second view reuses the ranking");
        s.changed();
        assertEquals("2026.3#2", s.get().value(), "a submission on this replica shows on the next view");
        assertEquals("2026.3#2", s.get().value());
        assertEquals(List.of(), background);
    }

    @Test
    void aNewActivePolicyIsAppliedAtOnce() {
        KeptSnapshot<String, String> s = snapshot(Duration.ofHours(1), Duration.ofHours(1));
        assertEquals("2026.3#1", s.get().value());
        policy.set("2026.4");
        assertEquals("2026.4#2", s.get().value(), "thresholds of the new policy decide what is concentrated");
    }

    @Test
    void changesWithinTheMinimumIntervalAreRecomputedInTheBackground() {
        KeptSnapshot<String, String> s = snapshot(Duration.ofHours(1), Duration.ofHours(1));
        KeptSnapshot.Taken<String, String> first = s.get();
        s.changed();
        assertEquals(first, s.get(), "the view does not wait for a recount");
        assertEquals(1, background.size(), "a recount is started");
        s.get();
        assertEquals(1, background.size(), "only one recount at a time");
        background.remove(0).run();
        KeptSnapshot.Taken<String, String> second = s.get();
        assertEquals("2026.3#2", second.value());
        assertFalse(second.at().isBefore(first.at()), "the new value is not older");
    }

    @Test
    void aChangeAfterTheMinimumIntervalIsShownAtOnce() {
        KeptSnapshot<String, String> s = snapshot(Duration.ofMinutes(1), Duration.ofHours(1));
        assertEquals("2026.3#1", s.get().value());
        now = now.plus(Duration.ofMinutes(1));
        s.changed();
        KeptSnapshot.Taken<String, String> after = s.get();
        assertEquals("2026.3#2", after.value(), "the view recounts itself once the minimum interval has passed");
        assertEquals(now, after.at(), "and says when, by the application's clock");
        assertEquals(List.of(), background);
    }

    @Test
    void anOldValueIsRecomputedInTheBackgroundForOtherReplicasChanges() {
        KeptSnapshot<String, String> s = snapshot(Duration.ofHours(1), Duration.ofMinutes(10));
        assertEquals("2026.3#1", s.get().value());
        now = now.plus(Duration.ofMinutes(9));
        assertEquals("2026.3#1", s.get().value());
        assertEquals(List.of(), background, "younger than the maximum age: kept");
        now = now.plus(Duration.ofMinutes(1));
        assertEquals("2026.3#1", s.get().value(), "the old value still answers");
        assertEquals(1, background.size(), "and a recount is started");
        background.remove(0).run();
        assertEquals("2026.3#2", s.get().value());
    }

    @Test
    void aFailedBackgroundRecountIsTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        KeptSnapshot<String, String> s = new KeptSnapshot<>(clock, policy::get, p -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("database away");
            }
            return p + "#" + calls.get();
        }, Duration.ofHours(1), Duration.ofHours(1), background::add);
        assertEquals("2026.3#1", s.get().value());
        s.changed();
        s.get();
        Runnable failing = background.remove(0);
        try {
            failing.run();
        } catch (IllegalStateException expected) {
            // the executor logs it
        }
        assertEquals("2026.3#1", s.get().value(), "the last good value still answers");
        assertEquals(1, background.size(), "and a recount is started again");
        background.remove(0).run();
        assertEquals("2026.3#3", s.get().value());
    }
}
