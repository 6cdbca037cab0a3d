package kr.drregistry.topology.facility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;

/**
 * The facility resolution of one document: one {@link ResolvedSite} per site, in document order. It is the input
 * of the loss engine (the sites' groups of rule F5), so the platform and an offline validator, each with its own
 * {@link FacilityLookup}, feed the engine the same way.
 */
public record ResolvedFacilities(List<ResolvedSite> sites) {
    public ResolvedFacilities {
        sites = List.copyOf(sites);
    }

    /** The sites of {@code topology} with their declared groups only, as if no site had a {@code facilityRef}. */
    public static ResolvedFacilities declaredOnly(Topology topology) {
        List<ResolvedSite> sites = new ArrayList<>();
        for (Site s : topology.sites()) {
            sites.add(new ResolvedSite(s.id(), s.riskGroups().stream().distinct().toList(), s.location(), List.of()));
        }
        return new ResolvedFacilities(sites);
    }

    /** The groups (rule F5) of site number {@code i}. */
    public List<String> groups(int i) {
        return sites.get(i).groups();
    }

    /** Every reference met, each once (first occurrence), with the version used or {@code unresolved}. */
    public List<FacilityReference> references() {
        Map<String, FacilityReference> seen = new LinkedHashMap<>();
        for (ResolvedSite s : sites) {
            for (FacilityReference r : s.references()) {
                seen.putIfAbsent(r.reference(), r);
            }
        }
        return List.copyOf(seen.values());
    }
}
