package kr.drregistry.topology.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
 * Deterministic synthetic drr/v1 topologies for benchmarks and scale tests. The components form layers: a
 * control plane (deployment tools, admin consoles, auth, DNS, ...), stateful data components, middle-tier and
 * front-tier applications. Dependencies point to lower layers (about {@code avgDeps} per component, mostly hard,
 * some soft, some {@code anyOf}); a few pairs of applications depend on each other (cycles). Placements mix
 * active-active, active plus standby (automatic or manual failover, manual ones requiring control-plane
 * components) and single-site components. Services have one or two front-tier entrypoints.
 */
public final class SyntheticTopology {
    private static final ComponentKind[] CONTROL = {ComponentKind.DEPLOYMENT, ComponentKind.ADMIN_CONSOLE,
        ComponentKind.AUTH, ComponentKind.DNS, ComponentKind.MONITORING, ComponentKind.KEY_MANAGEMENT};
    private static final ComponentKind[] DATA = {ComponentKind.DATABASE, ComponentKind.CACHE, ComponentKind.QUEUE,
        ComponentKind.OBJECT_STORAGE};
    private static final String[] GROUP_KINDS = {"campus", "power", "metro", "carrier"};

    private SyntheticTopology() {
    }

    /**
     * Generates a topology.
     *
     * @param components number of components (at least 10)
     * @param avgDeps average number of dependency targets per component
     * @param sites number of sites (at least 2)
     * @param riskGroups number of distinct risk-group strings shared by the sites
     * @param seed random seed; equal arguments give equal topologies
     */
    public static Topology generate(int components, int avgDeps, int sites, int riskGroups, long seed) {
        if (components < 10 || sites < 2 || avgDeps < 0 || riskGroups < 0) {
            throw new IllegalArgumentException("need at least 10 components and 2 sites");
        }
        Random rnd = new Random(seed);
        List<List<String>> groupsOfSite = new ArrayList<>();
        for (int s = 0; s < sites; s++) {
            groupsOfSite.add(new ArrayList<>());
        }
        for (int g = 0; g < riskGroups; g++) {
            String group = GROUP_KINDS[g % GROUP_KINDS.length] + ":g-" + g;
            groupsOfSite.get(g % sites).add(group);
            if (g % 3 == 0) {
                int other = rnd.nextInt(sites);
                if (!groupsOfSite.get(other).contains(group)) {
                    groupsOfSite.get(other).add(group);
                }
            }
        }
        List<Site> siteList = new ArrayList<>(sites);
        for (int s = 0; s < sites; s++) {
            siteList.add(new Site(siteId(s), "Site " + s, s % 5 == 4 ? SiteKind.CLOUD_ZONE : SiteKind.COLOCATION,
                    "provider-" + (s % 4), null, "KR-11", null, groupsOfSite.get(s), null));
        }

        int control = Math.max(4, components / 100);
        int data = components * 3 / 10;
        int middle = components * 3 / 10;
        int dataEnd = control + data, middleEnd = dataEnd + middle;
        List<Component> list = new ArrayList<>(components);
        for (int c = 0; c < components; c++) {
            ComponentKind kind;
            int lowerEnd;
            if (c < control) {
                kind = CONTROL[c % CONTROL.length];
                lowerEnd = 0;
            } else if (c < dataEnd) {
                kind = DATA[rnd.nextInt(DATA.length)];
                lowerEnd = control;
            } else {
                kind = rnd.nextInt(10) == 0 ? ComponentKind.LOAD_BALANCER : ComponentKind.APP;
                lowerEnd = c < middleEnd ? dataEnd : middleEnd;
            }
            List<Placement> placements = new ArrayList<>();
            Failover failover = placements(rnd, sites, control, kind, placements);
            List<Dependency> deps = lowerEnd == 0 ? List.of() : dependencies(rnd, lowerEnd, control, avgDeps);
            if (c > middleEnd && c % 500 == 0) {
                List<Dependency> withCycle = new ArrayList<>(deps);
                withCycle.add(Dependency.on(componentId(c - 1), DependencyMode.HARD));
                deps = withCycle;
            } else if (c > middleEnd && c % 500 == 499 && c + 1 < components) {
                List<Dependency> withCycle = new ArrayList<>(deps);
                withCycle.add(Dependency.on(componentId(c + 1), DependencyMode.HARD));
                deps = withCycle;
            }
            List<Replication> replication = new ArrayList<>();
            List<Backup> backups = new ArrayList<>();
            if (kind.stateful() && !placements.isEmpty()) {
                String primary = placements.get(0).site();
                String other = siteId(rnd.nextInt(sites));
                replication.add(new Replication(primary, other, rnd.nextBoolean() ? ReplicationMode.SYNC
                        : ReplicationMode.ASYNC, rnd.nextInt(30)));
                backups.add(new Backup(other, 60, 30, true));
            }
            list.add(new Component(componentId(c), null, kind, null, placements, failover, deps, replication,
                    backups));
        }

        List<Service> services = new ArrayList<>();
        int serviceCount = Math.max(1, components / 100);
        for (int v = 0; v < serviceCount; v++) {
            List<String> entrypoints = new ArrayList<>();
            entrypoints.add(componentId(middleEnd + rnd.nextInt(components - middleEnd)));
            if (rnd.nextInt(3) == 0) {
                String second = componentId(middleEnd + rnd.nextInt(components - middleEnd));
                if (!entrypoints.contains(second)) {
                    entrypoints.add(second);
                }
            }
            int tierRoll = rnd.nextInt(10);
            int tier = tierRoll < 2 ? 1 : tierRoll < 5 ? 2 : 3;
            Integer rto = rnd.nextInt(10) < 6 ? new int[] {30, 60, 120, 240}[rnd.nextInt(4)] : null;
            services.add(new Service("svc-" + v, "Service " + v, tier, 10_000L + rnd.nextInt(50_000_000), rto,
                    rnd.nextBoolean() ? 5 : null, entrypoints));
        }
        return new Topology(Topology.FORMAT, "synthetic", LocalDate.of(2026, 11, 1), siteList, services, list,
                List.of());
    }

