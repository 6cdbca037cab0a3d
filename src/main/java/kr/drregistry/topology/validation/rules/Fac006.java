package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.Facility.Generators;
import kr.drregistry.topology.model.Site;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.ValidationContext;

/** FAC-006 (high by default): a facility has no emergency generator ({@code generators} absent or count 0). */
public final class Fac006 implements Rule {
    public static final String ID = "FAC-006";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("비상 발전기 없음", "No emergency generator"),
                LocalizedText.of(
                        "IDC 시설: 비상 발전기가 없습니다(generators 생략 또는 count 0).",
                        "IDC facility: no emergency generator (generators absent or count 0)."),
                LocalizedText.of(
                        "비상 발전기와 충분한 연료를 갖추고 정기적으로 부하 시험을 하십시오.",
                        "Install emergency generators with enough fuel and load-test them regularly."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (Site site : Facilities.sites(ctx)) {
            Generators generators = site.facility().generators();
            if (generators == null || generators.count() <= 0) {
                findings.add(finding(ctx, site));
            }
        }
        return findings;
    }

    private static Finding finding(ValidationContext ctx, Site site) {
        LocalizedText message = LocalizedText.of(
                "사이트 " + site.id() + "에 비상 발전기가 없습니다. 상용 전력을 잃으면 UPS 배터리가 다할 때까지만 운전됩니다.",
                "Site " + site.id() + " has no emergency generator; on grid loss it runs only until the UPS batteries "
                        + "are exhausted.");
        LocalizedText remedy = LocalizedText.of(
                site.id() + "에 비상 발전기와 충분한 연료를 갖추고 정기적으로 부하 시험을 하십시오.",
                "Install emergency generators with enough fuel at " + site.id() + " and load-test them regularly.");
        return Facilities.finding(ctx, ID, site, message, List.of(), remedy);
    }
}
