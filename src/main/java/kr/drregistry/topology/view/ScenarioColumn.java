package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.simulation.LossResult;
import kr.drregistry.topology.simulation.Scenario;

/**
 * One scenario as the pictures show it: {@code id} as in reports ({@code site:pangyo}, {@code power:seongnam-east}),
 * {@code site} true for the loss of one site (then {@code siteName} is that site's name), the sites it fails
 * (id and name) and its totals.
 */
public record ScenarioColumn(int index, String id, boolean site, String siteName, List<SiteRef> sites, long usersLost,
                             int servicesDown, int componentsDown) {
    public ScenarioColumn {
        sites = List.copyOf(sites);
    }

    public record SiteRef(String id, String name) {
        /** The name, or the id when the site has none. */
        public String label() {
            return name == null || name.isBlank() ? id : name;
        }
    }

    /** Whether anything falls in this scenario (a service). */
    public boolean hasLoss() {
        return servicesDown > 0;
    }

    /** How people name it: the site's name and the id for a site ({@code Pangyo IDC (site:pangyo)}), else the id. */
    public String label() {
        return site && siteName != null && !siteName.equals(id) ? siteName + " (" + id + ")" : id;
    }

    /** The sites it fails, by name, comma separated. */
    public String sitesText() {
        return String.join(", ", sites.stream().map(SiteRef::label).toList());
    }

    /** Every scenario of the simulation, in its order (sites first, then the other risk groups). */
    public static List<ScenarioColumn> all(Topology t, LossResult loss) {
        Map<String, Site> sites = t.sitesById();
        List<ScenarioColumn> out = new ArrayList<>(loss.scenarios().size());
        for (int i = 0; i < loss.scenarios().size(); i++) {
            out.add(of(sites, loss, i));
        }
        return out;
    }

    /** The scenario with the given id, or null when the simulation has none. */
    public static ScenarioColumn find(Topology t, LossResult loss, String id) {
        int i = id == null ? -1 : loss.scenarioIndex(id);
        return i < 0 ? null : of(t.sitesById(), loss, i);
    }

    static ScenarioColumn of(Map<String, Site> sites, LossResult loss, int i) {
        Scenario s = loss.scenarios().get(i);
        List<SiteRef> refs = new ArrayList<>(s.sites().size());
        for (String id : s.sites()) {
            Site site = sites.get(id);
            refs.add(new SiteRef(id, site == null ? null : site.name()));
        }
        boolean single = s.id().startsWith("site:") && s.sites().size() == 1 && s.id().equals("site:" + s.sites().get(0));
        return new ScenarioColumn(i, s.id(), single, single ? refs.get(0).label() : null, refs, loss.usersLost(i),
                loss.downServices(i).size(), loss.downComponentCount(i));
    }
}
