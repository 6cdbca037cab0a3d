package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Replication;
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
 * DATA-002 (high by default): a stateful component has backups and every one of them shares a risk group with
 * its primary site ({@link RiskGroups#shared}: the same site, a common {@code riskGroups} string, or a
 * {@code site:<id>} group naming the other site), so one scenario destroys the data and all its backups.
 * Replication is not a backup and is not considered. The primary site falls back as in DATA-001.
 */
public final class Data002 implements Rule {
    public static final String ID = "DATA-002";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("백업이 주 사이트와 위험군 공유", "Backups share a risk group with the primary site"),
                LocalizedText.of(
                        "상태를 가진 구성요소의 백업이 모두 주 사이트와 위험군을 공유하여, 한 시나리오가 데이터와 백업을 함께 없앱니다.",
                        "Every backup of a stateful component shares a risk group with its primary site, so one "
                                + "scenario destroys the data and all its backups."),
                LocalizedText.of(
                        "백업 중 적어도 하나를 주 사이트와 캠퍼스·전력·권역 위험군을 공유하지 않는 먼 사이트에 두십시오.",
                        "Keep at least one backup in a distant site that shares no campus, power or metro risk group "
                                + "with the primary site."));
    }

    @Override
    public boolean needsLossSimulation() {
        return true;
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        TopologyIndex index = ctx.index();
        SitePairs pairs = new SitePairs(ctx);
        List<Finding> findings = new ArrayList<>();
        for (Component component : ctx.topology().components()) {
            int home = index.siteIndex(TopologyIndex.homeSite(component));
            if (!component.isStateful() || home < 0 || component.backups().isEmpty()) {
                continue;
            }
            if (!component.isDurable() || DurableCopies.data001(ctx.analysis(), component)) {
                continue; // drr/v2: durable components only, never with DATA-001 (§4, §7.6)
            }
            List<List<String>> shared = new ArrayList<>(component.backups().size());
            for (Backup backup : component.backups()) {
                List<String> groups = pairs.shared(home, index.siteIndex(backup.site()));
                if (groups.isEmpty()) {
                    break;
                }
                shared.add(groups);
            }
            if (shared.size() == component.backups().size()) {
                findings.add(finding(ctx, component, index.site(home).id(), shared));
            }
        }
        return findings;
    }

    private static Finding finding(ValidationContext ctx, Component component, String home, List<List<String>> shared) {
        String id = component.id();
        List<String> backupSites = component.backups().stream().map(Backup::site).distinct().toList();
        LocalizedText message = LocalizedText.of(
                "상태 저장 구성요소 " + id + "의 백업 " + component.backups().size() + "개(" + Texts.ko(backupSites)
                        + ")가 모두 주 사이트 " + Josa.attach(home, "과/와") + " 위험군을 공유합니다. 한 번의 재해로 원본과 백업을 함께 잃을 수 있습니다.",
                "All " + component.backups().size() + " backup(s) of stateful component " + id + " ("
                        + Texts.en(backupSites) + ") share a risk group with its primary site " + home
                        + "; one event can destroy the data and every backup.");
        List<ChainStep> chain = new ArrayList<>();
        chain.add(Texts.step(0, "component", id, "placement", List.of(home), "주 사이트 " + home, "primary site " + home));
        for (int i = 0; i < component.backups().size(); i++) {
            String site = component.backups().get(i).site();
            String groups = String.join(", ", shared.get(i));
            chain.add(Texts.step(1, "backup", site, "copy", List.of(home, site),
                    site + " 백업 — 주 사이트와 공유하는 위험군: " + groups,
                    "backup in " + site + " — risk groups shared with the primary site: " + groups));
        }
        LocalizedText remedy = LocalizedText.of(
                id + "의 백업 중 적어도 하나를 " + Josa.attach(home, "과/와") + " 캠퍼스·전력·권역 위험군을 공유하지 않는 먼 사이트에 두십시오.",
                "Keep at least one backup of " + id + " in a distant site that shares no campus, power or metro "
                        + "risk group with " + home + ".");
        return ctx.finding(ID, Subject.component(id), null, message, chain, remedy, null);
    }
}
