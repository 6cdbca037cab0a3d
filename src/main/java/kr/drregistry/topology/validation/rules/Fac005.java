package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.Site;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.ValidationContext;

/** FAC-005 (high by default): a facility does not state {@code standbyPowerDuplicated: true} (false or absent). */
public final class Fac005 implements Rule {
    public static final String ID = "FAC-005";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("예비 전력 이중화를 밝히지 않음", "Duplicated standby power not stated"),
                LocalizedText.of(
                        "IDC 시설: 예비 전력 이중화(standbyPowerDuplicated: true)를 밝히지 않았습니다(false 또는 생략).",
                        "IDC facility: duplicated standby power is not stated (standbyPowerDuplicated false or "
                                + "absent)."),
                LocalizedText.of(
                        "UPS·예비 전력을 이중화하여 한 계통이 멈춰도 상용 전력 손실 중 운전이 이어지게 하십시오.",
                        "Duplicate the UPS and standby power so that losing one chain keeps the site running while "
                                + "grid power is lost."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (Site site : Facilities.sites(ctx)) {
            if (!Boolean.TRUE.equals(site.facility().standbyPowerDuplicated())) {
                findings.add(finding(ctx, site));
            }
        }
        return findings;
    }

    private static Finding finding(ValidationContext ctx, Site site) {
        boolean stated = site.facility().standbyPowerDuplicated() != null;
        LocalizedText message = LocalizedText.of(
                "사이트 " + site.id() + "의 예비 전력이 이중화되어 있지 " + (stated ? "않습니다." : "않거나 기재되지 않았습니다."),
                "Standby power of site " + site.id() + (stated ? " is not duplicated." : " is not stated to be duplicated."));
        LocalizedText remedy = LocalizedText.of(
                site.id() + "의 UPS·예비 전력을 이중화하여 한 계통이 멈춰도 상용 전력 손실 중 운전이 이어지게 하십시오.",
                "Duplicate the UPS and standby power of " + site.id() + " so that losing one chain keeps the site "
                        + "running while grid power is lost.");
        return Facilities.finding(ctx, ID, site, message, List.of(), remedy);
    }
}
