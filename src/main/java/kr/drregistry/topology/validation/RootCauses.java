package kr.drregistry.topology.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Josa;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Severity;
import kr.drregistry.rules.Subject;

/**
 * A report's findings grouped by the root cause they follow from, so that a reader sees "deploy-tool, only in
 * pangyo, takes login and talk down in four scenarios" once instead of dozens of findings.
 *
 * <p>A finding's roots are the ends of its evidence chain (the steps without children) whose relation says why the
 * branch stops:
 * <ul>
 *   <li>{@code no-usable-placement}, {@code no-backup}, {@code restore-site-lost}, and SPOF-001's
 *       {@code only-site}, when the component loses the placements of <em>one</em> site: the root is that
 *       <b>single-site component</b> ({@code component:<id>});</li>
 *   <li>the same when the component loses placements in two or more sites at once, and {@code struck}: the root is
 *       the scenario's <b>risk group</b> that takes those sites (or the component) down together
 *       ({@code risk-group:<scenario>});</li>
 *   <li>{@code failover-blocked}, {@code restore-blocked}, {@code failover-provider-decided},
 *       {@code failover-data-loss} at the end of a branch: the <b>blocked failover</b> of that component
 *       ({@code failover:<id>}).</li>
 * </ul>
 * A finding without such an end (a drill, a distance, a missing copy) has its subject as its root
 * ({@code component:<id>}, {@code service:<id>}, …), so a single-site component's own findings (DATA-001,
 * SPOF-001) join the group of what its loss takes down. A finding with several roots (several hard dependencies
 * down at once) is in each of their groups.
 *
 * <p>Each group counts what it takes down: the services of its findings with {@code usersLost}, and the users lost
 * as the sum of those services' daily users, each service counted once (FILING-FORMAT §5's {@code usersLost} of the
 * services involved), beside the largest single service's users, the lower bound of the people lost
 * (docs/people-counts.md). Groups are ranked by users lost, then by their most severe finding, then by how many findings
 * they hold, then by id. Pure: the same findings give the same groups in the same order.
 */
public final class RootCauses {
    private RootCauses() {
    }

    /** What kind of root a group is about. */
    public enum Kind {
        SINGLE_SITE("single-site"), RISK_GROUP("risk-group"), FAILOVER_BLOCKED("failover-blocked"), SUBJECT("subject");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        /** The spelling in JSON and query parameters. */
        public String wire() {
            return wire;
        }
    }

    /**
     * One root cause. {@code id} is stable across versions and is what {@code ?root=} filters by; {@code subject} is
     * the component id (single-site, failover), the scenario id (risk group), or the finding subject's id;
     * {@code sites} the sites lost at the root; {@code findings} the positions of its findings in the report's list
     * (report order); {@code services} the services it takes down, most users first.
     */
    public record RootCause(String id, Kind kind, String subject, List<String> sites, LocalizedText text,
                            long usersLost, long usersLostLargestService, List<String> services, List<String> scenarios, List<String> rules,
                            Map<Severity, Integer> severities, Severity worst, List<Integer> findings) {
        public RootCause {
            sites = List.copyOf(sites);
            services = List.copyOf(services);
            scenarios = List.copyOf(scenarios);
            rules = List.copyOf(rules);
            severities = java.util.Collections.unmodifiableMap(new EnumMap<>(severities));
            findings = List.copyOf(findings);
        }

        public int findingCount() {
            return findings.size();
        }
    }

    /** The root of one finding, before grouping. */
    record Root(String id, Kind kind, String subject, List<String> sites) {
    }

    private static final Set<String> PLACEMENT_ENDS = Set.of("no-usable-placement", "no-backup", "restore-site-lost");
    private static final Set<String> FAILOVER_ENDS = Set.of("failover-blocked", "restore-blocked",
            "failover-provider-decided", "failover-data-loss");

    /** The root causes of {@code findings}, ranked (see the class comment). */
    public static List<RootCause> of(List<Finding> findings) {
        Grouping g = new Grouping();
        for (Finding f : findings) {
            g.add(f);
        }
        return g.result();
    }

