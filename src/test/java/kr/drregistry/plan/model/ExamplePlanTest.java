package kr.drregistry.plan.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.drregistry.plan.rules.PlanValidator;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;

/** examples/plan-example-talk-2026.json is the complete plan of operator example-talk and passes every MAN rule. */
class ExamplePlanTest {
    private static final Set<String> TIER1 = Set.of("talk", "login", "pay");

    private static PlanContent example() throws IOException {
        return PlanJson.read(Files.readAllBytes(Path.of("examples", "plan-example-talk-2026.json")));
    }

    @Test
    void theExamplePlanHasNoFindingWithItsTier1Services() throws IOException {
        PlanContent plan = example();
        assertEquals(2027, plan.planYear());
        assertEquals(List.of("talk", "login", "pay"), plan.procedures().stream().map(ServiceProcedure::serviceId).toList());
        List<Finding> findings = PlanValidator.validate(plan, Policies.defaultPolicy(), TIER1);
        assertEquals(List.of(), findings);
    }

    @Test
    void theExampleRoundTripsThroughItsCanonicalForm() throws IOException {
        PlanContent plan = example();
        byte[] canonical = PlanJson.canonical(plan);
        assertEquals(plan, PlanJson.read(canonical));
        assertArrayEquals(canonical, PlanJson.canonical(PlanJson.read(canonical)));
    }

    @Test
    void aTier1ServiceTheExampleDoesNotCoverIsFound() throws IOException {
        List<Finding> findings = PlanValidator.validate(example(), Policies.defaultPolicy(), Set.of("talk", "gift"));
        assertEquals(List.of("procedures/gift"), findings.stream().map(f -> f.subject().id()).toList());
        assertFalse(findings.get(0).chain().isEmpty());
    }
}
