package kr.drregistry.topology.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.Drill;
import kr.drregistry.topology.model.Facility;
import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.Replication;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.LocalizedText;

/** The sections of a filing in report order: how each is keyed, named and rendered. */
final class Sections {
    private static final String PRESENT = "present";

    static final Section<Site> SITES = new Section<>(Change.SITES, (t, same) -> byId(t.sites(), Site::id),
            (owner, id) -> LocalizedText.of("사이트 " + id, "site " + id), Sections::site);

    static final Section<Service> SERVICES = new Section<>(Change.SERVICES, (t, same) -> byId(t.services(), Service::id),
            (owner, id) -> LocalizedText.of("서비스 " + id, "service " + id), Sections::service);

    static final Section<Component> COMPONENTS = new Section<>(Change.COMPONENTS,
            (t, same) -> byId(t.components(), Component::id),
            (owner, id) -> LocalizedText.of("구성요소 " + id, "component " + id), Sections::component);

    static final Section<Placement> PLACEMENTS = new Section<>(Change.PLACEMENTS, Sections::placements,
            (component, site) -> LocalizedText.of("구성요소 " + component + "의 배치 " + site,
                    "component " + component + ": placement in " + site),
            (p, out) -> {
                out.put("role", Value.of(p.role()));
                out.put("capacityPct", Value.of(p.capacityPct()));
            });

    static final Section<Dependency> DEPENDENCIES = new Section<>(Change.DEPENDENCIES, Sections::dependencies,
            (component, target) -> LocalizedText.of("구성요소 " + component + "의 의존성 " + target,
                    "component " + component + ": dependency on " + target),
            (d, out) -> out.put("mode", Value.of(d.mode())));

    static final Section<Drill> DRILLS = new Section<>(Change.DRILLS, (t, same) -> byId(t.drills(), Drill::id),
            (owner, id) -> LocalizedText.of("훈련 " + id, "drill " + id), Sections::drill);

    static final Section<Topology> FILING = new Section<>(Change.FILING,
            (t, same) -> List.of(new Item<>(Change.FILING, null, Change.FILING, t)),
            (owner, label) -> LocalizedText.of("제출 정보", "filing"),
            (t, out) -> {
                out.put("operator", Value.of(t.operator()));
                out.put("asOf", Value.of(t.asOf()));
            });

    /** Every section, in {@link Change#SECTIONS} order. */
    static final List<Section<?>> ALL = List.of(SITES, SERVICES, COMPONENTS, PLACEMENTS, DEPENDENCIES, DRILLS, FILING);

    private Sections() {
    }

    private static <T> List<Item<T>> byId(List<T> values, Function<T, String> id) {
        List<Item<T>> out = new ArrayList<>(values.size());
        Occurrences seen = new Occurrences();
        for (T value : values) {
            String key = seen.label(id.apply(value));
            out.add(new Item<>(key, null, key, value));
        }
        return out;
    }

    /** Placements keyed {@code component@site}, but for those of the components in {@code same}. */
    private static List<Item<Placement>> placements(Topology t, Set<String> same) {
        List<Item<Placement>> out = new ArrayList<>(t.components().size() * 2);
        for (Component c : t.components()) {
            if (same.contains(c.id())) {
                continue;
            }
            Occurrences seen = new Occurrences();
            for (Placement p : c.placements()) {
                String site = seen.label(p.site());
                out.add(new Item<>(c.id() + "@" + site, c.id(), site, p));
            }
        }
        return out;
    }

    /**
     * Dependencies keyed {@code component->target} or {@code component->anyOf(a, b)}, but for those of the components in
     * {@code same}.
     */
    private static List<Item<Dependency>> dependencies(Topology t, Set<String> same) {
        List<Item<Dependency>> out = new ArrayList<>(t.components().size() * 2);
        for (Component c : t.components()) {
            if (same.contains(c.id())) {
                continue;
            }
            Occurrences seen = new Occurrences();
            for (Dependency d : c.dependsOn()) {
                String target = seen.label(target(d));
                out.add(new Item<>(c.id() + "->" + target, c.id(), target, d));
            }
        }
        return out;
    }

    /** A dependency's target set: the component id, or {@code anyOf(a, b)} with the members sorted. */
    private static String target(Dependency d) {
        if (!d.anyOf()) {
            return d.targets().get(0);
        }
        return "anyOf(" + String.join(", ", new TreeSet<>(d.targets())) + ")";
    }