    /**
     * A drr/v2 topology: {@link #generate} with the same arguments, then, from its own random stream, drr/v2 fields
     * on top: {@code componentGroups} component risk groups (each striking about one component in ten; a few reuse a
     * site group's string, which makes them the same scenario), about a tenth of them with a {@code recovery}
     * needing a control-plane component; half the caches ephemeral; provider-decided manual failovers and
     * {@code dataLoss: forbidden} on some; restores (needing a deployment tool, half capacity) on some data
     * components; replication chains (a second hop, some async entries without lag) and backups without an
     * interval on others.
     */
    public static Topology generateV2(int components, int avgDeps, int sites, int riskGroups, int componentGroups,
                                      long seed) {
        Topology v1 = generate(components, avgDeps, sites, riskGroups, seed);
        Random rnd = new Random(seed + 1);
        List<String> siteGroups = new ArrayList<>();
        for (Site site : v1.sites()) {
            siteGroups.addAll(site.riskGroups());
        }
        int control = Math.max(4, components / 100);
        List<Component> list = new ArrayList<>(components);
        for (Component c : v1.components()) {
            List<String> groups = new ArrayList<>();
            Recovery recovery = null;
            if (componentGroups > 0 && rnd.nextInt(10) == 0) {
                int g = rnd.nextInt(componentGroups);
                groups.add(g % 50 == 0 && !siteGroups.isEmpty() ? siteGroups.get(g % siteGroups.size())
                        : (g % 2 == 0 ? "software:g-" : "config:g-") + g);
                if (rnd.nextInt(10) == 0) {
                    recovery = new Recovery(30 + rnd.nextInt(120), List.of(componentId(rnd.nextInt(control))));
                }
            }
            ComponentState state = c.kind() == ComponentKind.CACHE && rnd.nextBoolean() ? ComponentState.EPHEMERAL
                    : null;
            Failover f = c.failover();
            if (f.mode() != FailoverMode.NONE) {
                FailoverDecider decider = f.mode() == FailoverMode.MANUAL && rnd.nextInt(20) == 0
                        ? FailoverDecider.PROVIDER : null;
                DataLoss dataLoss = c.kind().stateful() && rnd.nextInt(10) == 0 ? DataLoss.FORBIDDEN : null;
                f = new Failover(f.mode(), f.minutes(), f.requires(), decider, dataLoss);
            }
            Restore restore = null;
            List<Replication> replication = c.replication();
            List<Backup> backups = c.backups();
            if (c.kind().stateful()) {
                int roll = rnd.nextInt(20);
                if (roll == 0) {
                    restore = new Restore(siteId(rnd.nextInt(sites)), 240 + rnd.nextInt(2000),
                            List.of(componentId(CONTROL.length * rnd.nextInt(Math.max(1, control / CONTROL.length)))),
                            50);
                } else if (roll < 4 && !replication.isEmpty()) {
                    Replication first = replication.get(0);
                    replication = List.of(first, new Replication(first.to(), siteId(rnd.nextInt(sites)),
                            ReplicationMode.ASYNC, roll == 1 ? null : 60));
                } else if (roll == 4 && !backups.isEmpty()) {
                    Backup b = backups.get(0);
                    backups = List.of(new Backup(b.site(), null, b.retentionDays(), b.immutable()));
                }
            }
            list.add(new Component(c.id(), c.name(), c.kind(), c.controlPlane(), c.placements(), f, c.dependsOn(),
                    replication, backups, groups, state, restore, recovery));
        }
        return new Topology(Topology.FORMAT_V2, v1.operator(), v1.asOf(), v1.sites(), v1.services(), list,
                v1.drills());
    }

