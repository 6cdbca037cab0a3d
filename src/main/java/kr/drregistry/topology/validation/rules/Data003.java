package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.validation.ChainStep;
import kr.drregistry.topology.validation.Condensation;
import kr.drregistry.topology.validation.Finding;
import kr.drregistry.topology.validation.LocalizedText;
import kr.drregistry.topology.validation.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.topology.validation.RuleText;
import kr.drregistry.topology.validation.Subject;
import kr.drregistry.topology.validation.TopologyIndex;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * DATA-003 (high by default): a service's {@code rpoMinutes} is below its achievable RPO, compared in seconds.
 *
 * <p>Achievable RPO of a stateful component: on losing its primary site, the smallest loss among its copies in
 * other sites — sync replication 0, async replication {@code lagSeconds}, a backup {@code intervalMinutes};
 * none means unbounded. An async replication without {@code lagSeconds} (or a backup without an interval)
 * is a copy of unknown loss: it bounds nothing, so a component whose only copies are such is unbounded.
 * A service's achievable RPO is the largest among the stateful components reachable over hard dependencies
 * from its entrypoints (entrypoints included, every {@code anyOf} member followed), computed once for all
 * services over the condensed dependency graph (cycle-safe, no recursion). On ties the component first in
 * document order is named as the limit.
 */
public final class Data003 implements Rule {
    public static final String ID = "DATA-003";
    private static final long UNBOUNDED = Long.MAX_VALUE;
    private static final long NONE = -1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of(
                        "서비스의 RPO 목표가 데이터 경로가 줄 수 있는 값(동기 복제 0, 비동기 복제 lagSeconds, 백업 intervalMinutes)보다 작습니다.",
                        "A service's RPO target is below what its data path can give (synchronous replication 0, "
                                + "asynchronous replication lagSeconds, a backup intervalMinutes)."),
                LocalizedText.of(
                        "데이터를 더 자주 또는 동기로 다른 사이트에 복사하거나, 데이터 경로가 지킬 수 있는 RPO 목표를 제출하십시오.",
                        "Copy the data to another site more often or synchronously, or file an RPO target that the "
                                + "data path can meet."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        if (!ctx.policy().enabled(ID)) {
            return List.of();
        }
        if (ctx.v2()) {
            return ChangedInV2.data003(ctx, ID);
        }
        if (ctx.topology().services().stream().allMatch(s -> s.rpoMinutes() == null)) {
            return List.of();
        }
        TopologyIndex index = ctx.index();
        Worst worst = worstPerGroup(index);
        List<Finding> findings = new ArrayList<>();
        for (Service service : ctx.topology().services()) {
            if (service.rpoMinutes() == null) {
                continue;
            }
            int limiting = -1;
            for (int entry : index.entrypoints(service)) {
                limiting = worse(worst.limiting(entry), limiting, worst);
            }
            if (limiting >= 0 && worst.own[limiting] > service.rpoMinutes() * 60L) {
                findings.add(finding(ctx, service, index.component(limiting)));
            }
        }
        return findings;
    }

    /** Per group of the condensed graph, the component with the worst achievable RPO reachable from it. */
    private static Worst worstPerGroup(TopologyIndex index) {
        Condensation graph = Condensation.of(index, (byte) 0);
        long[] own = new long[index.componentCount()];
        for (int c = 0; c < own.length; c++) {
            own[c] = achievableSeconds(index.component(c));
        }
        Worst worst = new Worst(graph, own, new int[graph.groupCount()]);
        Arrays.fill(worst.limitingByGroup, -1);
        for (int g = 0; g < graph.groupCount(); g++) {
            int limiting = -1;
            for (int m = graph.memberStart(g); m < graph.memberStart(g + 1); m++) {
                int u = graph.member(m);
                limiting = worse(own[u] == NONE ? -1 : u, limiting, worst);
                for (int e = index.edgeStart(u); e < index.edgeEnd(u); e++) {
                    int h = graph.groupOf(index.edgeTarget(e));
                    if (h != g) {
                        limiting = worse(worst.limitingByGroup[h], limiting, worst);
                    }
                }
            }
            worst.limitingByGroup[g] = limiting;
        }
        return worst;
    }

