package kr.drregistry.topology.loss;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FiledSite;
import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.ComponentState;
import kr.drregistry.topology.model.DataLoss;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.DependencyMode;
import kr.drregistry.topology.model.Failover;
import kr.drregistry.topology.model.FailoverDecider;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Recovery;
import kr.drregistry.topology.model.Replication;
import kr.drregistry.topology.model.ReplicationMode;
import kr.drregistry.topology.model.Restore;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;

/**
 * Random drr/v2 topologies as the parser would accept them, small enough for the naive oracle: 1 to 5 sites with
 * shared groups, {@code site:} strings and facility references (to the document's own sites, to foreign sites whose
 * chains loop or lead back, and unresolved ones); 1 to 14 components with cycles, {@code anyOf}, soft dependencies,
 * failovers of every mode with requirements, provider decisions and forbidden data loss, restores with and without
 * requirements and backups, recoveries, component risk groups (also equal to site groups and {@code site:<id>}),
 * replication chains sync and async with and without lag, backups with and without interval, capacities absent,
 * partial and summing above 100, durable and ephemeral state; 0 to 4 services.
 */
final class RandomV2 {
    static final String OPERATOR = "op";

    /** A topology and the foreign sites its facility references may resolve to ({@code org/site}). */
    record Case(Topology topology, Map<String, Site> foreign) {
        FacilityLookup lookup() {
            Map<String, FiledSite> filed = new LinkedHashMap<>();
            foreign.forEach((ref, site) -> filed.put(ref, new FiledSite(site, "v-" + ref)));
            return FacilityLookup.of(filed);
        }
    }

    private RandomV2() {
    }

    /**
     * As {@link #generate}, plus 64 to 150 component groups {@code bulk:<i>}, each striking one to three components:
     * more than 64 scenarios, so that whole words of columns lose no site (the engine's sparse words).
     */
    static Case generateWithManyComponentGroups(Random rnd) {
        Case base = generate(rnd);
        Topology t = base.topology();
        int groups = 64 + rnd.nextInt(87);
        List<List<String>> extra = new ArrayList<>();
        for (int c = 0; c < t.components().size(); c++) {
            extra.add(new ArrayList<>(t.components().get(c).riskGroups()));
        }
        for (int g = 0; g < groups; g++) {
            int count = 1 + rnd.nextInt(3);
            for (int k = 0; k < count; k++) {
                List<String> list = extra.get(rnd.nextInt(extra.size()));
                if (!list.contains("bulk:" + g)) {
                    list.add("bulk:" + g);
                }
            }
        }
        List<Component> components = new ArrayList<>();
        for (int c = 0; c < t.components().size(); c++) {
            Component x = t.components().get(c);
            components.add(new Component(x.id(), x.name(), x.kind(), x.controlPlane(), x.placements(), x.failover(),
                    x.dependsOn(), x.replication(), x.backups(), extra.get(c), x.state(), x.restore(), x.recovery()));
        }
        return new Case(new Topology(t.format(), t.operator(), t.asOf(), t.sites(), t.services(), components,
                t.drills()), base.foreign());
    }

