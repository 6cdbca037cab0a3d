package kr.drregistry.topology.loss;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Replication;
import kr.drregistry.topology.model.ReplicationMode;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;

/**
 * FILING-FORMAT-V2.md §2 and §3 (with §7) read literally, one scenario at a time, with maps, sets and loops: no bit
 * vectors, no condensation, nothing shared with the engine but the model. It is slow on purpose; the property test
 * holds the engine to it.
 */
final class NaiveLossOracle {
    static final long UNBOUNDED = Long.MAX_VALUE;

    final Topology t;
    final Map<String, Site> foreign;
    final int defaultManual;
    final Map<String, Component> byId;
    final Map<String, Site> sitesById;

    /**
     * @param foreign the sites of other organisations' latest accepted filings, by {@code org/site}
     */
    NaiveLossOracle(Topology t, Map<String, Site> foreign, int defaultManual) {
        this.t = t;
        this.foreign = foreign;
        this.defaultManual = defaultManual;
        this.byId = t.componentsById();
        this.sitesById = t.sitesById();
    }

    /* ---- §2 facility references ---- */

    /** The site {@code ref} names: this document's for the filing organisation (§7.10), else the foreign map. */
    Site referenced(String ref) {
        String org = ref.substring(0, ref.indexOf('/'));
        String site = ref.substring(ref.indexOf('/') + 1);
        return org.equals(t.operator()) ? sitesById.get(site) : foreign.get(ref);
    }

    /** F2/F4, recursively: what a site inherits through {@code ref}, given the references already on the chain. */
    List<String> inherited(String ref, List<String> chain) {
        List<String> out = new ArrayList<>();
        out.add("facility:" + ref);
        Site target = referenced(ref);
        if (target == null) {
            return out;
        }
        for (String g : target.riskGroups()) {
            if (!g.startsWith("site:")) {
                out.add(g);
            }
        }
        if (target.facilityRef() != null && !chain.contains(target.facilityRef())) {
            List<String> longer = new ArrayList<>(chain);
            longer.add(target.facilityRef());
            out.addAll(inherited(target.facilityRef(), longer));
        }
        return out;
    }

    /** F5: declared groups, then the inherited ones, first occurrence kept. */
    List<String> groups(Site s) {
        LinkedHashSet<String> all = new LinkedHashSet<>(s.riskGroups());
        if (s.facilityRef() != null) {
            all.addAll(inherited(s.facilityRef(), List.of(s.facilityRef())));
        }
        return new ArrayList<>(all);
    }

    /** F3. */
    GeoPoint location(Site s) {
        Site current = s;
        Set<String> seen = new HashSet<>();
        while (current != null) {
            if (current.location() != null) {
                return current.location();
            }
            if (current.facilityRef() == null || !seen.add(current.facilityRef())) {
                return null;
            }
            current = referenced(current.facilityRef());
        }
        return null;
    }

    /* ---- rules 1 to 3 ---- */

    record Scenario(String id, List<String> sites, List<String> struck) {
    }

    List<Scenario> scenarios() {
        List<String> ids = new ArrayList<>();
        for (Site s : t.sites()) {
            ids.add("site:" + s.id());
        }
        for (Site s : t.sites()) {
            for (String g : groups(s)) {
                if (!ids.contains(g)) {
                    ids.add(g);
                }
            }
        }
        for (Component c : t.components()) {
            for (String g : c.riskGroups()) {
                if (!ids.contains(g)) {
                    ids.add(g);
                }
            }
        }
        List<Scenario> out = new ArrayList<>();
        for (String id : ids) {
            List<String> sites = new ArrayList<>();
            for (Site s : t.sites()) {
                if (id.equals("site:" + s.id()) || groups(s).contains(id)) {
                    sites.add(s.id());
                }
            }
            List<String> struck = new ArrayList<>();
            for (Component c : t.components()) {
                if (c.riskGroups().contains(id)) {
                    struck.add(c.id());
                }
            }
            out.add(new Scenario(id, sites, struck));
        }
        return out;
    }

    /* ---- rules 4 to 14 for one scenario ---- */

