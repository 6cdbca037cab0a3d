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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A topology as ordered maps and lists of plain values (String, Integer, Long, Double, Boolean), the one
 * source of the canonical JSON and of the YAML download. Rules (see {@link CanonicalJson}): fields in
 * contract order ({@link Shape}); absent optional values and empty optional lists omitted; required lists
 * always written, even when empty; {@code failover} written only when it differs from {@link Failover#NONE};
 * a dependency's {@code mode} always written; enums by their drr/v1 spelling; dates as yyyy-MM-dd. The drr/v2
 * fields follow the same rules after the drr/v1 fields of their object; they are absent from every drr/v1
 * document, so a drr/v1 document keeps the canonical form (and content hash) it always had.
 * Expects a topology as {@link DrrParser} builds it (required values present).
 *
 * <p>The walk writes into a {@link Sink}: {@link #of} collects the maps (the YAML download), {@link CanonicalJson}
 * streams the same walk straight into its JSON generator (a 100,000-component filing is millions of maps otherwise).
 */
final class CanonicalTree {
    /** Where the walk goes: objects with named members, lists, and plain values (String, Integer, Long, Double, Boolean). */
    interface Sink {
        void startObject();

        void endObject();

        void name(String name);

        void startList();

        void endList();

        void value(Object value);
    }

    private final Sink out;

    private CanonicalTree(Sink out) {
        this.out = out;
    }

    /** The topology as ordered maps and lists. */
    static Map<String, Object> of(Topology t) {
        Maps maps = new Maps();
        write(t, maps);
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) maps.root;
        return root;
    }

    /** Writes the topology into {@code out}. */
    static void write(Topology t, Sink out) {
        new CanonicalTree(out).topology(t);
    }

    private void topology(Topology t) {
        out.startObject();
        put("format", t.format());
        put("operator", t.operator());
        put("asOf", t.asOf().toString());
        list("sites", t.sites(), this::site);
        list("services", t.services(), this::service);
        list("components", t.components(), this::component);
        optionalList("drills", t.drills(), this::drill);
        out.endObject();
    }

    private void site(Site s) {
        out.startObject();
        put("id", s.id());
        optional("name", s.name());
        optional("kind", s.kind() == null ? null : s.kind().wire());
        optional("provider", s.provider());
        optional("facilityRef", s.facilityRef());
        optional("region", s.region());
        if (s.location() != null) {
            out.name("location");
            out.startObject();
            put("lat", s.location().lat());
            put("lon", s.location().lon());
            out.endObject();
        }
        optionalValues("riskGroups", s.riskGroups());
        if (s.facility() != null) {
            out.name("facility");
            facility(s.facility());
        }
        out.endObject();
    }

    private void facility(Facility f) {
        out.startObject();
        optionalList("powerFeeds", f.powerFeeds(), p -> {
            out.startObject();
            put("id", p.id());
            put("substation", p.substation());
            out.endObject();
        });
        optionalList("batteryRooms", f.batteryRooms(), r -> {
            out.startObject();
            put("id", r.id());
            put("chemistry", r.chemistry());
            put("mwhPerCompartment", r.mwhPerCompartment());
            put("sharesSpaceWithElectrical", r.sharesSpaceWithElectrical());
            optional("bmsSamplingSeconds", r.bmsSamplingSeconds());
            put("earlyFireDetection", r.earlyFireDetection());
            optional("sharesSpaceWithServers", r.sharesSpaceWithServers());
            optional("powerCablesInRoom", r.powerCablesInRoom());
            out.endObject();
        });
        if (f.generators() != null) {
            out.name("generators");
            out.startObject();
            put("count", f.generators().count());
            optional("fuelHours", f.generators().fuelHours());
            out.endObject();
        }
        optional("standbyPowerDuplicated", f.standbyPowerDuplicated());
        optionalValues("carriers", f.carriers());
        if (f.tenantFaultNotification() != null) {
            out.name("tenantFaultNotification");
            out.startObject();
            put("channel", f.tenantFaultNotification().channel());
            put("contact", f.tenantFaultNotification().contact());
            out.endObject();
        }
        optionalValues("tenants", f.tenants());
        optional("fireResponsePowerCut", f.fireResponsePowerCut() == null ? null : f.fireResponsePowerCut().wire());
        out.endObject();
    }

    private void service(Service s) {
        out.startObject();
        put("id", s.id());
        optional("name", s.name());
        put("tier", s.tier());
        put("dailyUsers", s.dailyUsers());
        optional("rtoMinutes", s.rtoMinutes());
        optional("rpoMinutes", s.rpoMinutes());
        values("entrypoints", s.entrypoints());
        out.endObject();
    }

    private void component(Component c) {
        out.startObject();
        put("id", c.id());
        optional("name", c.name());
        put("kind", c.kind().wire());
        optional("controlPlane", c.controlPlane());
        list("placements", c.placements(), this::placement);
        if (!Failover.NONE.equals(c.failover())) {
            out.name("failover");
            out.startObject();
            put("mode", c.failover().mode().wire());
            optional("minutes", c.failover().minutes());
            optionalValues("requires", c.failover().requires());
            optional("decidedBy", c.failover().decidedBy() == null ? null : c.failover().decidedBy().wire());
            optional("dataLoss", c.failover().dataLoss() == null ? null : c.failover().dataLoss().wire());
            out.endObject();
        }
        optionalList("dependsOn", c.dependsOn(), this::dependency);
        optionalList("replication", c.replication(), this::replication);
        optionalList("backups", c.backups(), this::backup);
        optionalValues("riskGroups", c.riskGroups());
        optional("state", c.state() == null ? null : c.state().wire());
        if (c.restore() != null) {
            out.name("restore");
            out.startObject();
            put("site", c.restore().site());
            put("minutes", c.restore().minutes());
            optionalValues("requires", c.restore().requires());
            optional("capacityPct", c.restore().capacityPct());
            out.endObject();
        }
        if (c.recovery() != null) {
            out.name("recovery");
            out.startObject();
            put("minutes", c.recovery().minutes());
            optionalValues("requires", c.recovery().requires());
            out.endObject();
        }
        out.endObject();
    }

    private void placement(Placement p) {
        out.startObject();
        put("site", p.site());
        put("role", p.role().wire());
        optional("capacityPct", p.capacityPct());
        out.endObject();
    }

    private void dependency(Dependency d) {
        out.startObject();
        if (d.anyOf()) {
            values("anyOf", d.targets());
        } else {
            put("component", d.targets().get(0));
        }
        put("mode", d.mode().wire());
        out.endObject();
    }

    private void replication(Replication r) {
        out.startObject();
        put("from", r.from());
        put("to", r.to());
        put("mode", r.mode().wire());
        optional("lagSeconds", r.lagSeconds());
        out.endObject();
    }

    private void backup(Backup b) {
        out.startObject();
        put("site", b.site());
        optional("intervalMinutes", b.intervalMinutes());
        optional("retentionDays", b.retentionDays());
        optional("immutable", b.immutable());
        out.endObject();
    }

    private void drill(Drill d) {
        out.startObject();
        put("id", d.id());
        put("date", d.date().toString());
        put("scenario", d.scenario().wire());
        optionalValues("lostSites", d.lostSites());
        optionalValues("services", d.services());
        optional("achievedRtoMinutes", d.achievedRtoMinutes());
        optional("achievedRpoMinutes", d.achievedRpoMinutes());
        out.endObject();
    }

    private void put(String key, Object value) {
        out.name(key);
        out.value(value);
    }

    private void optional(String key, Object value) {
        if (value != null) {
            put(key, value);
        }
    }

    /** A required list of objects, each written by {@code item}. */
    private <T> void list(String key, List<T> items, java.util.function.Consumer<T> item) {
        out.name(key);
        out.startList();
        for (T t : items) {
            item.accept(t);
        }
        out.endList();
    }

    private <T> void optionalList(String key, List<T> items, java.util.function.Consumer<T> item) {
        if (!items.isEmpty()) {
            list(key, items, item);
        }
    }

    /** A required list of plain values. */
    private void values(String key, List<?> values) {
        out.name(key);
        out.startList();
        for (Object v : values) {
            out.value(v);
        }
        out.endList();
    }

    private void optionalValues(String key, List<?> values) {
        if (!values.isEmpty()) {
            values(key, values);
        }
    }

    /** Collects the walk as LinkedHashMaps and ArrayLists. */
    private static final class Maps implements Sink {
        private final Deque<Object> open = new ArrayDeque<>();
        private String name;
        private Object root;

        @Override
        public void startObject() {
            push(new LinkedHashMap<String, Object>());
        }

        @Override
        public void endObject() {
            pop();
        }

        @Override
        public void name(String name) {
            this.name = name;
        }

        @Override
        public void startList() {
            push(new ArrayList<>());
        }

        @Override
        public void endList() {
            pop();
        }

        @Override
        public void value(Object value) {
            add(value);
        }

        private void push(Object container) {
            add(container);
            open.push(container);
        }

        private void pop() {
            open.pop();
        }

        @SuppressWarnings("unchecked")
        private void add(Object value) {
            Object parent = open.peek();
            if (parent == null) {
                root = value;
            } else if (parent instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put(name, value);
                name = null;
            } else {
                ((List<Object>) parent).add(value);
            }
        }
    }
}
