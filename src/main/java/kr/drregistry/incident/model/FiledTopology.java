package kr.drregistry.incident.model;

import java.util.Map;

/**
 * What an incident report is checked against: the services (with their declared RTO and RPO) and sites of the
 * organisation's latest submitted topology, and which version that was ({@code reference}, e.g. a filing id and
 * version number) so that findings can name it.
 */
public record FiledTopology(String reference, int version, Map<String, DeclaredService> services, Map<String, String> sites) {
    public FiledTopology {
        services = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(services));
        sites = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sites));
    }

    /** The services and sites of a parsed drr/v1 topology. */
    public static FiledTopology of(kr.drregistry.topology.model.Topology t, String reference, int version) {
        Map<String, DeclaredService> services = new java.util.LinkedHashMap<>();
        for (var s : t.services()) {
            services.put(s.id(), new DeclaredService(s.id(), s.name(), s.tier(), s.rtoMinutes(), s.rpoMinutes()));
        }
        Map<String, String> sites = new java.util.LinkedHashMap<>();
        for (var s : t.sites()) {
            sites.put(s.id(), s.name() == null ? s.id() : s.name());
        }
        return new FiledTopology(reference, version, services, sites);
    }

    /** A service as filed: its name, tier and targets (null when the topology declares none). */
    public record DeclaredService(String id, String name, int tier, Integer rtoMinutes, Integer rpoMinutes) {
    }
}
