package kr.drregistry.topology.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.model.Drill;
import kr.drregistry.topology.model.DrillScenario;
import kr.drregistry.topology.model.Site;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * DRILL-003 (drr/v2, medium by default): no {@code site-loss} drill within {@code drill.worstSiteMaxAgeMonths}
 * (policy, 24) before {@code asOf} lost the site whose {@code site:<id>} scenario has the largest {@code usersLost}
 * (the first on ties; no finding when every site loss loses no users). One finding per filing.
 */
public final class Drill003 implements Rule {
    public static final String ID = "DRILL-003";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean needsLossSimulation() {
        return true;
    }

    @Override
    public RuleText text(Policy policy) {
        String months = Texts.num(policy.param(Policy.DRILL_WORST_SITE_MAX_AGE_MONTHS));
        return new RuleText(ID,
                LocalizedText.of("가장 큰 사이트를 잃는 훈련 없음", "No drill losing the worst site"),
                LocalizedText.of("잃으면 이용자가 가장 많이 영향을 받는 사이트를 잃는 사이트 손실 훈련이 최근 " + months
                                + "개월 안에 없습니다.",
                        "No site-loss drill in the last " + months + " months lost the site whose loss costs the most users."),
                LocalizedText.of("그 사이트를 잃는 사이트 손실 훈련을 실시하고 결과를 제출하십시오.",
                        "Run a site-loss drill that loses that site and file its result."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        LossAnalysis loss = ctx.analysis();
        Site worst = null;
        long worstUsers = 0;
        for (Site site : ctx.topology().sites()) {
            long users = loss.usersLost(loss.scenarioIndex(site.scenarioId()));
            if (users > worstUsers) {
                worst = site;
                worstUsers = users;
            }
        }
        if (worst == null) {
            return List.of();
        }
        LocalDate asOf = ctx.topology().asOf();
        long months = (long) ctx.policy().param(Policy.DRILL_WORST_SITE_MAX_AGE_MONTHS);
        LocalDate from = asOf.minusMonths(months);
        Drill latest = null;
        for (Drill d : ctx.topology().drills()) {
            if (d.scenario() == DrillScenario.SITE_LOSS && d.lostSites().contains(worst.id())) {
                if (!d.date().isBefore(from) && !d.date().isAfter(asOf)) {
                    return List.of();
                }
                latest = latest == null || d.date().isAfter(latest.date()) ? d : latest;
            }
        }
        String site = worst.id();
        String last = latest == null ? "" : " 마지막 훈련: " + latest.id() + "(" + latest.date() + ").";
        String lastEn = latest == null ? "" : " Last such drill: " + latest.id() + " (" + latest.date() + ").";
        LocalizedText message = LocalizedText.of(
                "잃으면 이용자를 가장 많이 잃는 사이트 " + site + "(일 이용자 " + String.format(java.util.Locale.ROOT, "%,d", worstUsers) + "명)를 잃는 사이트 손실 훈련이 "
                        + from + " ~ " + asOf + " 사이에 없습니다." + last,
                "No site-loss drill between " + from + " and " + asOf + " lost site " + site + ", whose loss costs the "
                        + "most users (" + String.format(java.util.Locale.ROOT, "%,d", worstUsers) + " daily users)." + lastEn);
        List<ChainStep> chain = new ArrayList<>();
        chain.add(Texts.step(0, "site", site, "site", List.of(site), "사이트 " + site + " 손실: 일 이용자 " + String.format(java.util.Locale.ROOT, "%,d", worstUsers) + "명",
                "loss of site " + site + ": " + String.format(java.util.Locale.ROOT, "%,d", worstUsers) + " daily users"));
        LocalizedText remedy = LocalizedText.of(site + "를 잃는 사이트 손실 훈련을 실시하고 달성한 RTO·RPO를 제출하십시오.",
                "Run a site-loss drill that loses " + site + " and file the achieved RTO and RPO.");
        return List.of(ctx.finding(ID, Subject.filing(ctx.topology().operator()), worst.scenarioId(), message, chain,
                remedy, worstUsers));
    }
}
