package kr.drregistry.fuzz;

import kr.drregistry.topology.validation.rules.AllRules;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import kr.drregistry.budget.Budget;
import kr.drregistry.topology.api.TopologyService;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.CanonicalJson;
import kr.drregistry.topology.parse.DrrParseException;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.topology.parse.Limits;
import kr.drregistry.rules.Policies;
import kr.drregistry.topology.validation.Validator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The drr/v1 parser (JSON and YAML) and what the API does with what it returns: whatever bytes arrive, the answer is
 * a topology that validates under the shipped policy and survives its canonical form, or a {@link DrrParseException}
 * that maps to a 4xx problem; never another exception, never longer than {@link FuzzSupport#PER_INPUT}.
 */
@org.junit.jupiter.api.Tag("slow")
class DrrParserFuzzTest {
    private static final Limits LIMITS = new Limits(1 << 20, 64, 50).withText(1 << 20, 4096, 1000);
    private static final DrrParser PARSER = new DrrParser(LIMITS);
    private static final Validator VALIDATOR = AllRules.validator();

    @FuzzTest
    void drr(FuzzedDataProvider data) {
        boolean yaml = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        String type = yaml ? "application/yaml" : "application/json";
        Budget budget = FuzzSupport.budget();
        Topology topology;
        try {
            topology = PARSER.parse(bytes, type, budget);
        } catch (DrrParseException e) {
            var limit = e.sizeLimit();
            FuzzSupport.clientError(limit != null ? TopologyService.sizeProblem(limit, LIMITS, yaml)
                    : TopologyService.problem(e.errors(), e.tooLarge(), e.unsupportedMediaType(), e.line(), e.column()));
            return;
        }
        VALIDATOR.validate(topology, Policies.defaultPolicy(), budget);
        assertEquals(topology, PARSER.parseJson(CanonicalJson.write(topology), budget), "the canonical form reads back the same");
    }
}
