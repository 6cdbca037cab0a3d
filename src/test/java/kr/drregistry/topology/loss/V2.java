package kr.drregistry.topology.loss;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;

/** drr/v2 test documents written as YAML after a fixed header, parsed by the real parser. */
final class V2 {
    static final int DEFAULT_MANUAL = 60;
    private static final DrrParser PARSER = new DrrParser();

    private V2() {
    }

    /** The document {@code body} (sites, services, components) of operator {@code op} as drr/v2. */
    static Topology parse(String body) {
        return parse("drr/v2", body);
    }

    static Topology parse(String format, String body) {
        String yaml = "format: " + format + "\noperator: op\nasOf: 2026-11-01\n" + body;
        return PARSER.parseYaml(yaml.getBytes(StandardCharsets.UTF_8));
    }

    static LossAnalysis analyse(String body) {
        return LossEngine.analyse(parse(body), DEFAULT_MANUAL);
    }

    /** The index of scenario {@code id}, which must exist. */
    static int at(LossAnalysis a, String id) {
        int s = a.scenarioIndex(id);
        assertTrue(s >= 0, "no scenario " + id + " in " + a.scenarios());
        return s;
    }
}
