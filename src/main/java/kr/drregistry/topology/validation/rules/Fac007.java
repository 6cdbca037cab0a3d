package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.Site;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.ValidationContext;

/** FAC-007 (medium by default): a facility states no channel to tell its tenants of a facility fault. */
public final class Fac007 implements Rule {
    public static final String ID = "FAC-007";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("입주사 장애 알림 채널 없음", "No fault notice channel to tenants"),
                LocalizedText.of(
                        "IDC 시설: 시설 장애를 입주사에 알리는 채널(tenantFaultNotification)이 없습니다.",
                        "IDC facility: no channel to tell tenants of a facility fault (tenantFaultNotification)."),
                LocalizedText.of(
                        "시설 장애를 감지 즉시 입주 부가통신사업자에게 알리는 채널(SMS·전화·API 등)과 연락처를 정하십시오.",
                        "Set up a channel (SMS, phone, API, …) and contact to tell tenants of a facility fault as "
                                + "soon as it is detected."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (Site site : Facilities.sites(ctx)) {
            if (site.facility().tenantFaultNotification() == null) {
                findings.add(finding(ctx, site));
            }
        }
        return findings;
    }

    private static Finding finding(ValidationContext ctx, Site site) {
        List<String> tenants = site.facility().tenants();
        String who = tenants.isEmpty() ? "" : " (" + Texts.en(tenants) + ")";
        LocalizedText message = LocalizedText.of(
                "사이트 " + site.id() + "에 시설 장애를 입주 사업자" + (tenants.isEmpty() ? "" : "(" + Texts.ko(tenants) + ")")
                        + "에게 알리는 채널이 없습니다.",
                "Site " + site.id() + " has no channel to notify its tenants" + who + " of a facility fault.");
        List<ChainStep> steps = tenants.stream().map(t -> Texts.step(1, "tenant", t, "facility", List.of(site.id()),
                "입주 사업자 " + t, "tenant " + t)).toList();
        LocalizedText remedy = LocalizedText.of(
                site.id() + "의 시설 장애를 감지 즉시 입주 부가통신사업자에게 알리는 채널(SMS·전화·API 등)과 연락처를 정하십시오.",
                "Set up a channel (SMS, phone, API, …) and contact to tell the tenants of " + site.id()
                        + " of a facility fault as soon as it is detected.");
        return Facilities.finding(ctx, ID, site, message, steps, remedy);
    }
}
