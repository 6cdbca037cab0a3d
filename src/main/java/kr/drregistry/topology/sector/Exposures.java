package kr.drregistry.topology.sector;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.simulation.LossResult;
import kr.drregistry.topology.simulation.Scenario;

/** The exposures of one filed topology: per loss scenario, the tier-1 services it takes down (FILING-FORMAT CONC-001). */
public final class Exposures {
    private Exposures() {
    }

    public static List<Exposure> of(Topology topology, LossResult loss, int maxTier) {
        Map<String, Site> sites = topology.sitesById();
        Map<String, Service> services = topology.servicesById();
        List<Exposure> out = new ArrayList<>();
        for (int i = 0; i < loss.scenarios().size(); i++) {
            Scenario scenario = loss.scenarios().get(i);
            List<String> down = new ArrayList<>();
            long users = 0;
            for (String id : loss.downServices(i)) {
                Service s = services.get(id);
                if (s != null && s.tier() <= maxTier) {
                    down.add(id);
                    users += s.dailyUsers();
                }
            }
            if (down.isEmpty()) {
                continue;
            }
            if (scenario.id().startsWith("site:") && scenario.sites().size() == 1) {
                Site site = sites.get(scenario.sites().get(0));
                String ref = site.facilityRef() != null ? site.facilityRef() : topology.operator() + "/" + site.id();
                out.add(new Exposure("facility:" + ref, "facility", site.name() == null ? site.id() : site.name(), site.region(),
                        site.location() == null ? null : site.location().lat(), site.location() == null ? null : site.location().lon(),
                        down, users));
            } else {
                Set<String> regions = new LinkedHashSet<>();
                Double lat = null;
                Double lon = null;
                for (String siteId : scenario.sites()) {
                    Site site = sites.get(siteId);
                    if (site != null) {
                        regions.add(site.region() == null ? "" : site.region());
                        if (lat == null && site.location() != null) {
                            lat = site.location().lat();
                            lon = site.location().lon();
                        }
                    }
                }
                String region = regions.size() == 1 && !regions.contains("") ? regions.iterator().next() : null;
                out.add(new Exposure("group:" + scenario.id(), "risk-group", scenario.id(), region, lat, lon, down, users));
            }
        }
        return out;
    }
}
