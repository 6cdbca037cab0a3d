package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.model.Component;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * DATA-004 (drr/v2, medium by default): a durable component has a placement in a site that holds none of its data
 * (no holder by rule 4): how the data gets there is not filed. One finding per component naming every such site;
 * never together with DATA-001.
 */
public final class Data004 implements Rule {
    public static final String ID = "DATA-004";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean needsLossSimulation() {
        return true;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("데이터가 가는 경로가 없는 사이트의 배치", "Placement in a site its data does not reach"),
                LocalizedText.of("영속 데이터를 가진 구성요소의 배치가 데이터를 보유하지 않는 사이트에 있습니다: 데이터가 그곳에 어떻게 가는지 제출되지 않았습니다.",
                        "A durable component has a placement in a site that holds none of its data: how the data gets "
                                + "there is not filed."),
                LocalizedText.of("그 사이트로의 복제(동기, 또는 lagSeconds가 있는 비동기)를 적거나, 데이터를 갖지 않는다면 state: ephemeral로 적으십시오.",
                        "Declare the replication to that site (sync, or async with lagSeconds), or say state: "
                                + "ephemeral if it holds no data."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        LossAnalysis loss = ctx.analysis();
        List<Finding> findings = new ArrayList<>();
        for (Component c : ctx.topology().components()) {
            List<String> sites = DurableCopies.placementsWithoutData(loss, c);
            if (sites.isEmpty() || DurableCopies.data001(loss, c)) {
                continue;
            }
            String id = c.id();
            List<ChainStep> chain = new ArrayList<>();
            chain.add(Texts.step(0, "component", id, "data", List.of(c.homeSite()),
                    id + "의 데이터: 홈 사이트 " + c.homeSite(), "data of " + id + ": home site " + c.homeSite()));
            for (String site : sites) {
                chain.add(Texts.step(1, "site", site, "placement", List.of(site), site + "에 배치, 데이터 사본 없음",
                        "placed in " + site + ", no copy of the data there"));
            }
            LocalizedText message = LocalizedText.of(
                    "영속 구성요소 " + id + "(" + c.kind().wire() + ")" + Josa.particle(c.kind().wire(), "이/가") + " 데이터를 보유하지 않는 사이트 " + Texts.ko(sites)
                            + "에 배치되어 있습니다: 데이터가 그곳에 어떻게 가는지 제출되지 않았습니다.",
                    "Durable component " + id + " (" + c.kind().wire() + ") is placed in " + Texts.en(sites)
                            + ", which hold(s) none of its data: how the data gets there is not filed.");
            LocalizedText remedy = LocalizedText.of(
                    id + "의 " + Josa.attach(Texts.ko(sites), "으로/로") + "의 복제를 적거나, 데이터를 갖지 않는다면 state: ephemeral로 적으십시오.",
                    "Declare the replication of " + id + " to " + Texts.en(sites) + ", or say state: ephemeral if it "
                            + "holds no data.");
            findings.add(ctx.finding(ID, Subject.component(id), null, message, chain, remedy, null));
        }
        return findings;
    }
}
