package kr.drregistry.topology.validation;

import java.util.List;

/** What one scenario takes down: the services (document order), how many components, and the daily users lost. */
public record ScenarioSummary(String id, List<String> downServices, int downComponents, long usersLost) {
    public ScenarioSummary {
        downServices = List.copyOf(downServices);
    }
}
