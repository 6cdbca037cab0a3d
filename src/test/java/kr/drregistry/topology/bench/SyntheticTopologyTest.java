package kr.drregistry.topology.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.LossEngine;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.TopologyIds;

/**
 * The benchmark's topologies are what BENCHMARKS.md says they are: the same for the same arguments, of the asked
 * size, with every reference resolvable (the engine accepts them), one scenario per site and per risk group, and some
 * scenarios that take components down. That the engine's answers on them are right is the oracle's business
 * ({@code LossEngineOracleProperties#engineMatchesTheNaiveReadingOnTheBenchmarksSyntheticTopology}).
 */
class SyntheticTopologyTest {
    @Test
    void generatesDeterministicTopologiesOfTheAskedShapeThatTheEngineAccepts() {
        Topology t = SyntheticTopology.generate(1_000, 6, 8, 12, 3L);
        assertEquals(t, SyntheticTopology.generate(1_000, 6, 8, 12, 3L));
        assertNotEquals(t, SyntheticTopology.generate(1_000, 6, 8, 12, 4L), "the seed matters");
        assertEquals(1_000, t.components().size());
        assertEquals(8, t.sites().size());
        TopologyIds ids = new TopologyIds(t);
        assertEquals(null, ids.duplicateComponentId());
        LossAnalysis a = LossEngine.analyse(t, 60);
        assertEquals(8 + 12, a.scenarios().size(), "one scenario per site and per risk group");
        assertTrue(a.scenarios().stream().anyMatch(s -> a.downComponentCount(a.scenarioIndex(s.id())) > 0),
                "some scenario takes components down");
    }

    @Test
    void theDrrV2VariantAddsComponentGroupScenarios() {
        Topology t = SyntheticTopology.generateV2(1_000, 6, 8, 12, 10, 3L);
        assertEquals(t, SyntheticTopology.generateV2(1_000, 6, 8, 12, 10, 3L));
        assertEquals("drr/v2", t.format());
        LossAnalysis a = LossEngine.analyse(t, 60);
        assertTrue(a.scenarios().size() > 8 + 12, "sites, site risk groups, then the component groups of their own");
        assertTrue(a.scenarios().stream().anyMatch(s -> !s.struckComponents().isEmpty()));
    }
}