    private static void site(Site s, Map<String, Value> out) {
        out.put("name", Value.of(s.name()));
        out.put("kind", Value.of(s.kind()));
        out.put("provider", Value.of(s.provider()));
        out.put("facilityRef", Value.of(s.facilityRef()));
        out.put("region", Value.of(s.region()));
        out.put("location", s.location() == null ? null : Value.of(location(s.location())));
        out.put("riskGroups", Value.ofList(s.riskGroups()));
        Facility f = s.facility();
        out.put("facility", f == null ? null : Value.of(PRESENT));
        out.put("facility.powerFeeds", f == null ? null
                : Value.ofList(f.powerFeeds(), p -> p.id() + " (" + p.substation() + ")"));
        out.put("facility.batteryRooms", f == null ? null : Value.ofList(f.batteryRooms(), Sections::batteryRoom));
        out.put("facility.generators", f == null || f.generators() == null ? null
                : Value.of(generators(f.generators())));
        out.put("facility.standbyPowerDuplicated", f == null ? null : Value.of(f.standbyPowerDuplicated()));
        out.put("facility.carriers", f == null ? null : Value.ofList(f.carriers()));
        out.put("facility.tenantFaultNotification", f == null || f.tenantFaultNotification() == null ? null
                : Value.of("channel=" + f.tenantFaultNotification().channel()
                        + " contact=" + f.tenantFaultNotification().contact()));
        out.put("facility.tenants", f == null ? null : Value.ofList(f.tenants()));
    }

    private static void service(Service s, Map<String, Value> out) {
        out.put("name", Value.of(s.name()));
        out.put("tier", Value.of(s.tier()));
        out.put("dailyUsers", Value.of(s.dailyUsers()));
        out.put("rtoMinutes", Value.of(s.rtoMinutes()));
        out.put("rpoMinutes", Value.of(s.rpoMinutes()));
        out.put("entrypoints", Value.ofList(s.entrypoints()));
    }

    private static void component(Component c, Map<String, Value> out) {
        out.put("name", Value.of(c.name()));
        out.put("kind", Value.of(c.kind()));
        out.put("controlPlane", Value.of(c.controlPlane()));
        out.put("primarySite", Value.of(c.primarySite()));
        out.put("failover.mode", Value.of(c.failover().mode()));
        out.put("failover.minutes", Value.of(c.failover().minutes()));
        out.put("failover.requires", Value.ofList(c.failover().requires()));
        out.put("replication", Value.ofList(c.replication(), Sections::replication));
        out.put("backups", Value.ofList(c.backups(), Sections::backup));
    }

    private static void drill(Drill d, Map<String, Value> out) {
        out.put("date", Value.of(d.date()));
        out.put("scenario", Value.of(d.scenario()));
        out.put("lostSites", Value.ofList(d.lostSites()));
        out.put("services", Value.ofList(d.services()));
        out.put("achievedRtoMinutes", Value.of(d.achievedRtoMinutes()));
        out.put("achievedRpoMinutes", Value.of(d.achievedRpoMinutes()));
    }

    private static String location(GeoPoint p) {
        return Value.render(p.lat()) + ", " + Value.render(p.lon());
    }

    private static String generators(Facility.Generators g) {
        return "count=" + g.count() + (g.fuelHours() == null ? "" : " fuelHours=" + Value.render(g.fuelHours()));
    }

    private static String batteryRoom(Facility.BatteryRoom r) {
        return r.id() + " chemistry=" + r.chemistry() + " mwh=" + Value.render(r.mwhPerCompartment())
                + " sharesSpace=" + r.sharesSpaceWithElectrical()
                + " bms=" + (r.bmsSamplingSeconds() == null ? "none" : r.bmsSamplingSeconds() + "s")
                + " earlyFireDetection=" + r.earlyFireDetection();
    }

    private static String replication(Replication r) {
        return r.from() + "->" + r.to() + " " + r.mode().wire()
                + (r.lagSeconds() == null ? "" : " lag=" + r.lagSeconds() + "s");
    }

    private static String backup(Backup b) {
        StringBuilder s = new StringBuilder(b.site());
        if (b.intervalMinutes() != null) {
            s.append(" interval=").append(b.intervalMinutes()).append("min");
        }
        if (b.retentionDays() != null) {
            s.append(" retention=").append(b.retentionDays()).append('d');
        }
        if (b.immutable() != null) {
            s.append(" immutable=").append(b.immutable());
        }
        return s.toString();
    }

    /** Labels repeated keys: the first as is, later ones {@code #2}, {@code #3}, …. */
    private static final class Occurrences {
        private final Map<String, Integer> counts = new HashMap<>();

        String label(String key) {
            int n = counts.merge(key, 1, Integer::sum);
            return n == 1 ? key : key + "#" + n;
        }
    }
}
