package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.Component;
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
 * OPS-002 (high by default): a control-plane component ({@link Component#isControlPlane()}: by kind, or
 * {@code controlPlane: true}) has all its placements in one site, whether or not a service depends on it.
 */
public final class Ops002 implements Rule {
    public static final String ID = "OPS-002";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("제어 영역이 한 사이트에만 있음", "Control plane in one site only"),
                LocalizedText.of(
                        "제어 영역 구성요소(auth, dns, monitoring, deployment, admin-console, key-management, messaging-ops "
                                + "또는 controlPlane: true)의 배치가 모두 한 사이트에 있습니다. 서비스가 의존하지 않아도 해당합니다.",
                        "A control-plane component (auth, dns, monitoring, deployment, admin-console, key-management, "
                                + "messaging-ops, or controlPlane: true) has every placement in one site, whether or not a "
                                + "service depends on it."),
                LocalizedText.of(
                        "그 구성요소를 다른 위험군의 사이트에도 운영하고, 첫 사이트 없이도 인증·권한·배포가 동작하는지 훈련으로 확인하십시오.",
                        "Run the component in a site of another risk group as well, and prove in a drill that "
                                + "credentials, authority and deployment work without the first site."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        TopologyIndex index = ctx.index();
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < index.componentCount(); c++) {
            Component component = index.component(c);
            if (component.isControlPlane() && index.onlySite(c) >= 0) {
                findings.add(finding(ctx, component, index.site(index.onlySite(c)).id()));
            }
        }
        return findings;
    }

    private static Finding finding(ValidationContext ctx, Component component, String site) {
        String id = component.id();
        String kind = component.kind().wire();
        LocalizedText message = LocalizedText.of(
                "제어·운영 구성요소 " + id + "(" + kind + ")의 배치가 모두 사이트 " + site + " 한 곳에 있습니다. "
                        + site + "를 잃으면 복구에 필요한 운영 도구도 함께 잃습니다.",
                "Control-plane component " + id + " (" + kind + ") has every placement in site " + site
                        + "; losing " + site + " also loses the tools needed to recover.");
        List<ChainStep> chain = List.of(
                Texts.step(0, "component", id, "placement", List.of(site),
                        "제어·운영 구성요소 " + id, "control-plane component " + id),
                Texts.step(1, "site", site, "only-site", List.of(site),
                        id + "의 모든 배치가 " + site + "에 있음", "every placement of " + id + " is in " + site));
        LocalizedText remedy = LocalizedText.of(
                Josa.attach(id, "을/를") + " 다른 위험군의 사이트에도 운영하고, " + site + " 없이도 인증·권한·배포가 동작하는지 훈련으로 확인하십시오.",
                "Run " + id + " in a site of another risk group as well, and prove in a drill that credentials, "
                        + "authority and deployment work without " + site + ".");
        return ctx.finding(ID, Subject.component(id), null, message, chain, remedy, null);
    }
}
