package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.LossScenario;
import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.Drill;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.Replication;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;

/**
 * What the topology diagram draws, as plain data (the portal serves it as JSON; the browser lays it out). Sites are
 * columns in the order of {@link SiteLayout}, with bands for shared risk groups; each column lists one node per
 * component placed there (a component with several placements appears in each of its sites, with its role) and a
 * node for each data copy (replication target or backup) in a site where the component does not run. Within a
 * column nodes go by layer: service entrypoints, other applications, stateful components, then the control plane.
 * Dependencies stay per component ({@link ComponentInfo#dependsOn}); the browser draws them between placements.
 * Sites are read with their groups as facility resolution gives them (FILING-FORMAT-V2.md §2, rule F5), so a group
 * inherited through {@code facilityRef} is a band like a declared one; the component risk groups (drr/v2
 * {@code components[].riskGroups}) each get a mark ({@link ComponentGroup}) that the diagram puts on the components
 * that list the group and explains in its legend.
 */
public record TopologyDiagram(String operator, String asOf, List<Column> columns, List<SiteLayout.Band> bands,
                              List<ServiceInfo> services, List<ComponentInfo> components, List<DrillInfo> drills,
                              List<ScenarioInfo> scenarios, List<ComponentGroup> componentGroups, Stats stats) {

    /** Node roles: placements ({@code active}, {@code standby}) and data copies ({@code replica}, {@code backup}). */
    public static final String ACTIVE = "active", STANDBY = "standby", REPLICA = "replica", BACKUP = "backup";

    /** Layers of a column, top to bottom. */
    public static final int LAYER_ENTRYPOINT = 0, LAYER_APP = 1, LAYER_STATEFUL = 2, LAYER_CONTROL = 3;

    /**
     * {@code riskGroups} the site's groups (declared, then inherited, rule F5); {@code facilityRef} as filed,
     * {@code inherited} the groups it brings and {@code sources} where each reference on its chain was resolved.
     */
    public record Column(String id, String name, String kind, String provider, String region, List<String> riskGroups,
                         int index, List<Node> nodes, int placements, int singleSite, int controlPlane,
                         String facilityRef, List<String> inherited, List<SiteCard.Source> sources) {
    }

    /**
     * A risk group that components list (drr/v2): one scenario that strikes them wherever they run. {@code mark} is
     * the short label the diagram puts on them ({@code G1}, {@code G2} … in scenario order); {@code sites} the sites
     * the group also loses (none for a purely logical group such as {@code software:gateway-3.1}).
     */
    public record ComponentGroup(String id, String mark, List<String> components, List<String> sites) {
    }

    /** {@code c} the component id, {@code role} one of the node roles, {@code layer} its layer. */
    public record Node(String c, String role, int layer) {
    }

    public record ServiceInfo(String id, String name, int tier, long dailyUsers, Integer rtoMinutes,
                              List<String> entrypoints) {
        /** The name, or the id when there is none. */
        public String label() {
            return name == null || name.isBlank() ? id : name;
        }
    }

    /**
     * {@code sites} the placement sites (document order, distinct); {@code singleSite} true when that is one site;
     * {@code failoverRequires} the components a manual failover needs.
     */
    public record ComponentInfo(String id, String name, String kind, boolean controlPlane, boolean stateful,
                                boolean singleSite, int layer, List<String> sites, String failover,
                                Integer failoverMinutes, List<String> failoverRequires, List<Dep> dependsOn,
                                List<String> riskGroups) {
    }

    /** One dependency entry: {@code anyOf} with several targets, {@code hard} or soft. */
    public record Dep(List<String> targets, boolean anyOf, boolean hard) {
    }

    public record DrillInfo(String id, String date, String scenario, List<String> lostSites, List<String> services,
                            Integer achievedRtoMinutes) {
    }

    /**
     * A loss scenario, for the diagram's "simulate the loss of" choice: {@code kind} as {@link ScenarioColumn#kind},
     * {@code struck} the components it strikes.
     */
    public record ScenarioInfo(String id, String kind, List<String> sites, List<String> struck) {
    }

    public record Stats(int sites, int components, int placements, int copies, int singleSite, int controlPlane,
                        int dependencies) {
    }

    public static TopologyDiagram of(Topology t, LossAnalysis loss, ResolvedFacilities facilities) {
        Map<String, SiteCard> cards = new HashMap<>();
        for (SiteCard card : SiteCard.of(t, facilities)) {
            cards.put(card.id(), card);
        }
        Map<String, List<String>> groups = new HashMap<>();
        for (var r : facilities.sites()) {
            groups.put(r.siteId(), r.groups());
        }
        SiteLayout layout = SiteLayout.of(t, facilities);
        Map<String, Site> sites = t.sitesById();
        Set<String> entrypoints = new HashSet<>();
        t.services().forEach(s -> entrypoints.addAll(s.entrypoints()));

        Map<String, List<Node>> nodesBySite = new HashMap<>();
        for (String id : layout.order()) {
            nodesBySite.put(id, new ArrayList<>());
        }
        List<ComponentInfo> components = new ArrayList<>(t.components().size());
        int placements = 0, copies = 0, singleSite = 0, control = 0, dependencies = 0;
        for (Component c : t.components()) {
            int layer = layer(c, entrypoints);
            List<String> placedIn = c.placementSites();
            Map<String, String> roleBySite = new LinkedHashMap<>();
            for (Placement p : c.placements()) {
                // a site with an active and a standby placement counts as active
                roleBySite.merge(p.site(), p.role().wire(), (a, b) -> ACTIVE.equals(a) || ACTIVE.equals(b) ? ACTIVE : a);
            }
            for (Replication r : c.replication()) {
                roleBySite.putIfAbsent(r.to(), REPLICA);
            }
            for (Backup b : c.backups()) {
                roleBySite.putIfAbsent(b.site(), BACKUP);
            }
            for (Map.Entry<String, String> e : roleBySite.entrySet()) {
                List<Node> column = nodesBySite.get(e.getKey());
                if (column != null) {
                    column.add(new Node(c.id(), e.getValue(), layer));
                    if (ACTIVE.equals(e.getValue()) || STANDBY.equals(e.getValue())) {
                        placements++;
                    } else {
                        copies++;
                    }
                }
            }
            boolean single = placedIn.size() == 1;
            singleSite += single ? 1 : 0;
            control += c.isControlPlane() ? 1 : 0;
            List<Dep> deps = new ArrayList<>(c.dependsOn().size());
            for (Dependency d : c.dependsOn()) {
                deps.add(new Dep(d.targets(), d.anyOf(), d.hard()));
                dependencies += d.targets().size();
            }
            components.add(new ComponentInfo(c.id(), c.name(), c.kind().wire(), c.isControlPlane(), c.isStateful(),
                    single, layer, placedIn, c.failover().mode().wire(), c.failover().minutes(),
                    c.failover().requires(), deps, c.riskGroups()));
        }

        Map<String, ComponentInfo> infoById = new HashMap<>();
        components.forEach(c -> infoById.put(c.id(), c));
        List<Column> columns = new ArrayList<>(layout.order().size());
        for (int i = 0; i < layout.order().size(); i++) {
            Site s = sites.get(layout.order().get(i));
            List<Node> nodes = nodesBySite.get(s.id());
            nodes.sort(java.util.Comparator.comparingInt(Node::layer)); // stable: document order within a layer
            int placed = 0, single = 0, cp = 0;
            for (Node n : nodes) {
                if (ACTIVE.equals(n.role()) || STANDBY.equals(n.role())) {
                    placed++;
                    ComponentInfo c = infoById.get(n.c());
                    single += c.singleSite() ? 1 : 0;
                    cp += c.controlPlane() ? 1 : 0;
                }
            }
            SiteCard card = cards.get(s.id());
            columns.add(new Column(s.id(), s.name(), s.kind().wire(), s.provider(), s.region(),
                    groups.getOrDefault(s.id(), s.riskGroups()), i, List.copyOf(nodes), placed, single, cp,
                    s.facilityRef(), card.inherited(), card.sources()));
        }

        List<ServiceInfo> services = t.services().stream().map(TopologyDiagram::service).toList();
        List<DrillInfo> drills = new ArrayList<>();
        for (Drill d : t.drills()) {
            drills.add(new DrillInfo(d.id(), d.date() == null ? null : d.date().toString(),
                    d.scenario() == null ? null : d.scenario().wire(), d.lostSites(), d.services(), d.achievedRtoMinutes()));
        }
        List<ScenarioInfo> scenarios = new ArrayList<>();
        for (ScenarioColumn s : ScenarioColumn.all(t, loss)) {
            scenarios.add(new ScenarioInfo(s.id(), s.kind(), s.sites().stream().map(ScenarioColumn.SiteRef::id).toList(),
                    s.struck()));
        }
        return new TopologyDiagram(t.operator(), t.asOf() == null ? null : t.asOf().toString(), columns, layout.bands(),
                services, components, drills, scenarios, componentGroups(loss),
                new Stats(t.sites().size(), t.components().size(), placements, copies, singleSite, control, dependencies));
    }

    /** The groups that strike components, in scenario order, each with its mark. */
    public static List<ComponentGroup> componentGroups(LossAnalysis loss) {
        List<ComponentGroup> out = new ArrayList<>();
        for (LossScenario s : loss.scenarios()) {
            if (!s.struckComponents().isEmpty()) {
                out.add(new ComponentGroup(s.id(), "G" + (out.size() + 1), s.struckComponents(), s.sites()));
            }
        }
        return out;
    }

    static ServiceInfo service(Service s) {
        return new ServiceInfo(s.id(), s.name(), s.tier(), s.dailyUsers(), s.rtoMinutes(), s.entrypoints());
    }

    static int layer(Component c, Set<String> entrypoints) {
        if (entrypoints.contains(c.id())) {
            return LAYER_ENTRYPOINT;
        }
        if (c.isControlPlane()) {
            return LAYER_CONTROL;
        }
        return c.kind().stateful() ? LAYER_STATEFUL : LAYER_APP;
    }

    /** The column of a site, or null. */
    public Column column(String siteId) {
        for (Column c : columns) {
            if (c.id().equals(siteId)) {
                return c;
            }
        }
        return null;
    }
}
