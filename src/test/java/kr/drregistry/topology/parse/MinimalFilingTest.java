package kr.drregistry.topology.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Topology;

/** What the contract does not require is optional: names, site kinds, daily users; risk groups are any text. */
class MinimalFilingTest {
    @Test
    void aFilingWithOnlyWhatTheContractRequiresParses() {
        String yaml = """
                format: drr/v1
                operator: example-talk
                asOf: 2026-11-01
                sites:
                  - {id: a, riskGroups: ["Power Seongnam-East", "metro:capital"]}
                services:
                  - {id: talk, tier: 1, entrypoints: [api]}
                components:
                  - {id: api, kind: app, placements: [{site: a, role: active}]}
                """;
        Topology t = new DrrParser().parseYaml(yaml.getBytes(StandardCharsets.UTF_8));
        assertNull(t.sites().get(0).name());
        assertNull(t.sites().get(0).kind());
        assertEquals(0, t.services().get(0).dailyUsers());
        assertEquals("Power Seongnam-East", t.sites().get(0).riskGroups().get(0));
        assertEquals(t, new DrrParser().parseJson(CanonicalJson.write(t)), "the canonical form round-trips");
    }
}