    /** Everything §3 says about one scenario. */
    final class Result {
        final Set<String> lost;
        final Set<String> struck;
        final Set<String> down = new HashSet<>();
        final Map<String, String> path = new HashMap<>();
        final Map<String, Long> capacity = new HashMap<>();
        final Map<String, Long> effective = new HashMap<>();
        final Map<String, Long> recovery = new HashMap<>();
        final Map<String, ServiceStatus> status = new LinkedHashMap<>();
        final Map<String, Long> serviceCapacity = new HashMap<>();
        final Map<String, Long> serviceRecovery = new HashMap<>();

        Result(Set<String> lost, Set<String> struck) {
            this.lost = lost;
            this.struck = struck;
            leastFixedPoint();
            for (Component c : t.components()) {
                if (!down.contains(c.id())) {
                    path.put(c.id(), pathOf(c));
                    capacity.put(c.id(), ownCapacity(c));
                }
            }
            effectiveCapacities();
            recoveryTimes();
            for (Service v : t.services()) {
                boolean isDown = v.entrypoints().stream().anyMatch(down::contains);
                if (isDown) {
                    status.put(v.id(), ServiceStatus.DOWN);
                    continue;
                }
                long cap = 100;
                long rec = 0;
                for (String e : v.entrypoints()) {
                    cap = Math.min(cap, effective.get(e));
                    rec = Math.max(rec, recovery.get(e));
                }
                serviceCapacity.put(v.id(), cap);
                serviceRecovery.put(v.id(), rec);
                status.put(v.id(), cap < 100 ? ServiceStatus.DEGRADED : ServiceStatus.UP);
            }
        }

        boolean lostSite(String site) {
            return lost.contains(site);
        }

        /** Rule 5. */
        long rpo(Component c) {
            String home = home(c);
            if (!lostSite(home)) {
                return 0;
            }
            long best = UNBOUNDED;
            for (Map.Entry<String, Long> h : holders(c).entrySet()) {
                if (!lostSite(h.getKey())) {
                    best = Math.min(best, h.getValue());
                }
            }
            for (Backup b : c.backups()) {
                if (b.intervalMinutes() != null && !lostSite(b.site())) {
                    best = Math.min(best, b.intervalMinutes() * 60L);
                }
            }
            return best;
        }