    /**
     * The same grouping one finding at a time, for a report read as a stream: only the groups are kept, not the
     * findings. {@link #add} numbers the findings from 0 in the order given.
     */
    public static final class Grouping {
        private final Map<String, Builder> groups = new LinkedHashMap<>();
        private int next;

        /** Adds the next finding; answers the ids of its root causes. */
        public List<String> add(Finding f) {
            int i = next++;
            List<Root> roots = rootsOf(f);
            List<String> ids = new ArrayList<>(roots.size());
            for (Root r : roots) {
                groups.computeIfAbsent(r.id(), k -> new Builder(r)).add(i, f, r);
                ids.add(r.id());
            }
            return ids;
        }

        /** The root causes of every finding added, ranked. */
        public List<RootCause> result() {
            List<RootCause> out = new ArrayList<>(groups.size());
            for (Builder b : groups.values()) {
                out.add(b.build());
            }
            out.sort(RANKING);
            return List.copyOf(out);
        }
    }

    /** Most users lost first, then the most severe finding, then the most findings, then the id. */
    static final Comparator<RootCause> RANKING = Comparator.comparingLong(RootCause::usersLost).reversed()
            .thenComparing(RootCause::worst)
            .thenComparing(Comparator.comparingInt(RootCause::findingCount).reversed())
            .thenComparing(RootCause::id);

