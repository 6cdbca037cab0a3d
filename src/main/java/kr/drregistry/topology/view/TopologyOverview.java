package kr.drregistry.topology.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;

/**
 * The diagram of a big topology, which no one can read as boxes (issue 18: 2,461 boxes at 1,000 components, 100,000
 * would not draw at all): per site, how many components of each kind are placed there, with how many of them run in
 * that one site only (⚠) and how many belong to the control plane (⚙, {@link Component#isControlPlane()}). One site
 * or one service's dependency closure is then opened on demand ({@link #site}, {@link #closure}) as boxes — never the
 * whole topology. A component counts once per site it is placed in (active or standby); data copies (replication
 * targets, backups) are not placements and are not counted.
 *
 * @param components the topology's components
 * @param kinds      the kinds placed anywhere, in the order of {@link ComponentKind}
 * @param sites      the sites in the diagram's order ({@link SiteLayout})
 * @param singleSite components placed in one site only
 * @param controlPlane components of the control plane
 * @param services   the services (tier 1 first, then by daily users), to open one
 */
public record TopologyOverview(int components, List<KindColumn> kinds, List<SiteRow> sites, int singleSite,
                               int controlPlane, List<TopologyDiagram.ServiceInfo> services) {

    /**
     * Above this many components the pictures page opens the overview instead of the diagram of every box. A display
     * setting of the page (what a browser draws without stalling), not a regulatory number.
     */
    public static final int ABOVE = 300;

    /** At most this many boxes are listed when one site or one closure is opened; the rest are counted. */
    public static final int MAX_BOXES = 5_000;

    public TopologyOverview {
        kinds = List.copyOf(kinds);
        sites = List.copyOf(sites);
        services = List.copyOf(services);
    }

    /** A kind of component: {@code kind} its wire name, {@code controlPlane} whether the kind is one. */
    public record KindColumn(String kind, boolean controlPlane, int placed) {
    }

    /** The components of one kind placed in one site, and how many of them run in that site only. */
    public record Cell(int placed, int singleSite) {
    }

    /** One site: its cells in the order of {@link #kinds}, and its totals. */
    public record SiteRow(String id, String name, String kind, List<Cell> cells, int placed, int singleSite,
                          int controlPlane) {
        public SiteRow {
            cells = List.copyOf(cells);
        }

        /** The name, or the id when there is none. */
        public String label() {
            return name == null || name.isBlank() ? id : name;
        }
    }

    /** Whether the pictures of {@code t} open as this overview. */
    public static boolean wanted(Topology t) {
        return t.components().size() > ABOVE;
    }

    /** The overview of {@code t} with the sites in {@code siteOrder} (ids; sites it does not name follow). */
    public static TopologyOverview of(Topology t, List<String> siteOrder) {
        List<ComponentKind> kindOrder = new ArrayList<>();
        Map<ComponentKind, Integer> kindIndex = new EnumMap<>(ComponentKind.class);
        for (Component c : t.components()) {
            kindIndex.putIfAbsent(c.kind(), 0);
        }
        for (ComponentKind k : ComponentKind.values()) {
            if (kindIndex.containsKey(k)) {
                kindIndex.put(k, kindOrder.size());
                kindOrder.add(k);
            }
        }
        List<Site> sites = ordered(t, siteOrder);
        Map<String, Integer> siteIndex = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            siteIndex.put(sites.get(i).id(), i);
        }
        int[][] placed = new int[sites.size()][kindOrder.size()];
        int[][] single = new int[sites.size()][kindOrder.size()];
        int[] control = new int[sites.size()];
        int[] kindTotals = new int[kindOrder.size()];
        int singleSite = 0, controlPlane = 0;
        for (Component c : t.components()) {
            List<String> in = c.placementSites();
            int k = kindIndex.get(c.kind());
            boolean one = in.size() == 1;
            singleSite += one ? 1 : 0;
            controlPlane += c.isControlPlane() ? 1 : 0;
            for (String site : in) {
                Integer s = siteIndex.get(site);
                if (s == null) {
                    continue; // a placement in an undeclared site: the validator reports it, the picture skips it
                }
                placed[s][k]++;
                single[s][k] += one ? 1 : 0;
                control[s] += c.isControlPlane() ? 1 : 0;
                kindTotals[k]++;
            }
        }
        List<KindColumn> kinds = new ArrayList<>(kindOrder.size());
        for (int k = 0; k < kindOrder.size(); k++) {
            kinds.add(new KindColumn(kindOrder.get(k).wire(), kindOrder.get(k).controlPlane(), kindTotals[k]));
        }
        List<SiteRow> rows = new ArrayList<>(sites.size());
        for (int s = 0; s < sites.size(); s++) {
            List<Cell> cells = new ArrayList<>(kindOrder.size());
            int total = 0, singles = 0;
            for (int k = 0; k < kindOrder.size(); k++) {
                cells.add(new Cell(placed[s][k], single[s][k]));
                total += placed[s][k];
                singles += single[s][k];
            }
            Site site = sites.get(s);
            rows.add(new SiteRow(site.id(), site.name(), site.kind() == null ? null : site.kind().wire(), cells, total,
                    singles, control[s]));
        }
        return new TopologyOverview(t.components().size(), kinds, rows, singleSite, controlPlane,
                LossMatrix.byTier(t).stream().map(TopologyDiagram::service).toList());
    }

    private static List<Site> ordered(Topology t, List<String> siteOrder) {
        Map<String, Site> byId = new LinkedHashMap<>();
        for (Site s : t.sites()) {
            byId.putIfAbsent(s.id(), s);
        }
        List<Site> out = new ArrayList<>(byId.size());
        for (String id : siteOrder) {
            Site s = byId.remove(id);
            if (s != null) {
                out.add(s);
            }
        }
        out.addAll(byId.values());
        return out;
    }

    /**
     * A component drawn as a box: {@code role} its placement role in the box's site ({@code active} when it has an
     * active and a standby placement there).
     */
    public record Box(String id, String name, String kind, String role, boolean singleSite, boolean controlPlane,
                      boolean stateful) {
    }

    /** The boxes of one site, or of one kind within a site. {@code heading} is a site's label or a kind. */
    public record Group(String id, String heading, List<Box> boxes) {
        public Group {
            boxes = List.copyOf(boxes);
        }
    }

    /**
     * What was opened: {@code subject} {@code site} or {@code service}, its id and label, the boxes in groups (a site:
     * by kind; a service: by site), {@code boxes} how many are listed and {@code more} how many more there are
     * beyond {@link #MAX_BOXES}; {@code components} the distinct components among them.
     */
    public record Opened(String subject, String id, String label, List<Group> groups, int boxes, int more,
                         int components) {
        public Opened {
            groups = List.copyOf(groups);
        }

        public boolean site() {
            return "site".equals(subject);
        }
    }

    /** Opens one site: every component placed there, grouped by kind; null when the topology has no such site. */
    public static Opened site(Topology t, String siteId) {
        Site site = t.sitesById().get(siteId);
        if (site == null) {
            return null;
        }
        Map<ComponentKind, List<Box>> byKind = new EnumMap<>(ComponentKind.class);
        for (Component c : t.components()) {
            String role = roleIn(c, siteId);
            if (role != null) {
                byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(box(c, role));
            }
        }
        List<Group> groups = new ArrayList<>();
        int[] counts = new int[2];
        for (Map.Entry<ComponentKind, List<Box>> e : byKind.entrySet()) {
            add(groups, e.getKey().wire(), e.getKey().wire(), e.getValue(), counts);
        }
        int total = counts[0] + counts[1];
        return new Opened("site", site.id(), site.name() == null || site.name().isBlank() ? site.id() : site.name(),
                groups, counts[0], counts[1], total);
    }

    /**
     * Opens one service's dependency closure: its entrypoints and everything they need (dependency targets of every
     * mode, and what a failover requires), each component in every site it is placed in, grouped by site in
     * {@code siteOrder}; null when the topology has no such service.
     */
    public static Opened closure(Topology t, String serviceId, List<String> siteOrder) {
        Service service = t.servicesById().get(serviceId);
        if (service == null) {
            return null;
        }
        Map<String, Component> byId = t.componentsById();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(service.entrypoints());
        while (!queue.isEmpty()) {
            String id = queue.pop();
            Component c = byId.get(id);
            if (c == null || !seen.add(id)) {
                continue;
            }
            for (Dependency d : c.dependsOn()) {
                queue.addAll(d.targets());
            }
            queue.addAll(c.failover().requires());
        }
        Map<String, List<Box>> bySite = new HashMap<>();
        for (Component c : t.components()) {
            if (!seen.contains(c.id())) {
                continue;
            }
            for (String site : c.placementSites()) {
                bySite.computeIfAbsent(site, k -> new ArrayList<>()).add(box(c, roleIn(c, site)));
            }
        }
        List<Group> groups = new ArrayList<>();
        int[] counts = new int[2];
        Set<String> done = new HashSet<>();
        for (Site s : ordered(t, siteOrder)) {
            List<Box> boxes = bySite.get(s.id());
            if (boxes != null && done.add(s.id())) {
                add(groups, s.id(), s.name() == null || s.name().isBlank() ? s.id() : s.name(), boxes, counts);
            }
        }
        String name = service.name() == null || service.name().isBlank() ? service.id() : service.name();
        return new Opened("service", service.id(), name, groups, counts[0], counts[1], seen.size());
    }

    /** Adds a group, listing boxes while fewer than {@link #MAX_BOXES} are listed; counts listed and left out. */
    private static void add(List<Group> groups, String id, String heading, List<Box> boxes, int[] counts) {
        int room = Math.max(0, MAX_BOXES - counts[0]);
        List<Box> listed = boxes.size() <= room ? boxes : boxes.subList(0, room);
        counts[0] += listed.size();
        counts[1] += boxes.size() - listed.size();
        if (!listed.isEmpty()) {
            groups.add(new Group(id, heading, listed));
        }
    }

    private static Box box(Component c, String role) {
        return new Box(c.id(), c.name(), c.kind().wire(), role, c.placementSites().size() == 1, c.isControlPlane(),
                c.isStateful());
    }

    /** The component's role in the site: active wins over standby; null when it is not placed there. */
    private static String roleIn(Component c, String siteId) {
        String role = null;
        for (Placement p : c.placements()) {
            if (p.site().equals(siteId)) {
                if (p.role() == PlacementRole.ACTIVE) {
                    return p.role().wire();
                }
                role = p.role().wire();
            }
        }
        return role;
    }
}
