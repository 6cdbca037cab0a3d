package kr.drregistry.topology.validation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one scenario takes down: the services (document order), how many components, and the daily users lost. A
 * drr/v2 report adds (FILING-FORMAT-V2.md §3, last paragraph) the components the scenario strikes, the degraded
 * services, the users affected by degraded capacity, and per service its RPO and its recovery time (not down) or
 * repair estimate (down); these are null, and left out of the JSON, in a drr/v1 report.
 *
 * <p>{@code usersLost} and {@code usersAffected} are the contract's sums over services: a person who uses three of the
 * services counts three times. Beside each the report gives the largest single service's figure
 * ({@code usersLostLargestService}, {@code usersAffectedLargestService}): the people lost are at least that many.
 * The two bound the real number of people from below and above (docs/people-counts.md). Reports stored before these
 * fields existed read them as null.
 */
public record ScenarioSummary(String id, List<String> downServices, int downComponents, long usersLost,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long usersLostLargestService,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<String> struckComponents,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<String> degradedServices,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long usersAffected,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long usersAffectedLargestService,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<ServiceOutcome> services) {
    public ScenarioSummary {
        downServices = List.copyOf(downServices);
        struckComponents = struckComponents == null ? null : List.copyOf(struckComponents);
        degradedServices = degradedServices == null ? null : List.copyOf(degradedServices);
        services = services == null ? null : List.copyOf(services);
    }

    /** The same summary with {@code services} as its per-service outcomes (null: none). */
    public ScenarioSummary withServices(List<ServiceOutcome> outcomes) {
        return new ScenarioSummary(id, downServices, downComponents, usersLost, usersLostLargestService,
                struckComponents, degradedServices, usersAffected, usersAffectedLargestService, outcomes);
    }
}
