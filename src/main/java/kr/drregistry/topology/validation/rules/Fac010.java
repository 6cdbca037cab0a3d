package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.FireResponsePowerCut;
import kr.drregistry.topology.model.Site;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * FAC-010 (drr/v2, high by default): the site's fire response cuts all power to the building
 * ({@code facility.fireResponsePowerCut: building}); {@code staged} or not stated is no finding.
 */
public final class Fac010 implements Rule {
    public static final String ID = "FAC-010";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("화재 시 건물 전체 전원 차단", "Fire response cuts the whole building's power"),
                LocalizedText.of("화재 대응 시 건물 전체의 전원을 한꺼번에 차단합니다(drr/v2 fireResponsePowerCut: building).",
                        "The fire response cuts all power to the building at once (drr/v2 fireResponsePowerCut: building)."),
                LocalizedText.of("화재 구역부터 단계적으로 전원을 차단하는 절차를 마련하고 소방 당국과 합의하십시오.",
                        "Agree a staged power cut with the fire service, starting with the affected compartment."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (Site site : Facilities.sites(ctx)) {
            if (site.facility().fireResponsePowerCut() != FireResponsePowerCut.BUILDING) {
                continue;
            }
            LocalizedText message = LocalizedText.of(
                    "사이트 " + site.id() + "의 화재 대응 절차가 건물 전체의 전원을 한꺼번에 차단합니다: 불이 나지 않은 "
                            + "구역의 장비도 함께 멈춥니다.",
                    "The fire response of site " + site.id() + " cuts all power to the building: equipment in "
                            + "compartments the fire never reaches stops too.");
            findings.add(Facilities.finding(ctx, ID, site, message,
                    List.of(Texts.step(1, "facility", "fireResponsePowerCut", "facility", List.of(site.id()),
                            "화재 시 전원 차단: 건물 전체", "fire response power cut: whole building")),
                    LocalizedText.of(site.id() + "에서 화재 구역부터 단계적으로 전원을 차단하는 절차를 마련하십시오.",
                            "Give " + site.id() + " a staged power cut that starts with the affected compartment.")));
        }
        return findings;
    }
}
