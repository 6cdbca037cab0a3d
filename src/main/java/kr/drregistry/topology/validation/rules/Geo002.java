package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.model.Site;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * GEO-002 (drr/v2, medium by default): nothing says where a site is or what it shares — no {@code location}, no
 * {@code facilityRef} that resolves, and no declared risk group except its own {@code site:<id>}. Such a site can
 * share fate with any other without any scenario showing it. One finding per site.
 */
public final class Geo002 implements Rule {
    public static final String ID = "GEO-002";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("사이트가 무엇을 공유하는지 알 수 없음", "Unknown what a site shares"),
                LocalizedText.of("사이트의 위치(location)도, 해석되는 facilityRef도, 자신의 site:<id> 외의 위험군도 없습니다: "
                                + "다른 사이트와 무엇을 공유하는지 알 수 없습니다.",
                        "A site states no location, no facilityRef that resolves and no risk group besides its own "
                                + "site:<id>: nothing shows what it shares with other sites."),
                LocalizedText.of("사이트의 위치를 적거나, IDC·클라우드 사업자가 제출한 사이트를 facilityRef로 가리키거나, "
                                + "공유하는 캠퍼스·전력·지역 위험군을 적으십시오.",
                        "State the site's location, point facilityRef at the site its IDC or cloud provider filed, or "
                                + "declare the campus, power and region risk groups it shares."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        ResolvedFacilities facilities = ctx.facilities();
        List<Finding> findings = new ArrayList<>();
        List<Site> sites = ctx.topology().sites();
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            boolean declared = site.riskGroups().stream().anyMatch(g -> !g.equals(site.scenarioId()));
            if (site.location() != null || declared || facilities.sites().get(i).referenceResolves()) {
                continue;
            }
            String ref = site.facilityRef();
            LocalizedText message = ref == null
                    ? LocalizedText.of("사이트 " + site.id() + "에 위치도, facilityRef도, 선언된 위험군도 없어 다른 사이트와 "
                                    + "함께 잃을 수 있는지 알 수 없습니다.",
                            "Site " + site.id() + " states no location, no facilityRef and no risk group, so nothing "
                                    + "shows which other sites it can be lost with.")
                    : LocalizedText.of("사이트 " + site.id() + "의 facilityRef " + Josa.attach(ref, "이/가") + " 해석되지 않고(승인된 제출 없음) "
                                    + "위치도 선언된 위험군도 없어 다른 사이트와 함께 잃을 수 있는지 알 수 없습니다.",
                            "Site " + site.id() + ": its facilityRef " + ref + " does not resolve (no accepted filing) "
                                    + "and it states no location and no risk group, so nothing shows which other sites "
                                    + "it can be lost with.");
            LocalizedText remedy = LocalizedText.of(
                    site.id() + "의 location을 적거나, 사업자가 제출한 사이트를 facilityRef로 가리키거나, 공유하는 위험군을 적으십시오.",
                    "State the location of " + site.id() + ", point facilityRef at the site its provider filed, or "
                            + "declare the risk groups it shares.");
            findings.add(ctx.finding(ID, Subject.site(site.id()), null, message,
                    List.of(Texts.step(0, "site", site.id(), "site", List.of(site.id()), "사이트 " + site.id(),
                            "site " + site.id())), remedy, null));
        }
        return findings;
    }
}
