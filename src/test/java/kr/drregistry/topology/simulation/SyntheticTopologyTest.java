package kr.drregistry.topology.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.simulation.bench.SyntheticTopology;

class SyntheticTopologyTest {
    @Test
    void generatesDeterministicTopologiesTheEngineAgreesOnWithTheBruteForce() {
        Topology t = SyntheticTopology.generate(1_000, 6, 8, 12, 3L);
        assertEquals(t, SyntheticTopology.generate(1_000, 6, 8, 12, 3L));
        assertEquals(1_000, t.components().size());
        LossResult r = LossSimulator.simulate(t, 60);
        assertEquals(8 + 12, r.scenarios().size());
        for (int s = 0; s < r.scenarios().size(); s++) {
            Set<String> down = LossOracle.bruteForceDown(t, Set.copyOf(r.scenarios().get(s).sites()));
            assertEquals(down.size(), r.downComponentCount(s));
            for (String id : r.downComponents(s)) {
                assertTrue(down.contains(id));
            }
        }
    }
}
