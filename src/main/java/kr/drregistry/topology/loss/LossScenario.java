package kr.drregistry.topology.loss;

import java.util.List;

/**
 * One scenario of the drr/v2 loss semantics (FILING-FORMAT-V2.md §3 rules 1 to 3): the loss of one group,
 * identified by its string ({@code site:<id>} for a site). {@code sites} are the sites it loses and
 * {@code struckComponents} the components it strikes (those listing the group in their {@code riskGroups}), both
 * in document order.
 */
public record LossScenario(String id, List<String> sites, List<String> struckComponents) {
    public LossScenario {
        sites = List.copyOf(sites);
        struckComponents = List.copyOf(struckComponents);
    }
}
