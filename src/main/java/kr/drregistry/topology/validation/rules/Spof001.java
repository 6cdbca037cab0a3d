package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import kr.drregistry.topology.graph.DependencyGraph.Adjacency;
import kr.drregistry.topology.graph.Scc;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Service;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.TopologyIndex;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * SPOF-001 (critical by default): a component that a tier-1 service hard-depends on, transitively from its
 * entrypoints (the entrypoints included), has all its placements in one site. One finding per component,
 * naming every tier-1 service that depends on it and one shortest dependency path as the chain.
 *
 * <p>{@code anyOf} groups: a group is followed (and each member reported) only when the placements of all
 * its members lie in one site, e.g. two session caches both in Pangyo. A group with members in different
 * sites is redundancy, so neither its members nor what lies only behind them are single points here; the
 * simulated scenarios (SPOF-002) judge whether that redundancy holds. {@code failover.requires} is not
 * followed (OPS-001/OPS-002 cover it). Components without placements are left to SPOF-002.
 */
public final class Spof001 implements Rule {
    public static final String ID = "SPOF-001";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("1등급 서비스의 단일 사이트 구성요소", "Single-site component of a tier-1 service"),
                LocalizedText.of(
                        "1등급 서비스가 진입점부터 이어서 필수(hard)로 의존하는 구성요소의 배치가 모두 한 사이트에 있습니다.",
                        "A component that a tier-1 service hard-depends on (from its entrypoints, transitively) has "
                                + "every placement in one site."),
                LocalizedText.of(
                        "그 구성요소를 첫 사이트와 위험군(캠퍼스·전력·권역)을 공유하지 않는 두 번째 사이트에도 배치하고, 그 사이트만으로 서비스를 이어갈 수 있게 하십시오.",
                        "Place the component in a second site that shares no risk group (campus, power, metro) with "
                                + "the first and can carry the service on its own."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        TopologyIndex index = ctx.index();
        int[] flagged = singleSiteRequired(index);
        if (flagged.length == 0) {
            return List.of();
        }
        Dependents[] services = dependentTier1Services(index, flagged);
        List<Finding> findings = new ArrayList<>(flagged.length);
        for (int i = 0; i < flagged.length; i++) {
            findings.add(finding(ctx, index, flagged[i], services[i]));
        }
        return findings;
    }

    private static int[] singleSiteRequired(TopologyIndex index) {
        return IntStream.range(0, index.componentCount())
                .filter(c -> index.requiredByTier1(c) && index.onlySite(c) >= 0)
                .toArray();
    }

    /** How many tier-1 services depend on a component, and the first few of them in document order. */
    private static final class Dependents {
        private int count;
        private final List<String> first = new ArrayList<>(Texts.SHOWN);

        void add(String service) {
            if (count++ < Texts.SHOWN) {
                first.add(service);
            }
        }

        String ko() {
            return Texts.ko(first) + (count > Texts.SHOWN ? " 외 " + (count - Texts.SHOWN) + "개" : "");
        }

        String en() {
            return Texts.en(first) + (count > Texts.SHOWN ? " and " + (count - Texts.SHOWN) + " more" : "");
        }
    }

    /**
     * For each flagged component the tier-1 services (document order) reaching it over required edges:
     * one pass over the condensed graph per 64 services, each pass linear in components and edges.
     */
    private static Dependents[] dependentTier1Services(TopologyIndex index, int[] flagged) {
        List<Service> tier1 = index.topology().services().stream().filter(s -> s.tier() == 1).toList();
        Adjacency required = index.required();
        Scc graph = required.scc();
        Dependents[] result = new Dependents[flagged.length];
        for (int i = 0; i < flagged.length; i++) {
            result[i] = new Dependents();
        }
        for (int first = 0; first < tier1.size(); first += Long.SIZE) {
            List<Service> chunk = tier1.subList(first, Math.min(tier1.size(), first + Long.SIZE));
            long[] reach = propagate(index, required, graph, chunk);
            for (int i = 0; i < flagged.length; i++) {
                for (long bits = reach[graph.comp[flagged[i]]]; bits != 0; bits &= bits - 1) {
                    result[i].add(chunk.get(Long.numberOfTrailingZeros(bits)).id());
                }
            }
        }
        return result;
    }

