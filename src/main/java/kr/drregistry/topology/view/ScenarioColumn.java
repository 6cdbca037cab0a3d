package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.LossScenario;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;

/**
 * One scenario as the pictures show it (FILING-FORMAT-V2.md §3 rules 1 to 3): {@code id} as in reports
 * ({@code site:pangyo}, {@code power:seongnam-east}, {@code software:gateway-3.1}); {@code kind} {@link #SITE} for the
 * loss of one site (then {@code siteName} is that site's name), {@link #GROUP} for a group that loses sites (a risk
 * group of sites, inherited facility groups included) and {@link #COMPONENT_GROUP} for a group only components list
 * (it loses no site and strikes its components everywhere); the sites it loses (id and name), the components it
 * strikes and its totals.
 */
public record ScenarioColumn(int index, String id, String kind, String siteName, List<SiteRef> sites,
                             List<String> struck, long usersLost, long usersLostLargestService, int servicesDown,
                             int componentsDown, int servicesDegraded, long usersAffected,
                             long usersAffectedLargestService) {
    /** Scenario kinds. */
    public static final String SITE = "site", GROUP = "group", COMPONENT_GROUP = "component";

    public ScenarioColumn {
        sites = List.copyOf(sites);
        struck = List.copyOf(struck);
    }

    public record SiteRef(String id, String name) {
        /** The name, or the id when the site has none. */
        public String label() {
            return name == null || name.isBlank() ? id : name;
        }
    }

    /** Whether this is the loss of one site. */
    public boolean site() {
        return SITE.equals(kind);
    }

    /** Whether this is a component risk group: it strikes components and loses no site. */
    public boolean componentGroup() {
        return COMPONENT_GROUP.equals(kind);
    }

    /** Whether a service falls in this scenario. */
    public boolean hasLoss() {
        return servicesDown > 0;
    }

    /** Whether a service falls or runs below full capacity in this scenario (else its column can be hidden). */
    public boolean hasImpact() {
        return servicesDown > 0 || servicesDegraded > 0;
    }

    /** How people name it: the site's name and the id for a site ({@code Pangyo IDC (site:pangyo)}), else the id. */
    public String label() {
        return site() && siteName != null && !siteName.equals(id) ? siteName + " (" + id + ")" : id;
    }

    /** The sites it loses, by name, comma separated. */
    public String sitesText() {
        return String.join(", ", sites.stream().map(SiteRef::label).toList());
    }

    /** The components it strikes, comma separated. */
    public String struckText() {
        return String.join(", ", struck);
    }

    /** Every scenario of the analysis, in its order (sites, then groups over sites, then over components). */
    public static List<ScenarioColumn> all(Topology t, LossAnalysis loss) {
        Map<String, Site> sites = t.sitesById();
        List<ScenarioColumn> out = new ArrayList<>(loss.scenarios().size());
        for (int i = 0; i < loss.scenarios().size(); i++) {
            out.add(of(sites, loss, i));
        }
        return out;
    }

    /** The scenario with the given id, or null when the analysis has none. */
    public static ScenarioColumn find(Topology t, LossAnalysis loss, String id) {
        int i = id == null ? -1 : loss.scenarioIndex(id);
        return i < 0 ? null : of(t.sitesById(), loss, i);
    }

    static ScenarioColumn of(Map<String, Site> sites, LossAnalysis loss, int i) {
        LossScenario s = loss.scenarios().get(i);
        List<SiteRef> refs = new ArrayList<>(s.sites().size());
        for (String id : s.sites()) {
            Site site = sites.get(id);
            refs.add(new SiteRef(id, site == null ? null : site.name()));
        }
        // rule 1: site:<id> of a filed site is that site's scenario; rule 3 puts them first
        Site own = s.id().startsWith("site:") ? sites.get(s.id().substring(5)) : null;
        String kind = own != null ? SITE : s.sites().isEmpty() ? COMPONENT_GROUP : GROUP;
        String name = own == null ? null : own.name() == null || own.name().isBlank() ? own.id() : own.name();
        return new ScenarioColumn(i, s.id(), kind, name, refs, s.struckComponents(),
                loss.usersLost(i), loss.usersLostLargestService(i), loss.downServices(i).size(),
                loss.downComponentCount(i), loss.degradedServices(i).size(), loss.usersAffected(i),
                loss.usersAffectedLargestService(i));
    }
}