    private static Failover placements(Random rnd, int sites, int control, ComponentKind kind,
                                       List<Placement> out) {
        int first = rnd.nextInt(sites);
        int second = (first + 1 + rnd.nextInt(sites - 1)) % sites;
        int roll = rnd.nextInt(100);
        if (roll < (kind.controlPlane() ? 25 : 4)) {
            out.add(new Placement(siteId(first), PlacementRole.ACTIVE, 100));
            return Failover.NONE;
        }
        if (roll < 55) {
            out.add(new Placement(siteId(first), PlacementRole.ACTIVE, 60));
            out.add(new Placement(siteId(second), PlacementRole.ACTIVE, 60));
            return new Failover(FailoverMode.AUTOMATIC, 0, List.of());
        }
        out.add(new Placement(siteId(first), PlacementRole.ACTIVE, 100));
        out.add(new Placement(siteId(second), PlacementRole.STANDBY, 100));
        if (roll < 75) {
            return new Failover(FailoverMode.AUTOMATIC, 1 + rnd.nextInt(15), List.of());
        }
        if (roll < 90 || kind.controlPlane()) {
            out.add(new Placement(siteId(rnd.nextInt(sites)), PlacementRole.STANDBY, 50));
        }
        List<String> requires = new ArrayList<>();
        int deployTools = Math.max(1, control / CONTROL.length);
        requires.add(componentId(CONTROL.length * rnd.nextInt(deployTools)));
        if (rnd.nextBoolean()) {
            requires.add(componentId(CONTROL.length * rnd.nextInt(deployTools) + 1));
        }
        if (kind.controlPlane()) {
            requires.clear();
        }
        return new Failover(FailoverMode.MANUAL, rnd.nextInt(4) == 0 ? null : 15 + rnd.nextInt(60), requires);
    }

    private static List<Dependency> dependencies(Random rnd, int lowerEnd, int control, int avgDeps) {
        int count = avgDeps == 0 ? 0 : rnd.nextInt(2 * avgDeps + 1);
        List<Dependency> deps = new ArrayList<>(count);
        int c = 0;
        while (c < count) {
            DependencyMode mode = rnd.nextInt(10) < 3 ? DependencyMode.SOFT : DependencyMode.HARD;
            if (rnd.nextInt(20) == 0 && count - c >= 2) {
                List<String> members = List.of(componentId(pick(rnd, lowerEnd, control)),
                        componentId(pick(rnd, lowerEnd, control)));
                deps.add(Dependency.anyOf(members, mode));
                c += 2;
            } else {
                deps.add(Dependency.on(componentId(pick(rnd, lowerEnd, control)), mode));
                c++;
            }
        }
        return deps;
    }

    /** A dependency target below {@code lowerEnd}; control-plane components are popular (auth, DNS). */
    private static int pick(Random rnd, int lowerEnd, int control) {
        return rnd.nextInt(50) == 0 ? rnd.nextInt(control) : rnd.nextInt(lowerEnd);
    }

    private static String siteId(int s) {
        return String.format(java.util.Locale.ROOT, "site-%03d", s);
    }

    private static String componentId(int c) {
        return "c-" + c;
    }

    /**
     * Writes a synthetic filing as canonical drr/v1 JSON, for load tests of the API:
     * {@code SyntheticTopology <components> <file> [operator]}.
     */
    public static void main(String[] args) throws java.io.IOException {
        int components = Integer.parseInt(args[0]);
        Topology t = generate(components, 10, Math.max(3, Math.min(50, components / 200)), Math.min(200, components / 50 + 2), 42L);
        if (args.length > 2) {
            t = new Topology(t.format(), args[2], t.asOf(), t.sites(), t.services(), t.components(), t.drills());
        }
        java.nio.file.Files.write(java.nio.file.Path.of(args[1]), kr.drregistry.topology.parse.CanonicalJson.write(t));
    }
}
