package kr.drregistry.topology.model;

import java.time.LocalDate;
import java.util.List;

/** An exercise with its achieved results (null when not stated). */
public record Drill(String id, LocalDate date, DrillScenario scenario, List<String> lostSites, List<String> services,
                    Integer achievedRtoMinutes, Integer achievedRpoMinutes) {
    public Drill {
        lostSites = List.copyOf(lostSites == null ? List.of() : lostSites);
        services = List.copyOf(services == null ? List.of() : services);
    }
}