    /** The roots of one finding, each once, in the order its chain reaches them. */
    static List<Root> rootsOf(Finding f) {
        List<ChainStep> chain = f.chain();
        Map<String, Root> roots = new LinkedHashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            ChainStep s = chain.get(i);
            boolean leaf = i + 1 == chain.size() || chain.get(i + 1).depth() <= s.depth();
            if (!leaf) {
                continue;
            }
            Root r = rootOf(s, i == 0 ? null : parentOf(chain, i), f.scenario());
            if (r != null) {
                roots.putIfAbsent(r.id(), r);
            }
        }
        if (roots.isEmpty()) {
            Subject subject = f.subject();
            String kind = subject == null || subject.kind() == null ? "filing" : subject.kind();
            String id = subject == null || subject.id() == null ? "" : subject.id();
            roots.put(kind + ":" + id, new Root(kind + ":" + id, Kind.SUBJECT, id, List.of()));
        }
        return List.copyOf(roots.values());
    }

    private static ChainStep parentOf(List<ChainStep> chain, int i) {
        int depth = chain.get(i).depth();
        for (int j = i - 1; j >= 0; j--) {
            if (chain.get(j).depth() < depth) {
                return chain.get(j);
            }
        }
        return null;
    }

    private static Root rootOf(ChainStep s, ChainStep parent, String scenario) {
        String relation = s.relation();
        if ("only-site".equals(relation) && parent != null && "component".equals(parent.kind())) {
            return singleSite(parent.id(), s.sites().isEmpty() ? List.of(s.id()) : s.sites());
        }
        if (PLACEMENT_ENDS.contains(relation) && "component".equals(s.kind())) {
            if (new LinkedHashSet<>(s.sites()).size() >= 2 && scenario != null) {
                return new Root("risk-group:" + scenario, Kind.RISK_GROUP, scenario, s.sites());
            }
            return singleSite(s.id(), s.sites());
        }
        if ("struck".equals(relation) && scenario != null) {
            return new Root("risk-group:" + scenario, Kind.RISK_GROUP, scenario, List.of());
        }
        if (FAILOVER_ENDS.contains(relation) && "component".equals(s.kind())) {
            return new Root("failover:" + s.id(), Kind.FAILOVER_BLOCKED, s.id(), s.sites());
        }
        return null;
    }

    private static Root singleSite(String component, List<String> sites) {
        return new Root("component:" + component, Kind.SINGLE_SITE, component, sites);
    }

    /** Gathers one group; a subject root met later as a single-site root (same id) takes the more telling kind. */
    private static final class Builder {
        private final String id;
        private Kind kind;
        private final String subject;
        private final Set<String> sites = new LinkedHashSet<>();
        private final Map<String, Long> serviceUsers = new HashMap<>();
        private final List<String> serviceOrder = new ArrayList<>();
        private final Set<String> scenarios = new LinkedHashSet<>();
        private final Set<String> rules = new LinkedHashSet<>();
        private final Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
        private final List<Integer> findings = new ArrayList<>();

        Builder(Root r) {
            this.id = r.id();
            this.kind = r.kind();
            this.subject = r.subject();
        }

        void add(int index, Finding f, Root r) {
            if (kind == Kind.SUBJECT && r.kind() != Kind.SUBJECT) {
                kind = r.kind();
            }
            sites.addAll(r.sites());
            findings.add(index);
            rules.add(f.rule());
            severities.merge(f.severity(), 1, Integer::sum);
            if (f.scenario() != null) {
                scenarios.add(f.scenario());
            }
            if (f.usersLost() != null && f.subject() != null && "service".equals(f.subject().kind())) {
                String service = f.subject().id();
                Long before = serviceUsers.put(service, Math.max(f.usersLost(),
                        serviceUsers.getOrDefault(service, Long.MIN_VALUE)));
                if (before == null) {
                    serviceOrder.add(service);
                }
            }
        }

        RootCause build() {
            List<String> services = new ArrayList<>(serviceOrder);
            services.sort(Comparator.comparingLong((String s) -> serviceUsers.get(s)).reversed());
            long users = 0;
            for (long u : serviceUsers.values()) {
                users += u;
            }
            Severity worst = severities.keySet().stream().min(Comparator.naturalOrder()).orElse(Severity.INFO);
            List<String> siteList = List.copyOf(sites);
            return new RootCause(id, kind, subject, siteList, text(kind, id, subject, siteList), users,
                    services.isEmpty() ? 0 : serviceUsers.get(services.get(0)), services,
                    List.copyOf(scenarios), List.copyOf(rules), severities, worst, findings);
        }
    }

    /** The sentence that names a root, Korean and English. */
    static LocalizedText text(Kind kind, String id, String subject, List<String> sites) {
        String where = String.join(", ", sites);
        return switch (kind) {
            case SINGLE_SITE -> sites.isEmpty()
                    ? LocalizedText.of("구성요소 " + subject + ": 쓸 수 있는 배치가 없음",
                            "component " + subject + ": no usable placement")
                    : LocalizedText.of("구성요소 " + subject + ": 장소 " + Josa.attach(where, "을/를")
                                    + " 잃으면 쓸 수 있는 배치가 없음",
                            "component " + subject + ": no usable placement once site " + where + " is lost");
            case RISK_GROUP -> sites.isEmpty()
                    ? LocalizedText.of("위험 그룹 " + subject + ": 구성요소를 직접 멈춤",
                            "risk group " + subject + ": strikes components directly")
                    : LocalizedText.of("위험 그룹 " + subject + ": 장소 " + Josa.attach(where, "을/를") + " 함께 잃음",
                            "risk group " + subject + ": sites " + where + " are lost together");
            case FAILOVER_BLOCKED -> LocalizedText.of("구성요소 " + subject + ": 페일오버를 할 수 없음",
                    "component " + subject + ": its failover cannot run");
            case SUBJECT -> subjectText(id.substring(0, id.indexOf(':')), subject);
        };
    }

    private static LocalizedText subjectText(String kind, String subject) {
        String[] words = switch (kind) {
            case "component" -> new String[] {"구성요소", "component"};
            case "service" -> new String[] {"서비스", "service"};
            case "site" -> new String[] {"장소", "site"};
            case "drill" -> new String[] {"훈련", "drill"};
            case "facility" -> new String[] {"시설", "facility"};
            case "plan-section" -> new String[] {"계획 항목", "plan section"};
            default -> new String[] {"신고", "filing"};
        };
        return subject.isEmpty() ? LocalizedText.of(words[0], words[1])
                : LocalizedText.of(words[0] + " " + subject, words[1] + " " + subject);
    }
}
