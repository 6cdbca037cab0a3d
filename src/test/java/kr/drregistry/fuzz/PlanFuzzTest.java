package kr.drregistry.fuzz;

import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanJson;
import kr.drregistry.plan.model.PlanParseException;
import kr.drregistry.plan.rules.PlanValidator;
import kr.drregistry.topology.api.TopologyService;
import kr.drregistry.rules.Policies;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The plan/v1 reader ({@link PlanJson}, {@code PlanReader}) and what a draft save and a submission do with a plan:
 * a plan whose canonical form reads back equal and that the MAN rules check, or a {@link PlanParseException} that
 * maps to a 4xx problem; never another exception.
 */
class PlanFuzzTest {
    @FuzzTest
    void plan(byte[] bytes) {
        FuzzSupport.budget().check();
        PlanContent plan;
        try {
            plan = PlanJson.read(bytes);
        } catch (PlanParseException e) {
            Integer line = e.errors().isEmpty() ? null : e.errors().get(0).line();
            Integer column = e.errors().isEmpty() ? null : e.errors().get(0).column();
            FuzzSupport.clientError(TopologyService.problem(e.errors(), e.tooLarge(), false, line, column));
            return;
        }
        assertEquals(plan, PlanJson.read(PlanJson.canonical(plan)), "the canonical form reads back the same");
        PlanValidator.validate(plan, Policies.defaultPolicy(), Set.of("talk", "login"));
    }
}
