package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.LossScenario;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.TopologyIndex;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * CAP-001 (medium by default; FILING-FORMAT-V2.md §7.9): in a {@code site:<id>} scenario, a tier-1 component (one
 * a tier-1 service hard-depends on, transitively, every {@code anyOf} member followed) that is up, loses a placement
 * in that site and keeps one elsewhere has a capacity (rule 14, of the path it takes) below
 * {@code capacity.minSurvivingPct}. One finding per component and such scenario.
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
                LocalizedText.of("사이트를 잃은 뒤 용량 부족", "Too little capacity after losing a site"),
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
    public boolean needsLossSimulation() {
        return true;
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        LossAnalysis loss = ctx.analysis();
        double minimum = ctx.policy().param(Policy.CAPACITY_MIN_SURVIVING_PCT);
        TopologyIndex index = ctx.index();
        List<Finding> findings = new ArrayList<>();
        // each site's scenario, looked up once (not once per component and site)
        int[] siteScenarios = ctx.topology().sites().stream().mapToInt(site -> loss.scenarioIndex(site.scenarioId())).toArray();
        for (int c = 0; c < index.componentCount(); c++) {
            if (!index.inTier1Closure(c)) {
                continue;
            }
            Component component = index.component(c);
            for (int s : siteScenarios) {
                LossScenario scenario = loss.scenarios().get(s);
                boolean loses = false;
                boolean keeps = false;
                for (Placement p : component.placements()) {
                    boolean lost = scenario.sites().contains(p.site());
                    loses |= lost;
                    keeps |= !lost;
                }
                OptionalLong capacity = loss.capacity(s, component.id());
                if (!loses || !keeps || capacity.isEmpty() || capacity.getAsLong() >= minimum) {
                    continue;
                }
                String min = Texts.num(minimum);
                LocalizedText message = LocalizedText.of(
                        "1등급 구성요소 " + component.id() + ": " + scenario.id() + " 손실 시 남은 용량이 " + capacity.getAsLong()
                                + "%로 정책 기준 " + min + "%에 못 미칩니다(" + loss.path(s, component.id()).name().toLowerCase(java.util.Locale.ROOT) + ").",
                        "Tier-1 component " + component.id() + ": losing " + scenario.id() + " leaves "
                                + capacity.getAsLong() + "% of capacity, below the policy minimum of " + min + "% ("
                                + loss.path(s, component.id()).name().toLowerCase(java.util.Locale.ROOT) + " path).");
                LocalizedText remedy = LocalizedText.of(
                        component.id() + "의 다른 사이트 배치 용량을 " + min + "% 이상으로 늘리십시오.",
                        "Raise the capacity of the other placements of " + component.id() + " to at least " + min + "%.");
                findings.add(ctx.finding(ID, Subject.component(component.id()), scenario.id(), message,
                        List.of(Texts.step(0, "component", component.id(), "capacity", List.of(),
                                component.id() + ": 용량 " + capacity.getAsLong() + "%",
                                component.id() + ": capacity " + capacity.getAsLong() + "%")), remedy, null));
            }
        }
        return findings;
    }
}
