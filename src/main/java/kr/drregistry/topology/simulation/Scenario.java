package kr.drregistry.topology.simulation;

import java.util.List;

/**
 * The loss of one risk group: {@code id} is {@code site:<id>} for a site or the risk-group string itself;
 * {@code sites} are the site ids that fail in it, in document order.
 */
public record Scenario(String id, List<String> sites) {
    public Scenario {
        sites = List.copyOf(sites);
    }
}
