package kr.drregistry.topology.validation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one scenario takes down: the services (document order), how many components, and the daily users lost. A
 * drr/v2 report adds (FILING-FORMAT-V2.md §3, last paragraph) the components the scenario strikes, the degraded
 * services, the users affected by degraded capacity, and per service its RPO and its recovery time (not down) or
 * repair estimate (down); these are null, and left out of the JSON, in a drr/v1 report.
 */
public record ScenarioSummary(String id, List<String> downServices, int downComponents, long usersLost,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<String> struckComponents,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<String> degradedServices,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long usersAffected,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<ServiceOutcome> services) {
    public ScenarioSummary {
        downServices = List.copyOf(downServices);
        struckComponents = struckComponents == null ? null : List.copyOf(struckComponents);
        degradedServices = degradedServices == null ? null : List.copyOf(degradedServices);
        services = services == null ? null : List.copyOf(services);
    }

    /** A drr/v1 summary. */
    public ScenarioSummary(String id, List<String> downServices, int downComponents, long usersLost) {
        this(id, downServices, downComponents, usersLost, null, null, null, null);
    }
}
