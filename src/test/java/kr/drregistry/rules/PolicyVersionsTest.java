package kr.drregistry.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PolicyVersionsTest {
    @Test
    void theNextFreeNumberAfterTheCurrentVersion() {
        assertEquals("2026.4", PolicyVersions.next("2026.3", Set.of()::contains));
        assertEquals("2026.5", PolicyVersions.next("2026.3", Set.of("2026.4")::contains), "a number taken by another version is skipped");
        assertEquals("2026.10", PolicyVersions.next("2026.9", Set.of()::contains));
        assertEquals("2026.1-r.1", PolicyVersions.next("2026.1-r", Set.of()::contains), "no trailing number: .1 appended");
    }
}
