package kr.drregistry.topology.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.bench.SyntheticTopology;

/** The analysis computes lazily; readers on several threads see what one reader sees. */
class ConcurrentReadersTest {
    private static List<String> figures(Topology t, LossAnalysis a, int from, int step) {
        List<String> out = new ArrayList<>();
        for (int s = from; s < a.scenarios().size(); s += step) {
            out.add(s + " lost " + a.usersLost(s) + " affected " + a.usersAffected(s));
            for (Service v : t.services()) {
                out.add(s + " " + v.id() + " " + a.serviceRpo(s, v.id()) + " " + a.serviceRecoveryMinutes(s, v.id())
                        + " " + a.repairEstimate(s, v.id()));
            }
        }
        for (Service v : t.services()) {
            out.add(v.id() + " " + a.estimatedRto(v.id()) + " " + a.worstRpo(v.id()));
        }
        return out;
    }

    @Test
    void readersOnFourThreadsSeeWhatOneReaderSees() throws Exception {
        Topology t = SyntheticTopology.generateV2(2_000, 6, 8, 12, 80, 11L);
        List<String> expected = new ArrayList<>();
        LossAnalysis alone = LossEngine.analyse(t, 60);
        for (int k = 0; k < 4; k++) {
            expected.addAll(figures(t, alone, k, 4));
        }
        LossAnalysis shared = LossEngine.analyse(t, 60);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> parts = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                int from = k;
                parts.add(pool.submit(() -> figures(t, shared, from, 4)));
            }
            List<String> actual = new ArrayList<>();
            for (Future<List<String>> part : parts) {
                actual.addAll(part.get());
            }
            assertEquals(expected, actual);
        } finally {
            pool.shutdownNow();
        }
    }
}
