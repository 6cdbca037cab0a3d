package kr.drregistry.topology.parse;

import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.Drill;
import kr.drregistry.topology.model.Facility;
import kr.drregistry.topology.model.Failover;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.Replication;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A topology as ordered maps and lists of plain values (String, Integer, Long, Double, Boolean), the one
 * source of the canonical JSON and of the YAML download. Rules (see {@link CanonicalJson}): fields in
 * contract order ({@link Shape}); absent optional values and empty optional lists omitted; required lists
 * always written, even when empty; {@code failover} written only when it differs from {@link Failover#NONE};
 * a dependency's {@code mode} always written; enums by their drr/v1 spelling; dates as yyyy-MM-dd. The drr/v2
 * fields follow the same rules after the drr/v1 fields of their object; they are absent from every drr/v1
 * document, so a drr/v1 document keeps the canonical form (and content hash) it always had.
 * Expects a topology as {@link DrrParser} builds it (required values present).
 */
final class CanonicalTree {
    private CanonicalTree() {
    }

    static Map<String, Object> of(Topology t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", t.format());
        m.put("operator", t.operator());
        m.put("asOf", t.asOf().toString());
        m.put("sites", map(t.sites(), CanonicalTree::site));
        m.put("services", map(t.services(), CanonicalTree::service));
        m.put("components", map(t.components(), CanonicalTree::component));
        optionalList(m, "drills", map(t.drills(), CanonicalTree::drill));
        return m;
    }

    private static Map<String, Object> site(Site s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        optional(m, "name", s.name());
        optional(m, "kind", s.kind() == null ? null : s.kind().wire());
        optional(m, "provider", s.provider());
        optional(m, "facilityRef", s.facilityRef());
        optional(m, "region", s.region());
        if (s.location() != null) {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("lat", s.location().lat());
            location.put("lon", s.location().lon());
            m.put("location", location);
        }
        optionalList(m, "riskGroups", s.riskGroups());
        if (s.facility() != null) {
            m.put("facility", facility(s.facility()));
        }
        return m;
    }

    private static Map<String, Object> facility(Facility f) {
        Map<String, Object> m = new LinkedHashMap<>();
        optionalList(m, "powerFeeds", map(f.powerFeeds(), p -> {
            Map<String, Object> feed = new LinkedHashMap<>();
            feed.put("id", p.id());
            feed.put("substation", p.substation());
            return feed;
        }));
        optionalList(m, "batteryRooms", map(f.batteryRooms(), r -> {
            Map<String, Object> room = new LinkedHashMap<>();
            room.put("id", r.id());
            room.put("chemistry", r.chemistry());
            room.put("mwhPerCompartment", r.mwhPerCompartment());
            room.put("sharesSpaceWithElectrical", r.sharesSpaceWithElectrical());
            optional(room, "bmsSamplingSeconds", r.bmsSamplingSeconds());
            room.put("earlyFireDetection", r.earlyFireDetection());
            optional(room, "sharesSpaceWithServers", r.sharesSpaceWithServers());
            optional(room, "powerCablesInRoom", r.powerCablesInRoom());
            return room;
        }));
        if (f.generators() != null) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("count", f.generators().count());
            optional(g, "fuelHours", f.generators().fuelHours());
            m.put("generators", g);
        }
        optional(m, "standbyPowerDuplicated", f.standbyPowerDuplicated());
        optionalList(m, "carriers", f.carriers());
        if (f.tenantFaultNotification() != null) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("channel", f.tenantFaultNotification().channel());
            n.put("contact", f.tenantFaultNotification().contact());
            m.put("tenantFaultNotification", n);
        }
        optionalList(m, "tenants", f.tenants());
        optional(m, "fireResponsePowerCut", f.fireResponsePowerCut() == null ? null : f.fireResponsePowerCut().wire());
        return m;
    }

    private static Map<String, Object> service(Service s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        optional(m, "name", s.name());
        m.put("tier", s.tier());
        m.put("dailyUsers", s.dailyUsers());
        optional(m, "rtoMinutes", s.rtoMinutes());
        optional(m, "rpoMinutes", s.rpoMinutes());
        m.put("entrypoints", s.entrypoints());
        return m;
    }

    private static Map<String, Object> component(Component c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        optional(m, "name", c.name());
        m.put("kind", c.kind().wire());
        optional(m, "controlPlane", c.controlPlane());
        m.put("placements", map(c.placements(), CanonicalTree::placement));
        if (!Failover.NONE.equals(c.failover())) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("mode", c.failover().mode().wire());
            optional(f, "minutes", c.failover().minutes());
            optionalList(f, "requires", c.failover().requires());
            optional(f, "decidedBy", c.failover().decidedBy() == null ? null : c.failover().decidedBy().wire());
            optional(f, "dataLoss", c.failover().dataLoss() == null ? null : c.failover().dataLoss().wire());
            m.put("failover", f);
        }
        optionalList(m, "dependsOn", map(c.dependsOn(), CanonicalTree::dependency));
        optionalList(m, "replication", map(c.replication(), CanonicalTree::replication));
        optionalList(m, "backups", map(c.backups(), CanonicalTree::backup));
        optionalList(m, "riskGroups", c.riskGroups());
        optional(m, "state", c.state() == null ? null : c.state().wire());
        if (c.restore() != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("site", c.restore().site());
            r.put("minutes", c.restore().minutes());
            optionalList(r, "requires", c.restore().requires());
            optional(r, "capacityPct", c.restore().capacityPct());
            m.put("restore", r);
        }
        if (c.recovery() != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("minutes", c.recovery().minutes());
            optionalList(r, "requires", c.recovery().requires());
            m.put("recovery", r);
        }
        return m;
    }

    private static Map<String, Object> placement(Placement p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", p.site());
        m.put("role", p.role().wire());
        optional(m, "capacityPct", p.capacityPct());
        return m;
    }

    private static Map<String, Object> dependency(Dependency d) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (d.anyOf()) {
            m.put("anyOf", d.targets());
        } else {
            m.put("component", d.targets().get(0));
        }
        m.put("mode", d.mode().wire());
        return m;
    }

    private static Map<String, Object> replication(Replication r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", r.from());
        m.put("to", r.to());
        m.put("mode", r.mode().wire());
        optional(m, "lagSeconds", r.lagSeconds());
        return m;
    }

    private static Map<String, Object> backup(Backup b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", b.site());
        optional(m, "intervalMinutes", b.intervalMinutes());
        optional(m, "retentionDays", b.retentionDays());
        optional(m, "immutable", b.immutable());
        return m;
    }

    private static Map<String, Object> drill(Drill d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("date", d.date().toString());
        m.put("scenario", d.scenario().wire());
        optionalList(m, "lostSites", d.lostSites());
        optionalList(m, "services", d.services());
        optional(m, "achievedRtoMinutes", d.achievedRtoMinutes());
        optional(m, "achievedRpoMinutes", d.achievedRpoMinutes());
        return m;
    }

    private static <T> List<Object> map(List<T> items, Function<T, Object> f) {
        List<Object> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(f.apply(item));
        }
        return out;
    }

    private static void optional(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void optionalList(Map<String, Object> m, String key, List<?> value) {
        if (!value.isEmpty()) {
            m.put(key, value);
        }
    }
}
