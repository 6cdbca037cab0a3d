package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kr.drregistry.topology.model.Drill;
import kr.drregistry.topology.model.DrillScenario;
import kr.drregistry.topology.model.Service;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * DRILL-001 (high by default): a tier-1 service is not listed by any {@code site-loss} drill dated within
 * {@code [asOf - drill.maxAgeMonths months, asOf]} (both ends included; drills dated after {@code asOf} do not
 * count). The chain names the service's latest site-loss drill when there is one outside the window.
 */
public final class Drill001 implements Rule {
    public static final String ID = "DRILL-001";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        String n = Texts.num(policy.param(Policy.DRILL_MAX_AGE_MONTHS));
        return new RuleText(ID,
                LocalizedText.of("사이트 손실 훈련 없음", "No site-loss drill"),
                LocalizedText.of(
                        "1등급 서비스에 asOf 이전 " + n + "개월 안의 사이트 손실(site-loss) 훈련이 없습니다.",
                        "A tier-1 service has no site-loss drill in the " + n + " months before asOf."),
                LocalizedText.of(
                        "그 서비스를 포함하는 사이트 손실 훈련을 실시하고 달성 RTO·RPO와 함께 결과를 제출하십시오.",
                        "Run a site-loss drill covering the service and file its result with the achieved RTO and RPO."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        LocalDate asOf = ctx.topology().asOf();
        long months = (long) ctx.policy().param(Policy.DRILL_MAX_AGE_MONTHS);
        LocalDate from = asOf.minusMonths(months);
        List<Drill> siteLoss = ctx.topology().drills().stream().filter(d -> d.scenario() == DrillScenario.SITE_LOSS).toList();
        Set<String> covered = new HashSet<>();
        for (Drill d : siteLoss) {
            if (!d.date().isBefore(from) && !d.date().isAfter(asOf)) {
                covered.addAll(d.services());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Service service : ctx.topology().services()) {
            if (service.tier() == 1 && !covered.contains(service.id())) {
                Optional<Drill> latest = siteLoss.stream().filter(d -> d.services().contains(service.id()))
                        .max(Comparator.comparing(Drill::date));
                findings.add(finding(ctx, service, months, from, asOf, latest));
            }
        }
        return findings;
    }

    private static Finding finding(ValidationContext ctx, Service service, long months, LocalDate from, LocalDate asOf,
                                   Optional<Drill> latest) {
        String id = service.id();
        LocalizedText message = LocalizedText.of(
                "1등급 서비스 " + id + "에 대해 " + asOf + " 기준 최근 " + months + "개월(" + from + " ~ " + asOf
                        + ") 안에 실시한 사이트 손실(site-loss) 훈련 기록이 없습니다.",
                "Tier-1 service " + id + " has no site-loss drill in the " + months + " months up to " + asOf
                        + " (" + from + " to " + asOf + ").");
        List<ChainStep> chain = new ArrayList<>();
        chain.add(Texts.step(0, "service", id, "service", List.of(), "1등급 서비스 " + id, "tier-1 service " + id));
        latest.ifPresent(d -> chain.add(Texts.step(1, "drill", d.id(), "drill", d.lostSites(),
                "가장 최근 사이트 손실 훈련 " + d.id() + "(" + d.date() + ")은 기간 밖",
                "latest site-loss drill " + d.id() + " (" + d.date() + ") is outside the window")));
        LocalizedText remedy = LocalizedText.of(
                Josa.attach(id, "을/를") + " 포함하는 사이트 손실 훈련을 실시하고 달성 RTO·RPO와 함께 결과를 제출하십시오.",
                "Run a site-loss drill covering " + id + " and file its result with the achieved RTO and RPO.");
        return ctx.finding(ID, Subject.service(id), null, message, chain, remedy, null);
    }
}
