package kr.drregistry.topology.validation;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.DependencyMode;
import kr.drregistry.topology.model.Drill;
import kr.drregistry.topology.model.DrillScenario;
import kr.drregistry.topology.model.Facility;
import kr.drregistry.topology.model.Failover;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Replication;
import kr.drregistry.topology.model.ReplicationMode;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;

/**
 * Terse topologies for rule tests: {@code filing().site("a").site("b").service("s", 1, "app")
 * .component("app", APP).active("a").active("b").done().topology()}. Run rules under the default policy or a
 * changed copy ({@link #withSeverity}, {@link #withParam}, {@link #disabled}).
 */
public final class RuleFixture {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private final List<Site> sites = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final List<Drill> drills = new ArrayList<>();

    private RuleFixture() {
    }

    public static RuleFixture filing() {
        return new RuleFixture();
    }

    /** An own site without location or provider. */
    public RuleFixture site(String id, String... riskGroups) {
        return site(new Site(id, id, SiteKind.OWN, null, null, "KR-11", null, List.of(riskGroups), null));
    }

    public RuleFixture siteAt(String id, double lat, double lon, String... riskGroups) {
        return site(new Site(id, id, SiteKind.OWN, null, null, "KR-11", new GeoPoint(lat, lon), List.of(riskGroups), null));
    }

    public RuleFixture siteRunBy(String id, String provider) {
        return site(new Site(id, id, SiteKind.COLOCATION, provider, null, "KR-11", null, List.of(), null));
    }

    public RuleFixture facilitySite(String id, Facility facility) {
        return site(new Site(id, id, SiteKind.OWN, null, null, "KR-11", null, List.of(), facility));
    }

    public RuleFixture site(Site site) {
        sites.add(site);
        return this;
    }

    /** A service with 1,000 daily users and no RTO/RPO targets. */
    public RuleFixture service(String id, int tier, String... entrypoints) {
        return service(new Service(id, id, tier, 1000, null, null, List.of(entrypoints)));
    }

    public RuleFixture serviceWithTargets(String id, int tier, Integer rto, Integer rpo, String... entrypoints) {
        return service(new Service(id, id, tier, 1000, rto, rpo, List.of(entrypoints)));
    }

    public RuleFixture service(Service service) {
        services.add(service);
        return this;
    }

    public ComponentBuilder component(String id, ComponentKind kind) {
        return new ComponentBuilder(id, kind);
    }

    public RuleFixture drill(String id, LocalDate date, DrillScenario scenario, List<String> services,
                             Integer achievedRto, Integer achievedRpo) {
        drills.add(new Drill(id, date, scenario, List.of(), services, achievedRto, achievedRpo));
        return this;
    }

    public Topology topology() {
        return new Topology(Topology.FORMAT, "example-op", AS_OF, sites, services, components, drills);
    }

    public List<Finding> run(Rule rule) {
        return run(rule, Policies.defaultPolicy());
    }

    /** The rule's findings as the validator runs it: not at all when {@code policy} disables it. */
    public List<Finding> run(Rule rule, Policy policy) {
        return run(rule, new ValidationContext(topology(), policy));
    }

    /** {@code rule}'s findings in {@code ctx} as the validator runs it: not at all when the policy disables it. */
    public static List<Finding> run(Rule rule, ValidationContext ctx) {
        return new kr.drregistry.rules.RuleSet<ValidationContext, Rule>(List.of(rule)).enabled(ctx.policy()::enabled).stream()
                .flatMap(r -> r.check(ctx).stream()).toList();
    }

    public static Policy withSeverity(Policy policy, String rule, Severity severity) {
        Map<String, Policy.RuleSetting> rules = new HashMap<>(policy.rules());
        Policy.RuleSetting s = rules.get(rule);
        rules.put(rule, new Policy.RuleSetting(severity, s.enabled(), s.basis()));
        return new Policy(policy.id(), policy.version(), policy.title(), rules, policy.parameters());
    }

    public static Policy disabled(Policy policy, String rule) {
        Map<String, Policy.RuleSetting> rules = new HashMap<>(policy.rules());
        Policy.RuleSetting s = rules.get(rule);
        rules.put(rule, new Policy.RuleSetting(s.severity(), false, s.basis()));
        return new Policy(policy.id(), policy.version(), policy.title(), rules, policy.parameters());
    }

    public static Policy withParam(Policy policy, String name, double value) {
        Map<String, Double> parameters = new HashMap<>(policy.parameters());
        parameters.put(name, value);
        return new Policy(policy.id(), policy.version(), policy.title(), policy.rules(), parameters);
    }

    /** Builds one component; {@link #done()} adds it and returns to the fixture. */
    public final class ComponentBuilder {
        private final String id;
        private final ComponentKind kind;
        private Boolean controlPlane;
        private Failover failover;
        private final List<Placement> placements = new ArrayList<>();
        private final List<Dependency> dependencies = new ArrayList<>();
        private final List<Replication> replication = new ArrayList<>();
        private final List<Backup> backups = new ArrayList<>();

        private ComponentBuilder(String id, ComponentKind kind) {
            this.id = id;
            this.kind = kind;
        }

        public ComponentBuilder active(String site) {
            return placement(site, PlacementRole.ACTIVE, null);
        }

        public ComponentBuilder active(String site, int capacityPct) {
            return placement(site, PlacementRole.ACTIVE, capacityPct);
        }

        public ComponentBuilder standby(String site, Integer capacityPct) {
            return placement(site, PlacementRole.STANDBY, capacityPct);
        }

        private ComponentBuilder placement(String site, PlacementRole role, Integer capacityPct) {
            placements.add(new Placement(site, role, capacityPct));
            return this;
        }

        public ComponentBuilder controlPlane() {
            controlPlane = true;
            return this;
        }

        public ComponentBuilder manualFailover(int minutes, String... requires) {
            failover = new Failover(FailoverMode.MANUAL, minutes, List.of(requires));
            return this;
        }

        /** Hard dependencies on each of {@code targets}. */
        public ComponentBuilder hard(String... targets) {
            for (String t : targets) {
                dependencies.add(Dependency.on(t, DependencyMode.HARD));
            }
            return this;
        }

        public ComponentBuilder soft(String target) {
            dependencies.add(Dependency.on(target, DependencyMode.SOFT));
            return this;
        }

        public ComponentBuilder anyOf(String... targets) {
            dependencies.add(Dependency.anyOf(List.of(targets), DependencyMode.HARD));
            return this;
        }

        public ComponentBuilder sync(String from, String to) {
            replication.add(new Replication(from, to, ReplicationMode.SYNC, null));
            return this;
        }

        public ComponentBuilder async(String from, String to, Integer lagSeconds) {
            replication.add(new Replication(from, to, ReplicationMode.ASYNC, lagSeconds));
            return this;
        }

        public ComponentBuilder backup(String site, Integer intervalMinutes) {
            backups.add(new Backup(site, intervalMinutes, 30, true));
            return this;
        }

        public RuleFixture done() {
            components.add(new Component(id, null, kind, controlPlane, placements, failover, dependencies, replication,
                    backups));
            return RuleFixture.this;
        }
    }
}
