package kr.drregistry.topology.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.validation.ScenarioSummary;
import kr.drregistry.topology.validation.ServiceOutcome;

/** A scenario row names at most {@link ScenarioOutcomes#ITEMS} services per column and counts the rest. */
class ScenarioOutcomesTest {
    @Test
    void aScenarioThatTakesHundredsOfServicesDownNamesTwentyAndCountsTheRest() {
        List<ServiceOutcome> services = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            services.add(new ServiceOutcome("svc-" + i, "down", null, 0L, null, 60L));
            down.add("svc-" + i);
        }
        services.add(new ServiceOutcome("mail", "degraded", 50L, 0L, 5L, null));
        ScenarioSummary s = new ScenarioSummary("site:a", down, 900, 1_000_000L, 600_000L, List.of("db"), List.of("mail"), 10L,
                10L, services);
        ScenarioOutcomes.Row row = ScenarioOutcomes.of(List.of(s), List.of()).rows().get(0);
        assertEquals(ScenarioOutcomes.ITEMS, row.down().size());
        assertEquals("svc-0", row.down().get(0).service());
        assertEquals(280, row.moreDown());
        assertEquals(1, row.degraded().size());
        assertEquals(0, row.moreDegraded());
        assertEquals(List.of("db"), row.struck());
    }
}
