package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kr.drregistry.topology.model.Facility.PowerFeed;
import kr.drregistry.topology.model.Site;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * FAC-004 (high by default): a facility's power feeds come from fewer than two distinct substations (one
 * substation feeding several lines, or no feed stated at all).
 */
public final class Fac004 implements Rule {
    public static final String ID = "FAC-004";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("변전소 이중화 없음", "Power from fewer than two substations"),
                LocalizedText.of(
                        "IDC 시설: 수전 회선이 서로 다른 변전소 두 곳 미만에서 옵니다(한 변전소의 여러 회선, 또는 회선 미기재).",
                        "IDC facility: the power feeds come from fewer than two distinct substations (one substation "
                                + "feeding several lines, or no feed stated)."),
                LocalizedText.of(
                        "서로 다른 변전소에서 오는 두 번째 수전 회선을 확보하십시오.",
                        "Add a second grid feed from a different substation."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (Site site : Facilities.sites(ctx)) {
            List<PowerFeed> feeds = site.facility().powerFeeds();
            List<String> substations = feeds.stream().map(PowerFeed::substation).filter(Objects::nonNull).distinct().toList();
            if (substations.size() < 2) {
                findings.add(finding(ctx, site, feeds, substations));
            }
        }
        return findings;
    }

    private static Finding finding(ValidationContext ctx, Site site, List<PowerFeed> feeds, List<String> substations) {
        String where = substations.isEmpty() ? "" : " (" + substations.get(0) + ")";
        LocalizedText message = LocalizedText.of(
                "사이트 " + site.id() + "의 수전 " + feeds.size() + "회선이 변전소 " + substations.size() + "곳" + where
                        + "에서만 들어옵니다. 변전소 하나의 장애로 상용 전력을 모두 잃습니다.",
                "The " + feeds.size() + " power feed(s) of site " + site.id() + " come from " + substations.size()
                        + " substation(s)" + where + "; one substation failure cuts all grid power.");
        List<ChainStep> steps = feeds.stream().map(f -> Texts.step(1, "power-feed", f.id(), "facility", List.of(site.id()),
                "수전 " + f.id() + ": 변전소 " + f.substation(), "feed " + f.id() + ": substation " + f.substation())).toList();
        LocalizedText remedy = LocalizedText.of(
                site.id() + "에 서로 다른 변전소에서 오는 두 번째 수전 회선을 확보하십시오.",
                "Add a second grid feed to " + site.id() + " from a different substation.");
        return Facilities.finding(ctx, ID, site, message, steps, remedy);
    }
}
