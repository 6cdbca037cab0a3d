package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.model.Drill;
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
 * DRILL-002 (high by default): a drill's {@code achievedRtoMinutes} exceeds the {@code rtoMinutes} of a service
 * it lists, or its {@code achievedRpoMinutes} exceeds the {@code rpoMinutes}. One finding per drill, service
 * and metric (subject: the drill); metrics not stated on either side are not compared. Every drill counts,
 * whatever its scenario or date.
 */
public final class Drill002 implements Rule {
    public static final String ID = "DRILL-002";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("훈련 결과가 RTO·RPO 목표 초과", "Drill missed its RTO or RPO target"),
                LocalizedText.of(
                        "훈련에서 달성한 RTO 또는 RPO(achievedRtoMinutes, achievedRpoMinutes)가 훈련 대상 서비스의 목표를 넘었습니다.",
                        "A drill's achieved RTO or RPO (achievedRtoMinutes, achievedRpoMinutes) exceeded the target "
                                + "of a service it lists."),
                LocalizedText.of(
                        "훈련에서 드러난 지연 원인을 고친 뒤 다시 훈련하여 목표 달성을 입증하십시오.",
                        "Fix what slowed recovery in the drill, then drill again to show that the target is met."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        Map<String, Service> services = ctx.topology().servicesById();
        List<Finding> findings = new ArrayList<>();
        for (Drill drill : ctx.topology().drills()) {
            for (String serviceId : drill.services()) {
                Service service = services.get(serviceId);
                if (service == null) {
                    continue;
                }
                if (exceeds(drill.achievedRtoMinutes(), service.rtoMinutes())) {
                    findings.add(finding(ctx, drill, service, "RTO", drill.achievedRtoMinutes(), service.rtoMinutes()));
                }
                if (exceeds(drill.achievedRpoMinutes(), service.rpoMinutes())) {
                    findings.add(finding(ctx, drill, service, "RPO", drill.achievedRpoMinutes(), service.rpoMinutes()));
                }
            }
        }
        return findings;
    }

    private static boolean exceeds(Integer achieved, Integer target) {
        return achieved != null && target != null && achieved > target;
    }

    private static Finding finding(ValidationContext ctx, Drill drill, Service service, String metric, int achieved,
                                   int target) {
        LocalizedText message = LocalizedText.of(
                "훈련 " + drill.id() + "(" + drill.date() + ", " + drill.scenario().wire() + ")에서 서비스 " + service.id()
                        + "의 달성 " + metric + " " + achieved + "분이 목표 " + target + "분을 넘었습니다.",
                "Drill " + drill.id() + " (" + drill.date() + ", " + drill.scenario().wire() + ") achieved an " + metric
                        + " of " + achieved + " min for service " + service.id() + ", above its target of " + target + " min.");
        List<ChainStep> chain = List.of(
                Texts.step(0, "drill", drill.id(), "drill", drill.lostSites(),
                        "훈련 " + drill.id() + ": 달성 " + metric + " " + achieved + "분",
                        "drill " + drill.id() + ": achieved " + metric + " " + achieved + " min"),
                Texts.step(1, "service", service.id(), "service", List.of(),
                        "서비스 " + service.id() + ": 목표 " + metric + " " + target + "분",
                        "service " + service.id() + ": " + metric + " target " + target + " min"));
        LocalizedText remedy = LocalizedText.of(
                "훈련에서 드러난 지연 원인을 고친 뒤 다시 훈련하여 " + service.id() + "의 " + metric + " 목표 달성을 입증하십시오.",
                "Fix what slowed recovery in the drill, then drill again to show that " + service.id() + " meets its "
                        + metric + " target.");
        return ctx.finding(ID, Subject.drill(drill.id()), null, message, chain, remedy, null);
    }
}