    /** The worse of two candidate components (-1 = none): larger RPO, then earlier in document order. */
    private static int worse(int a, int b, Worst worst) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        long ra = worst.own[a];
        long rb = worst.own[b];
        return ra > rb || (ra == rb && a < b) ? a : b;
    }

    /** Achievable RPO in seconds; {@link #UNBOUNDED}; or {@link #NONE} for a component holding no data. */
    private static long achievableSeconds(Component component) {
        String home = TopologyIndex.homeSite(component);
        if (!component.isStateful() || home == null) {
            return NONE;
        }
        Copies.Copy best = Copies.best(Copies.outside(component, home));
        return best == null ? UNBOUNDED : best.lossSeconds();
    }

    private record Worst(Condensation graph, long[] own, int[] limitingByGroup) {
        int limiting(int component) {
            return limitingByGroup[graph.groupOf(component)];
        }
    }

    private static Finding finding(ValidationContext ctx, Service service, Component limiting) {
        String home = TopologyIndex.homeSite(limiting);
        Copies.Copy best = Copies.best(Copies.outside(limiting, home));
        String achievedKo = best == null ? "무한(주 사이트 밖에 손실이 확정된 사본 없음)" : duration(best.lossSeconds(), true);
        String achievedEn = best == null ? "unbounded (no copy of known loss outside the primary site)"
                : duration(best.lossSeconds(), false);
        LocalizedText message = LocalizedText.of(
                "서비스 " + service.id() + "의 RPO 목표는 " + service.rpoMinutes() + "분이지만 데이터 경로가 보장할 수 있는 RPO는 "
                        + achievedKo + "입니다. 한계 구성요소: " + limiting.id() + "(주 사이트 " + home + ")"
                        + (best == null ? "." : ", 가장 좋은 사본: " + best.description().ko() + "."),
                "Service " + service.id() + " targets an RPO of " + service.rpoMinutes() + " min but its data path can "
                        + "only give " + achievedEn + ". Limiting component: " + limiting.id() + " (primary site " + home + ")"
                        + (best == null ? "." : ", best copy: " + best.description().en() + "."));
        List<ChainStep> chain = new ArrayList<>();
        chain.add(Texts.step(0, "service", service.id(), "service", List.of(),
                "서비스 " + service.id() + " (RPO 목표 " + service.rpoMinutes() + "분)",
                "service " + service.id() + " (RPO target " + service.rpoMinutes() + " min)"));
        chain.add(Texts.step(1, "component", limiting.id(), "hard-dependency", List.of(home),
                "필수 의존(간접 포함) 상태 저장 구성요소 " + limiting.id(),
                "stateful component " + limiting.id() + " (hard dependency, possibly transitive)"));
        chain.add(best == null
                ? Texts.step(2, "site", home, "only-site", List.of(home),
                        home + " 밖에 손실이 확정된 사본 없음", "no copy of known loss outside " + home)
                : Texts.step(2, best.kind(), best.site(), "copy", List.of(best.site()),
                        best.description().ko(), best.description().en()));
        LocalizedText remedy = LocalizedText.of(
                limiting.id() + "의 데이터를 더 자주 또는 동기로 다른 사이트에 복사하거나, 달성 가능한 값으로 " + service.id()
                        + "의 RPO 목표를 고쳐 제출하십시오.",
                "Copy the data of " + limiting.id() + " to another site more often or synchronously, or file an RPO target "
                        + "for " + service.id() + " that the data path can meet.");
        return ctx.finding(ID, Subject.service(service.id()), null, message, chain, remedy, null);
    }

    private static String duration(long seconds, boolean korean) {
        if (seconds % 60 == 0) {
            return seconds / 60 + (korean ? "분" : " min");
        }
        return seconds + (korean ? "초" : " s");
    }
}