    static Case generate(Random rnd) {
        int siteCount = 1 + rnd.nextInt(5);
        Map<String, Site> foreign = new LinkedHashMap<>();
        for (int h = 0; h < 3; h++) {
            List<String> groups = new ArrayList<>();
            if (rnd.nextBoolean()) {
                groups.add("hall-group-" + rnd.nextInt(2));
            }
            if (rnd.nextInt(3) == 0) {
                groups.add("site:h" + h);
            }
            if (rnd.nextInt(4) == 0) {
                groups.add("g" + rnd.nextInt(4));
            }
            String ref = switch (rnd.nextInt(5)) {
                case 0 -> "idc/h" + rnd.nextInt(3);
                case 1 -> OPERATOR + "/s" + rnd.nextInt(siteCount);
                case 2 -> "nobody/x";
                default -> null;
            };
            GeoPoint location = rnd.nextBoolean() ? new GeoPoint(37 + h, 127) : null;
            foreign.put("idc/h" + h, new Site("h" + h, null, SiteKind.COLOCATION, null, ref, null, location, groups,
                    null));
        }
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            List<String> groups = new ArrayList<>();
            for (int g = 0; g < 4; g++) {
                if (rnd.nextInt(3) == 0) {
                    groups.add("g" + g);
                }
            }
            if (rnd.nextInt(6) == 0) {
                groups.add("site:s" + rnd.nextInt(siteCount));
            }
            if (rnd.nextInt(10) == 0) {
                groups.add("site:nowhere");
            }
            String ref = switch (rnd.nextInt(6)) {
                case 0 -> "idc/h" + rnd.nextInt(3);
                case 1 -> OPERATOR + "/s" + rnd.nextInt(siteCount);
                case 2 -> "nobody/x";
                default -> null;
            };
            GeoPoint location = rnd.nextInt(3) == 0 ? null : new GeoPoint(35, 128 + i);
            sites.add(new Site("s" + i, "s" + i, SiteKind.OWN, null, ref, null, location, groups, null));
        }
        int n = 1 + rnd.nextInt(14);
        List<Component> components = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            components.add(component(rnd, c, n, siteCount));
        }
        List<Service> services = new ArrayList<>();
        int sc = rnd.nextInt(5);
        for (int v = 0; v < sc; v++) {
            List<String> eps = new ArrayList<>();
            int ec = 1 + rnd.nextInt(2);
            for (int e = 0; e < ec; e++) {
                eps.add("c" + rnd.nextInt(n));
            }
            long users = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(1_000_000);
            services.add(new Service("v" + v, null, 1 + rnd.nextInt(3), users, rnd.nextBoolean() ? 60 : null,
                    rnd.nextBoolean() ? 5 : null, eps));
        }
        Topology t = new Topology(Topology.FORMAT_V2, OPERATOR, LocalDate.of(2026, 11, 1), sites, services,
                components, List.of());
        return new Case(t, foreign);
    }

    /**
     * A random drr/v1 document (FILING-FORMAT-V2.md §5): no drr/v2 field, no {@code facilityRef} (§5.1) and no
     * requirements on automatic failovers (§5.2).
     */
    static Topology v1(Random rnd) {
        Topology t = generate(rnd).topology();
        List<Site> sites = t.sites().stream().map(s -> new Site(s.id(), s.name(), s.kind(), s.provider(), null,
                s.region(), s.location(), s.riskGroups(), s.facility())).toList();
        List<Component> components = t.components().stream().map(c -> {
            Failover f = c.failover();
            List<String> requires = f.mode() == FailoverMode.MANUAL ? f.requires() : List.of();
            return new Component(c.id(), c.name(), c.kind(), c.controlPlane(), c.placements(),
                    new Failover(f.mode(), f.minutes(), requires), c.dependsOn(), c.replication(), c.backups());
        }).toList();
        return new Topology(Topology.FORMAT, t.operator(), t.asOf(), sites, t.services(), components, List.of());
    }

    private static final ComponentKind[] KINDS = {ComponentKind.APP, ComponentKind.APP, ComponentKind.DATABASE,
        ComponentKind.CACHE, ComponentKind.QUEUE, ComponentKind.OBJECT_STORAGE, ComponentKind.DEPLOYMENT,
        ComponentKind.NETWORK};

    private static Component component(Random rnd, int c, int n, int siteCount) {
        ComponentKind kind = KINDS[rnd.nextInt(KINDS.length)];
        List<Placement> placements = new ArrayList<>();
        int pc = 1 + rnd.nextInt(3);
        for (int p = 0; p < pc; p++) {
            Integer capacity = switch (rnd.nextInt(4)) {
                case 0 -> null;
                case 1 -> 100;
                case 2 -> 40 + 10 * rnd.nextInt(4);
                default -> rnd.nextInt(101);
            };
            placements.add(new Placement(site(rnd, siteCount), rnd.nextInt(3) == 0 ? PlacementRole.STANDBY
                    : PlacementRole.ACTIVE, capacity));
        }
        FailoverMode mode = FailoverMode.values()[rnd.nextInt(3)];
        List<String> requires = new ArrayList<>();
        if (mode != FailoverMode.NONE && rnd.nextBoolean()) {
            int rc = 1 + rnd.nextInt(2);
            for (int i = 0; i < rc; i++) {
                requires.add("c" + rnd.nextInt(n));
            }
        }
        Integer minutes = mode == FailoverMode.NONE || rnd.nextInt(3) == 0 ? null : rnd.nextInt(90);
        FailoverDecider decider = rnd.nextInt(4) == 0 ? FailoverDecider.PROVIDER
                : rnd.nextInt(3) == 0 ? FailoverDecider.OPERATOR : null;
        DataLoss dataLoss = rnd.nextInt(4) == 0 ? DataLoss.FORBIDDEN : rnd.nextInt(5) == 0 ? DataLoss.ALLOWED : null;
        Failover failover = new Failover(mode, minutes, requires, decider, dataLoss);
        List<Dependency> deps = new ArrayList<>();
        int dc = rnd.nextInt(4);
        for (int i = 0; i < dc; i++) {
            DependencyMode dm = rnd.nextInt(4) == 0 ? DependencyMode.SOFT : DependencyMode.HARD;
            if (rnd.nextInt(3) == 0) {
                List<String> members = new ArrayList<>();
                int mc = 1 + rnd.nextInt(3);
                for (int m = 0; m < mc; m++) {
                    members.add("c" + rnd.nextInt(n));
                }
                deps.add(Dependency.anyOf(members, dm));
            } else {
                deps.add(Dependency.on("c" + rnd.nextInt(n), dm));
            }
        }
        List<Replication> replication = new ArrayList<>();
        List<Backup> backups = new ArrayList<>();
        ComponentState state = null;
        if (kind.stateful()) {
            int rc = rnd.nextInt(4);
            for (int i = 0; i < rc; i++) {
                ReplicationMode rm = rnd.nextBoolean() ? ReplicationMode.SYNC : ReplicationMode.ASYNC;
                Integer lag = rm == ReplicationMode.SYNC ? (rnd.nextInt(4) == 0 ? 7 : null)
                        : rnd.nextInt(3) == 0 ? null : rnd.nextInt(4) * 300;
                replication.add(new Replication(site(rnd, siteCount), site(rnd, siteCount), rm, lag));
            }
            int bc = rnd.nextInt(3);
            for (int i = 0; i < bc; i++) {
                backups.add(new Backup(site(rnd, siteCount), rnd.nextInt(3) == 0 ? null : 1 + rnd.nextInt(3) * 30,
                        null, null));
            }
            if (kind == ComponentKind.CACHE && rnd.nextBoolean()) {
                state = ComponentState.EPHEMERAL;
            } else if (rnd.nextInt(5) == 0) {
                state = ComponentState.DURABLE;
            }
        } else if (rnd.nextInt(6) == 0) {
            backups.add(new Backup(site(rnd, siteCount), 60, null, null));
        }
        Restore restore = null;
        if (rnd.nextInt(3) == 0) {
            List<String> rr = new ArrayList<>();
            if (rnd.nextBoolean()) {
                rr.add("c" + rnd.nextInt(n));
            }
            restore = new Restore(site(rnd, siteCount), rnd.nextInt(200), rr,
                    rnd.nextBoolean() ? null : rnd.nextInt(101));
        }
        Recovery recovery = null;
        if (rnd.nextInt(3) == 0) {
            List<String> rr = new ArrayList<>();
            if (rnd.nextBoolean()) {
                rr.add("c" + rnd.nextInt(n));
            }
            recovery = new Recovery(rnd.nextInt(120), rr);
        }
        List<String> riskGroups = new ArrayList<>();
        int gc = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(2) : 0;
        for (int i = 0; i < gc; i++) {
            riskGroups.add(switch (rnd.nextInt(5)) {
                case 0 -> "site:" + site(rnd, siteCount);
                case 1 -> "g" + rnd.nextInt(4);
                case 2 -> "facility:idc/h" + rnd.nextInt(3);
                default -> "software:x" + rnd.nextInt(3);
            });
        }
        return new Component("c" + c, null, kind, null, placements, failover, deps, replication, backups, riskGroups,
                state, restore, recovery);
    }

    private static String site(Random rnd, int siteCount) {
        return "s" + rnd.nextInt(siteCount);
    }
}
