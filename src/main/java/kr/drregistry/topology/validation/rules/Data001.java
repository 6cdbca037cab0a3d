package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.loss.LossAnalysis;
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
 * DATA-001 (critical by default; FILING-FORMAT-V2.md §4, §7.4): a durable component has no copy of its data outside
 * its home site — no site outside it holds the data (rule 4) or keeps a backup — and no active placement outside
 * it. A component without an active placement is judged from its first placement's site
 * ({@link TopologyIndex#homeSite}); one without placements is skipped.
 */
public final class Data001 implements Rule {
    public static final String ID = "DATA-001";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("주 사이트 밖에 데이터 사본 없음", "No copy of data outside the primary site"),
                LocalizedText.of(
                        "상태를 가진 구성요소(database, cache, queue, object-storage)의 데이터 사본이 주 사이트 밖에 없습니다(다른 사이트로의 복제도, 다른 "
                                + "사이트의 백업도 없음). 다른 사이트의 배치는 데이터 사본이 아닙니다.",
                        "A stateful component (database, cache, queue, object-storage) has no copy of its data "
                                + "outside its primary site: no replication to, nor backup in, another site. Placements "
                                + "elsewhere are not copies of data."),
                LocalizedText.of(
                        "데이터를 주 사이트와 위험군을 공유하지 않는 사이트로 복제하거나 그곳에 백업하십시오.",
                        "Replicate or back up the data to a site that shares no risk group with the primary site."));
    }

    @Override
    public boolean needsLossSimulation() {
        return true;
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        LossAnalysis loss = ctx.analysis();
        List<Finding> findings = new ArrayList<>();
        for (Component component : ctx.topology().components()) {
            String home = TopologyIndex.homeSite(component);
            if (DurableCopies.data001(loss, component)) {
                findings.add(finding(ctx, component, home));
            }
        }
        return findings;
    }

    private static Finding finding(ValidationContext ctx, Component component, String home) {
        String id = component.id();
        LocalizedText message = LocalizedText.of(
                "상태 저장 구성요소 " + id + "(" + component.kind().wire() + ")의 데이터 사본이 주 사이트 " + home
                        + " 밖에 없습니다(다른 사이트로의 복제도, 다른 사이트의 백업도 없음).",
                "Stateful component " + id + " (" + component.kind().wire() + ") has no copy of its data outside "
                        + "its primary site " + home + " (no replication to, nor backup in, another site).");
        LocalizedText remedy = LocalizedText.of(
                id + "의 데이터를 " + Josa.attach(home, "과/와") + " 위험군을 공유하지 않는 사이트로 복제하거나 그곳에 백업하십시오.",
                "Replicate or back up the data of " + id + " to a site that shares no risk group with " + home + ".");
        return ctx.finding(ID, Subject.component(id), null, message, chain(component, home), remedy, null);
    }

    private static List<ChainStep> chain(Component component, String home) {
        List<ChainStep> chain = new ArrayList<>();
        chain.add(Texts.step(0, "component", component.id(), "placement", List.of(home),
                "주 사이트 " + home, "primary site " + home));
        for (Replication r : component.replication()) {
            chain.add(Texts.step(1, "replication", r.to(), "copy", List.of(r.to()),
                    "복제 대상 " + r.to() + "(주 사이트와 같음)", "replication to " + r.to() + " (the primary site itself)"));
        }
        for (Backup b : component.backups()) {
            chain.add(Texts.step(1, "backup", b.site(), "copy", List.of(b.site()),
                    "백업 위치 " + b.site() + "(주 사이트와 같음)", "backup in " + b.site() + " (the primary site itself)"));
        }
        return chain;
    }
}
