package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.Site;
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
 * GEO-001 (medium by default): a component's primary site and one of its failover sites (the other sites of
 * its placements) are closer than {@code geo.minDistanceKm} (when both sites state a location) or share a risk
 * group. Findings are per ordered (primary, failover) site pair, not per component, so a large filing gets
 * one finding per pair naming how many components use it (and the first few); the subject is the failover
 * site. A component without an active placement is anchored at its first placement's site.
 */
public final class Geo001 implements Rule {
    public static final String ID = "GEO-001";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        String n = Texts.num(policy.param(Policy.GEO_MIN_DISTANCE_KM));
        return new RuleText(ID,
                LocalizedText.of("주 사이트와 장애 대비 사이트가 너무 가까움", "Primary and failover site too close"),
                LocalizedText.of(
                        "구성요소의 주 사이트와 장애 대비 사이트가 " + n + " km보다 가깝거나(두 사이트 모두 location이 있을 때) 위험군을 공유합니다.",
                        "A component's primary site and one of its failover sites are closer than " + n
                                + " km (when both state a location) or share a risk group."),
                LocalizedText.of(
                        "주 사이트와 위험군을 공유하지 않고 " + n + " km 이상 떨어진 사이트를 장애 대비 사이트로 쓰십시오.",
                        "Use a failover site at least " + n
                                + " km from the primary site that shares no risk group with it."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        double minKm = ctx.policy().param(Policy.GEO_MIN_DISTANCE_KM);
        TopologyIndex index = ctx.index();
        SitePairs pairs = new SitePairs(ctx);
        Map<Integer, Proximity> proximities = new HashMap<>();
        Map<Integer, List<String>> componentsByPair = new LinkedHashMap<>();
        for (int c = 0; c < index.componentCount(); c++) {
            Component component = index.component(c);
            int primary = index.siteIndex(TopologyIndex.homeSite(component));
            for (Placement placement : component.placements()) {
                int failover = index.siteIndex(placement.site());
                if (primary < 0 || failover == primary) {
                    continue;
                }
                int key = pairs.key(primary, failover);
                Proximity proximity = proximities.computeIfAbsent(key, k -> Proximity.of(index.site(primary),
                        index.site(failover), pairs.shared(primary, failover), minKm));
                if (proximity.tooClose()) {
                    List<String> ids = componentsByPair.computeIfAbsent(key, k -> new ArrayList<>());
                    if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(component.id())) {
                        ids.add(component.id());
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        componentsByPair.forEach((key, components) -> findings.add(finding(ctx, index.site(key / index.siteCount()).id(),
                index.site(key % index.siteCount()).id(), proximities.get(key), components, minKm)));
        return findings;
    }

    /** How close two sites are: distance in km (null when a location is missing) and shared risk groups. */
    private record Proximity(Double distanceKm, boolean belowMinimum, List<String> sharedGroups) {
        static Proximity of(Site a, Site b, List<String> sharedGroups, double minKm) {
            Double km = a.location() == null || b.location() == null ? null : a.location().distanceKm(b.location());
            return new Proximity(km, km != null && km < minKm, sharedGroups);
        }

        boolean tooClose() {
            return belowMinimum || !sharedGroups.isEmpty();
        }
    }

    private static Finding finding(ValidationContext ctx, String primary, String failover, Proximity proximity,
                                   List<String> components, double minKm) {
        String min = Texts.num(minKm);
        String groups = String.join(", ", proximity.sharedGroups());
        StringBuilder ko = new StringBuilder("주 사이트 " + Josa.attach(primary, "과/와") + " 장애 대비 사이트 " + Josa.attach(failover, "이/가") + " ");
        StringBuilder en = new StringBuilder("Primary site " + primary + " and failover site " + failover);
        List<ChainStep> chain = new ArrayList<>();
        chain.add(Texts.step(0, "site", primary, "placement", List.of(primary),
                "주 사이트 " + primary, "primary site " + primary));
        if (proximity.belowMinimum()) {
            String km = Texts.num(proximity.distanceKm());
            ko.append(km).append(" km 떨어져 정책 기준 ").append(min).append(" km보다 가깝습니다");
            en.append(" are ").append(km).append(" km apart, closer than the policy minimum of ").append(min).append(" km");
            chain.add(Texts.step(1, "site", failover, "distance", List.of(primary, failover),
                    primary + "에서 " + km + " km(기준 " + min + " km)", km + " km from " + primary + " (minimum " + min + " km)"));
        }
        if (!proximity.sharedGroups().isEmpty()) {
            ko.append(proximity.belowMinimum() ? ". 또한 " : "").append("위험군 ").append(Josa.attach(groups, "을/를")).append(" 공유합니다");
            en.append(proximity.belowMinimum() ? " and" : "").append(" share risk group(s) ").append(groups);
            chain.add(Texts.step(1, "site", failover, "shared-risk-group", List.of(primary, failover),
                    "공유 위험군: " + groups, "shared risk groups: " + groups));
        }
        ko.append(". 이 두 사이트를 주·대비 사이트로 쓰는 구성요소 ").append(components.size()).append("개: ")
                .append(Texts.ko(components)).append('.');
        en.append(". ").append(components.size()).append(" component(s) use this pair: ").append(Texts.en(components)).append('.');
        for (String id : components.subList(0, Math.min(Texts.SHOWN, components.size()))) {
            chain.add(Texts.step(2, "component", id, "placement", List.of(primary, failover),
                    id + ": 주 " + primary + ", 대비 " + failover, id + ": primary " + primary + ", failover " + failover));
        }
        LocalizedText remedy = LocalizedText.of(
                Josa.attach(primary, "과/와") + " 위험군을 공유하지 않고 " + min + " km 이상 떨어진 사이트를 장애 대비 사이트로 쓰십시오.",
                "Use a failover site at least " + min + " km from " + primary + " that shares no risk group with it.");
        return ctx.finding(ID, Subject.site(failover), null, LocalizedText.of(ko.toString(), en.toString()), chain,
                remedy, null);
    }
}
