package kr.drregistry.topology.sector;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.facility.ResolvedSite;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.LossScenario;
import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;

/**
 * The exposures of one filed topology (FILING-FORMAT CONC-001): per place its loss takes down tier-1 services, those
 * services. Places are read with drr/v2 semantics (FILING-FORMAT-V2.md §2 F5: the sites' groups, declared and
 * inherited through {@code facilityRef}, count for CONC-001), so two operators in halls of one building share the
 * building's groups although neither declares them:
 * <ul>
 * <li>a site with a {@code facilityRef} is the place {@code facility:<org>/<site>} (its scenario is the group rule F2
 * gives it, which also takes every other site of the filing in the same hall), and so is every facility it inherits
 * up the chain (the building of a hall);</li>
 * <li>a site without one is its operator's own place {@code facility:<operator>/<site>};</li>
 * <li>any other group of sites (declared or inherited: a campus, a power feed, a flood plain) is {@code group:<id>}.</li>
 * </ul>
 * Component risk groups (a software version, a certificate) strike components, not places; they are not exposures.
 * Locations are the sites' own or inherited (rule F3).
 */
public final class Exposures {
    private Exposures() {
    }

    public static List<Exposure> of(Topology topology, LossAnalysis loss, ResolvedFacilities facilities, int maxTier) {
        Map<String, Site> sites = topology.sitesById();
        Map<String, Service> services = topology.servicesById();
        Map<String, ResolvedSite> resolved = new java.util.HashMap<>();
        for (ResolvedSite s : facilities.sites()) {
            resolved.put(s.siteId(), s);
        }
        // one scenario per method call: the JIT compiles it early, where this loop's body inside one large method was
        // compiled anew on each of the first large submissions (BENCHMARKS.md)
        List<Exposure> out = new ArrayList<>();
        for (int i = 0; i < loss.scenarios().size(); i++) {
            Exposure e = exposure(topology, loss, i, sites, services, resolved, maxTier);
            if (e != null) {
                out.add(e);
            }
        }
        return merged(out, services);
    }

    /** The exposure of the scenario at {@code i}: what it takes down of tier up to {@code maxTier}; null for none. */
    private static Exposure exposure(Topology topology, LossAnalysis loss, int i, Map<String, Site> sites,
                                     Map<String, Service> services, Map<String, ResolvedSite> resolved, int maxTier) {
        LossScenario scenario = loss.scenarios().get(i);
        if (scenario.sites().isEmpty()) {
            return null;
        }
        boolean ownSite = scenario.id().startsWith("site:") && scenario.sites().size() == 1;
        if (ownSite && sites.get(scenario.sites().get(0)).facilityRef() != null) {
            return null; // the place is the facility the site refers to: its facility: group below
        }
        List<String> down = new ArrayList<>();
        long users = 0;
        long largest = 0;
        for (String id : loss.downServices(i)) {
            Service s = services.get(id);
            if (s != null && s.tier() <= maxTier) {
                down.add(id);
                users += s.dailyUsers();
                largest = Math.max(largest, s.dailyUsers());
            }
        }
        if (down.isEmpty()) {
            return null;
        }
        Set<String> regions = new LinkedHashSet<>();
        GeoPoint location = null;
        for (String siteId : scenario.sites()) {
            Site site = sites.get(siteId);
            regions.add(site.region() == null ? "" : site.region());
            ResolvedSite r = resolved.get(siteId);
            GeoPoint at = r != null && r.location() != null ? r.location() : site.location();
            if (location == null && at != null) {
                location = at;
            }
        }
        String region = regions.size() == 1 && !regions.contains("") ? regions.iterator().next() : null;
        Double lat = location == null ? null : location.lat();
        Double lon = location == null ? null : location.lon();
        Site first = sites.get(scenario.sites().get(0));
        String firstName = first.name() == null ? first.id() : first.name();
        if (ownSite) {
            return new Exposure("facility:" + topology.operator() + "/" + first.id(), "facility", firstName, region,
                    lat, lon, down, users, largest);
        }
        if (scenario.id().startsWith("facility:")) {
            boolean referred = scenario.sites().stream().anyMatch(s -> scenario.id().equals("facility:" + sites.get(s).facilityRef()));
            return new Exposure(scenario.id(), "facility", referred ? firstName : scenario.id().substring("facility:".length()),
                    region, lat, lon, down, users, largest);
        }
        return new Exposure("group:" + scenario.id(), "risk-group", scenario.id(), region, lat, lon, down, users, largest);
    }

    /**
     * One exposure per place: an IDC's building is both its own site and the facility its halls refer to inside the
     * same filing; the place then loses what either loses.
     */
    private static List<Exposure> merged(List<Exposure> exposures, Map<String, Service> services) {
        Map<String, Exposure> byKey = new java.util.LinkedHashMap<>();
        for (Exposure e : exposures) {
            byKey.merge(e.key(), e, (a, b) -> {
                List<String> union = new ArrayList<>(new LinkedHashSet<>(a.services()));
                b.services().stream().filter(id -> !union.contains(id)).forEach(union::add);
                long users = union.stream().mapToLong(id -> services.get(id).dailyUsers()).sum();
                long largest = union.stream().mapToLong(id -> services.get(id).dailyUsers()).max().orElse(0);
                return new Exposure(a.key(), a.kind(), a.label(), a.region(), a.lat(), a.lon(), union, users, largest);
            });
        }
        return List.copyOf(byKey.values());
    }
}