        private void leastFixedPoint() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Component c : t.components()) {
                    if (!down.contains(c.id()) && !up(c)) {
                        down.add(c.id());
                        changed = true;
                    }
                }
            }
        }

        /** Rule 7. */
        private boolean up(Component c) {
            if (struck.contains(c.id()) || pathOf(c) == null) {
                return false;
            }
            for (Dependency d : c.dependsOn()) {
                if (d.mode() != kr.drregistry.topology.model.DependencyMode.HARD) {
                    continue;
                }
                if (d.anyOf() ? d.targets().stream().allMatch(down::contains)
                        : d.targets().stream().anyMatch(down::contains)) {
                    return false;
                }
            }
            return true;
        }

        /** Rule 8: "a", "b", "c" or null. */
        String pathOf(Component c) {
            for (Placement p : c.placements()) {
                if (p.role() == PlacementRole.ACTIVE && !lostSite(p.site())) {
                    return "a";
                }
            }
            if (failoverRuns(c)) {
                return "b";
            }
            if (c.restore() != null && !lostSite(c.restore().site())
                    && c.restore().requires().stream().noneMatch(down::contains)
                    && (!durable(c) || c.backups().stream().anyMatch(b -> !lostSite(b.site())))) {
                return "c";
            }
            return null;
        }

        boolean failoverRuns(Component c) {
            boolean standby = c.placements().stream()
                    .anyMatch(p -> p.role() == PlacementRole.STANDBY && !lostSite(p.site()));
            boolean counts = c.failover().mode() == FailoverMode.AUTOMATIC
                    || c.failover().mode() == FailoverMode.MANUAL && !c.failover().providerDecided();
            if (!standby || !counts || c.failover().requires().stream().anyMatch(down::contains)) {
                return false;
            }
            if (c.failover().dataLossForbidden()) {
                for (String d : hardClosure(List.of(c.id()))) {
                    if (durable(byId.get(d)) && rpo(byId.get(d)) != 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Rule 14. */
        long ownCapacity(Component c) {
            String taken = path.get(c.id());
            if (taken.equals("c")) {
                return c.restore().capacityPct() == null ? 100 : c.restore().capacityPct();
            }
            PlacementRole role = taken.equals("a") ? PlacementRole.ACTIVE : PlacementRole.STANDBY;
            long sum = 0;
            for (Placement p : c.placements()) {
                if (p.role() == role && !lostSite(p.site())) {
                    sum += p.capacityPct() == null ? 100 : p.capacityPct();
                }
            }
            return sum;
        }

        /** Rule 14: the largest solution, lowering from the capacities. */
        private void effectiveCapacities() {
            effective.putAll(capacity);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Component c : t.components()) {
                    if (down.contains(c.id())) {
                        continue;
                    }
                    long e = capacity.get(c.id());
                    for (Dependency d : c.dependsOn()) {
                        if (!d.hard()) {
                            continue;
                        }
                        if (d.anyOf()) {
                            long best = Long.MIN_VALUE;
                            for (String x : d.targets()) {
                                if (!down.contains(x)) {
                                    best = Math.max(best, effective.get(x));
                                }
                            }
                            e = Math.min(e, best);
                        } else {
                            e = Math.min(e, effective.get(d.targets().get(0)));
                        }
                    }
                    if (e != effective.get(c.id())) {
                        effective.put(c.id(), e);
                        changed = true;
                    }
                }
            }
        }

        long own(Component c) {
            return switch (path.get(c.id())) {
                case "a" -> 0;
                case "b" -> {
                    Integer m = c.failover().minutes();
                    yield m != null ? m : c.failover().mode() == FailoverMode.MANUAL ? defaultManual : 0;
                }
                default -> c.restore().minutes();
            };
        }

        /** The edges of §7.8 from an up component. */
        List<String> upEdges(Component c) {
            List<String> out = new ArrayList<>();
            for (Dependency d : c.dependsOn()) {
                if (d.hard()) {
                    for (String x : d.targets()) {
                        if (!down.contains(x)) {
                            out.add(x);
                        }
                    }
                }
            }
            return out;
        }

        boolean reaches(String from, String to) {
            Deque<String> queue = new ArrayDeque<>(List.of(from));
            Set<String> seen = new HashSet<>();
            while (!queue.isEmpty()) {
                String x = queue.poll();
                for (String y : upEdges(byId.get(x))) {
                    if (y.equals(to)) {
                        return true;
                    }
                    if (seen.add(y)) {
                        queue.add(y);
                    }
                }
            }
            return false;
        }

        /** Rules 11, 12 and §7.8, by memoised recursion over the cycle groups. */
        private void recoveryTimes() {
            Map<String, Set<String>> group = new HashMap<>();
            for (Component c : t.components()) {
                if (down.contains(c.id())) {
                    continue;
                }
                Set<String> members = new HashSet<>(List.of(c.id()));
                for (Component d : t.components()) {
                    if (!down.contains(d.id()) && reaches(c.id(), d.id()) && reaches(d.id(), c.id())) {
                        members.add(d.id());
                    }
                }
                group.put(c.id(), members);
            }
            for (Component c : t.components()) {
                if (!down.contains(c.id())) {
                    groupTime(c.id(), group);
                }
            }
        }

        private long groupTime(String id, Map<String, Set<String>> group) {
            Long known = recovery.get(id);
            if (known != null) {
                return known;
            }
            Set<String> members = group.get(id);
            long own = 0, ext = 0;
            for (String x : members) {
                Component c = byId.get(x);
                own = Math.max(own, own(c));
                for (Dependency d : c.dependsOn()) {
                    if (!d.hard()) {
                        continue;
                    }
                    if (d.anyOf()) {
                        long fastest = UNBOUNDED;
                        for (String y : d.targets()) {
                            if (down.contains(y)) {
                                continue;
                            }
                            fastest = Math.min(fastest, members.contains(y) ? 0 : groupTime(y, group));
                        }
                        ext = Math.max(ext, fastest);
                    } else if (!members.contains(d.targets().get(0))) {
                        ext = Math.max(ext, groupTime(d.targets().get(0), group));
                    }
                }
            }
            for (String x : members) {
                recovery.put(x, own + ext);
            }
            return own + ext;
        }

        /** Rule 13: repair of a struck component. */
        long repair(Component c) {
            if (c.recovery() == null || c.placements().stream().allMatch(p -> lostSite(p.site()))
                    || c.recovery().requires().stream().anyMatch(down::contains)) {
                return UNBOUNDED;
            }
            return c.recovery().minutes();
        }
    }

    Result result(Scenario s) {
        return new Result(new HashSet<>(s.sites()), new HashSet<>(s.struck()));
    }

    /** S⁰: the scenario's sites without its strikes. */
    Result withoutStrikes(Scenario s) {
        return new Result(new HashSet<>(s.sites()), Set.of());
    }

    /* ---- data ---- */

    static String home(Component c) {
        for (Placement p : c.placements()) {
            if (p.role() == PlacementRole.ACTIVE) {
                return p.site();
            }
        }
        return c.placements().get(0).site();
    }

    static boolean durable(Component c) {
        return c.kind().stateful() && c.state() != kr.drregistry.topology.model.ComponentState.EPHEMERAL;
    }

    /** Rule 4, §7.5: relax every entry until no loss improves. */
    static Map<String, Long> holders(Component c) {
        Map<String, Long> loss = new HashMap<>();
        loss.put(home(c), 0L);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Replication r : c.replication()) {
                if (r.mode() == ReplicationMode.ASYNC && r.lagSeconds() == null || !loss.containsKey(r.from())) {
                    continue;
                }
                long via = loss.get(r.from()) + (r.mode() == ReplicationMode.SYNC ? 0 : r.lagSeconds());
                if (!loss.containsKey(r.to()) || via < loss.get(r.to())) {
                    loss.put(r.to(), via);
                    changed = true;
                }
            }
        }
        return loss;
    }

    /** The hard closure: the components and everything reachable over hard dependencies and anyOf members. */
    Set<String> hardClosure(List<String> from) {
        Set<String> seen = new LinkedHashSet<>(from);
        Deque<String> queue = new ArrayDeque<>(from);
        while (!queue.isEmpty()) {
            for (Dependency d : byId.get(queue.poll()).dependsOn()) {
                if (d.hard()) {
                    for (String x : d.targets()) {
                        if (seen.add(x)) {
                            queue.add(x);
                        }
                    }
                }
            }
        }
        return seen;
    }

    /** Rule 13's reach: hard dependencies, anyOf members, failover.requires and restore.requires. */
    Set<String> repairReach(List<String> from) {
        Set<String> seen = new LinkedHashSet<>(from);
        Deque<String> queue = new ArrayDeque<>(from);
        while (!queue.isEmpty()) {
            Component c = byId.get(queue.poll());
            List<String> next = new ArrayList<>();
            for (Dependency d : c.dependsOn()) {
                if (d.hard()) {
                    next.addAll(d.targets());
                }
            }
            next.addAll(c.failover().requires());
            if (c.restore() != null) {
                next.addAll(c.restore().requires());
            }
            for (String x : next) {
                if (seen.add(x)) {
                    queue.add(x);
                }
            }
        }
        return seen;
    }

    /** Rule 6: {seconds, index of the limiting component or -1}. */
    long[] serviceRpo(Service v, Result r) {
        long best = 0;
        int arg = -1;
        List<Component> components = t.components();
        Set<String> closure = hardClosure(v.entrypoints());
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (closure.contains(c.id()) && durable(c)) {
                long rpo = r.rpo(c);
                if (rpo > best) {
                    best = rpo;
                    arg = i;
                }
            }
        }
        return new long[] {best, arg};
    }

    /** Rule 14: ⌊users × (100 − capacity) / 100⌋. */
    static long affected(long users, long capacity) {
        return BigInteger.valueOf(users).multiply(BigInteger.valueOf(100 - capacity)).divide(BigInteger.valueOf(100))
                .longValueExact();
    }

    /** Rule 13: {minutes, downWithoutStrikes 0/1, limiting index or -1, repair, recovery in S⁰}. */
    long[] repairEstimate(Service v, Scenario s, Result r) {
        Result zero = withoutStrikes(s);
        if (zero.status.get(v.id()) == ServiceStatus.DOWN) {
            return new long[] {UNBOUNDED, 1, -1, UNBOUNDED, UNBOUNDED};
        }
        Set<String> reach = repairReach(v.entrypoints());
        long best = -1;
        int arg = -1;
        List<Component> components = t.components();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (reach.contains(c.id()) && r.struck.contains(c.id())) {
                long repair = r.repair(c);
                if (repair > best) {
                    best = repair;
                    arg = i;
                }
            }
        }
        long rec = zero.serviceRecovery.get(v.id());
        return new long[] {best == UNBOUNDED ? UNBOUNDED : best + rec, 0, arg, best, rec};
    }
}