    /**
     * Bit k of a strongly connected component of the required edges: service k of the chunk reaches it. Components
     * are visited dependents first (the reverse of {@link Scc}'s order).
     */
    private static long[] propagate(TopologyIndex index, Adjacency required, Scc graph, List<Service> chunk) {
        long[] reach = new long[graph.count];
        for (int k = 0; k < chunk.size(); k++) {
            for (int c : index.entrypoints(chunk.get(k))) {
                reach[graph.comp[c]] |= 1L << k;
            }
        }
        for (int g = graph.count - 1; g >= 0; g--) {
            if (reach[g] == 0) {
                continue;
            }
            for (int m = graph.start[g]; m < graph.start[g + 1]; m++) {
                int u = graph.order[m];
                for (int e = required.start(u); e < required.end(u); e++) {
                    reach[graph.comp[required.target(e)]] |= reach[g];
                }
            }
        }
        return reach;
    }

    private static Finding finding(ValidationContext ctx, TopologyIndex index, int c, Dependents services) {
        String id = index.component(c).id();
        String site = index.site(index.onlySite(c)).id();
        LocalizedText message = LocalizedText.of(
                "구성요소 " + id + "의 배치가 모두 사이트 " + site + " 한 곳에 있습니다. 1등급 서비스 "
                        + services.count + "개(" + services.ko() + ")가 이 구성요소에 필수(hard)로 의존합니다.",
                "Every placement of component " + id + " is in site " + site + "; " + services.count
                        + " tier-1 service(s) (" + services.en() + ") hard-depend on it.");
        LocalizedText remedy = LocalizedText.of(
                Josa.attach(id, "을/를") + " " + Josa.attach(site, "과/와") + " 위험군(캠퍼스·전력·권역)을 공유하지 않는 두 번째 사이트에도 배치하고, "
                        + "그 사이트만으로 서비스를 이어갈 수 있게 하십시오.",
                "Place " + id + " in a second site that shares no risk group (campus, power, metro) with " + site
                        + " and can carry the service on its own.");
        return ctx.finding(ID, Subject.component(id), null, message, chain(index, c, site), remedy, null);
    }

    private static List<ChainStep> chain(TopologyIndex index, int c, String site) {
        Service root = index.topology().services().get(index.requiredRootService(c));
        int[] path = index.requiredPath(c);
        List<ChainStep> chain = new ArrayList<>(path.length + 2);
        chain.add(Texts.step(0, "service", root.id(), "service", List.of(),
                "1등급 서비스 " + root.id(), "tier-1 service " + root.id()));
        for (int i = 0; i < path.length; i++) {
            Component component = index.component(path[i]);
            String relation = i == 0 ? "entrypoint"
                    : index.isAnyOfEdge(path[i - 1], path[i]) ? "any-of-member" : "hard-dependency";
            chain.add(Texts.step(i + 1, "component", component.id(), relation, List.of(),
                    stepKo(relation, component.id()), stepEn(relation, component.id())));
        }
        chain.add(Texts.step(path.length + 1, "site", site, "only-site", List.of(site),
                index.component(c).id() + "의 모든 배치가 " + site + "에 있음",
                "every placement of " + index.component(c).id() + " is in " + site));
        return chain;
    }

    private static String stepKo(String relation, String id) {
        return switch (relation) {
            case "entrypoint" -> "진입점 " + id;
            case "any-of-member" -> "anyOf 그룹 구성원 " + id + "(그룹 전체가 한 사이트에 있음)";
            default -> "필수 의존 " + id;
        };
    }

    private static String stepEn(String relation, String id) {
        return switch (relation) {
            case "entrypoint" -> "entrypoint " + id;
            case "any-of-member" -> "anyOf member " + id + " (the whole group is in one site)";
            default -> "hard dependency " + id;
        };
    }
}
