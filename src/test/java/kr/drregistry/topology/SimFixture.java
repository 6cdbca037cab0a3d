package kr.drregistry.topology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.DependencyMode;
import kr.drregistry.topology.model.Failover;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Replication;
import kr.drregistry.topology.model.ReplicationMode;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.Severity;

/**
 * Terse topology builder for simulation tests. {@code comp(id)} starts a component; placement, failover and
 * dependency calls apply to the component started last.
 */
public final class SimFixture {
    private final List<Site> sites = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Comp> comps = new ArrayList<>();
    private Comp current;

    private static final class Comp {
        final String id;
        ComponentKind kind = ComponentKind.APP;
        final List<Placement> placements = new ArrayList<>();
        Failover failover = Failover.NONE;
        final List<Dependency> deps = new ArrayList<>();
        final List<Replication> replication = new ArrayList<>();
        final List<Backup> backups = new ArrayList<>();

        Comp(String id) {
            this.id = id;
        }
    }

    public SimFixture site(String id, String... riskGroups) {
        sites.add(new Site(id, id, SiteKind.COLOCATION, null, null, null, null, List.of(riskGroups), null));
        return this;
    }

    public SimFixture comp(String id) {
        current = new Comp(id);
        comps.add(current);
        return this;
    }

    public SimFixture kind(ComponentKind kind) {
        current.kind = kind;
        return this;
    }

    public SimFixture active(String... siteIds) {
        for (String s : siteIds) {
            current.placements.add(new Placement(s, PlacementRole.ACTIVE, 100));
        }
        return this;
    }

    public SimFixture standby(String... siteIds) {
        for (String s : siteIds) {
            current.placements.add(new Placement(s, PlacementRole.STANDBY, 100));
        }
        return this;
    }

    public SimFixture automatic(Integer minutes) {
        current.failover = new Failover(FailoverMode.AUTOMATIC, minutes, List.of());
        return this;
    }

    public SimFixture manual(Integer minutes, String... requires) {
        current.failover = new Failover(FailoverMode.MANUAL, minutes, List.of(requires));
        return this;
    }

    public SimFixture noFailover() {
        current.failover = new Failover(FailoverMode.NONE, null, List.of());
        return this;
    }

    public SimFixture hard(String... targets) {
        for (String t : targets) {
            current.deps.add(Dependency.on(t, DependencyMode.HARD));
        }
        return this;
    }

    public SimFixture soft(String... targets) {
        for (String t : targets) {
            current.deps.add(Dependency.on(t, DependencyMode.SOFT));
        }
        return this;
    }

    public SimFixture anyOf(String... targets) {
        current.deps.add(Dependency.anyOf(List.of(targets), DependencyMode.HARD));
        return this;
    }

    public SimFixture replicate(String from, String to) {
        current.replication.add(new Replication(from, to, ReplicationMode.SYNC, 0));
        return this;
    }

    public SimFixture backup(String site) {
        current.backups.add(new Backup(site, 60, 30, true));
        return this;
    }

    public SimFixture service(String id, int tier, long users, Integer rtoMinutes, String... entrypoints) {
        services.add(new Service(id, id, tier, users, rtoMinutes, null, List.of(entrypoints)));
        return this;
    }

    public Topology build() {
        List<Component> components = comps.stream()
                .map(c -> new Component(c.id, c.id, c.kind, null, c.placements, c.failover, c.deps, c.replication,
                        c.backups))
                .toList();
        return new Topology(Topology.FORMAT, "example-op", LocalDate.of(2026, 11, 1), sites, services, components,
                List.of());
    }

    /** A policy with every rule of FILING-FORMAT.md enabled at its default severity and the default parameters. */
    public static Policy policy() {
        return policy(List.of());
    }

    /** As {@link #policy()} with the given rule ids disabled. */
    public static Policy policy(List<String> disabled) {
        Map<String, Severity> severities = new LinkedHashMap<>();
        severities.put("SPOF-001", Severity.CRITICAL);
        severities.put("SPOF-002", Severity.CRITICAL);
        severities.put("OPS-001", Severity.CRITICAL);
        severities.put("OPS-002", Severity.HIGH);
        severities.put("DATA-001", Severity.CRITICAL);
        severities.put("DATA-002", Severity.HIGH);
        severities.put("DATA-003", Severity.HIGH);
        severities.put("RTO-001", Severity.HIGH);
        severities.put("CAP-001", Severity.MEDIUM);
        severities.put("GEO-001", Severity.MEDIUM);
        severities.put("DRILL-001", Severity.HIGH);
        severities.put("DRILL-002", Severity.HIGH);
        severities.put("CLOUD-001", Severity.LOW);
        severities.put("CONC-001", Severity.HIGH);
        Map<String, Policy.RuleSetting> rules = new LinkedHashMap<>();
        severities.forEach((id, severity) -> rules.put(id, new Policy.RuleSetting(severity, !disabled.contains(id),
                LocalizedText.of(id + " 근거", id + " basis"))));
        Map<String, Double> parameters = Map.of(
                Policy.FAILOVER_DEFAULT_MANUAL_MINUTES, 60.0,
                Policy.GEO_MIN_DISTANCE_KM, 30.0,
                Policy.DRILL_MAX_AGE_MONTHS, 12.0,
                Policy.CAPACITY_MIN_SURVIVING_PCT, 100.0,
                Policy.FACILITY_MAX_MWH_PER_COMPARTMENT, 5.0,
                Policy.FACILITY_MAX_BMS_SAMPLING_SECONDS, 10.0);
        return new Policy("test-policy", "1", LocalizedText.of("시험 정책", "test policy"), rules, parameters);
    }
}
