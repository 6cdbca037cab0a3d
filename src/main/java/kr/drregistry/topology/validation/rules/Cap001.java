package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.validation.ChainStep;
import kr.drregistry.topology.validation.Finding;
import kr.drregistry.topology.validation.LocalizedText;
import kr.drregistry.topology.validation.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.topology.validation.RuleText;
import kr.drregistry.topology.validation.Subject;
import kr.drregistry.topology.validation.TopologyIndex;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * CAP-001 (medium by default): a tier-1 component (one a tier-1 service hard-depends on, transitively, every
 * {@code anyOf} member followed) keeps less than {@code capacity.minSurvivingPct} of capacity after losing one
 * site. Only {@code site:<id>} scenarios count, and only those in which the component loses at least one
 * placement and keeps at least one (losing all of them is SPOF-001/SPOF-002). Surviving capacity is the sum of
 * {@code capacityPct} over placements in other sites, whatever their role; an absent {@code capacityPct}
 * counts as 100. One finding per component: the scenario is the worst site (first in document order on ties),
 * and the chain lists every short site.
 */
public final class Cap001 implements Rule {
    public static final String ID = "CAP-001";
    private static final int FULL = 100;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        String n = Texts.num(policy.param(Policy.CAPACITY_MIN_SURVIVING_PCT));
        return new RuleText(ID,
                LocalizedText.of(
                        "한 사이트를 잃은 뒤 1등급 구성요소의 남은 용량(다른 사이트 배치의 capacityPct 합, 생략 시 100)이 " + n + "% 미만입니다.",
                        "After losing one site, the surviving capacity of a tier-1 component (the sum of capacityPct "
                                + "of its placements in other sites, 100 when omitted) is below " + n + " %."),
                LocalizedText.of(
                        "어느 한 사이트를 잃어도 나머지 사이트의 용량 합이 " + n + "% 이상이 되도록 증설하거나 배치를 나누십시오.",
                        "Add or spread capacity so that the other sites together carry at least " + n
                                + " % after losing any one site."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        if (!ctx.policy().enabled(ID)) {
            return List.of();
        }
        if (ctx.v2()) {
            return ChangedInV2.cap001(ctx, ID);
        }
        double minimum = ctx.policy().param(Policy.CAPACITY_MIN_SURVIVING_PCT);
        TopologyIndex index = ctx.index();
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < index.componentCount(); c++) {
            if (index.inTier1Closure(c)) {
                List<Shortfall> shortfalls = shortfalls(index.component(c), minimum);
                if (!shortfalls.isEmpty()) {
                    findings.add(finding(ctx, index.component(c), shortfalls, minimum));
                }
            }
        }
        return findings;
    }

    /** A lost site and the capacity left in the other sites. */
    private record Shortfall(String lostSite, int survivingPct) {
    }

    private static List<Shortfall> shortfalls(Component component, double minimum) {
        List<Placement> placements = component.placements();
        if (placements.size() < 2) {
            return List.of();
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            String lost = placements.get(i).site();
            int surviving = seenBefore(placements, i) ? -1 : surviving(placements, lost);
            if (surviving >= 0 && surviving < minimum) {
                shortfalls.add(new Shortfall(lost, surviving));
            }
        }
        return shortfalls;
    }

    private static boolean seenBefore(List<Placement> placements, int i) {
        for (int j = 0; j < i; j++) {
            if (placements.get(j).site().equals(placements.get(i).site())) {
                return true;
            }
        }
        return false;
    }

    /** Capacity left in other sites after losing {@code lost}; -1 when no placement is left. */
    private static int surviving(List<Placement> placements, String lost) {
        int surviving = 0;
        boolean kept = false;
        for (Placement p : placements) {
            if (!p.site().equals(lost)) {
                kept = true;
                surviving += p.capacityPct() == null ? FULL : p.capacityPct();
            }
        }
        return kept ? surviving : -1;
    }

    private static Finding finding(ValidationContext ctx, Component component, List<Shortfall> shortfalls, double minimum) {
        Shortfall worst = shortfalls.get(0);
        for (Shortfall s : shortfalls) {
            worst = s.survivingPct() < worst.survivingPct() ? s : worst;
        }
        String id = component.id();
        String min = Texts.num(minimum);
        LocalizedText message = LocalizedText.of(
                "1등급 구성요소 " + id + ": 사이트 " + worst.lostSite() + "를 잃으면 남은 용량이 " + worst.survivingPct()
                        + "%로 정책 기준 " + min + "%에 못 미칩니다(기준 미달 사이트 손실 " + shortfalls.size() + "건).",
                "Tier-1 component " + id + ": losing site " + worst.lostSite() + " leaves " + worst.survivingPct()
                        + "% of capacity, below the policy minimum of " + min + "% (" + shortfalls.size()
                        + " site loss(es) fall short).");
        List<ChainStep> chain = new ArrayList<>();
        chain.add(Texts.step(0, "component", id, "placement", component.placementSites(),
                "1등급 구성요소 " + id, "tier-1 component " + id));
        for (Shortfall s : shortfalls) {
            chain.add(Texts.step(1, "site", s.lostSite(), "placement", List.of(s.lostSite()),
                    s.lostSite() + " 손실 시 남은 용량 " + s.survivingPct() + "%",
                    "losing " + s.lostSite() + " leaves " + s.survivingPct() + "%"));
        }
        LocalizedText remedy = LocalizedText.of(
                "어느 한 사이트를 잃어도 나머지 사이트의 " + id + " 용량 합이 " + min + "% 이상이 되도록 증설하거나 배치를 나누십시오.",
                "Add or spread capacity of " + id + " so that the other sites together carry at least " + min
                        + "% after losing any one site.");
        return ctx.finding(ID, Subject.component(id), "site:" + worst.lostSite(), message, chain, remedy, null);
    }
}
