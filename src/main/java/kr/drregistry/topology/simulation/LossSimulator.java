package kr.drregistry.topology.simulation;

import kr.drregistry.topology.model.Topology;

/** Placeholder until the bit-parallel engine lands (helper H2 replaces this file). */
public final class LossSimulator {
    private LossSimulator() {
    }

    public static LossResult simulate(Topology topology, int defaultManualFailoverMinutes) {
        throw new IllegalStateException("loss simulation engine not yet integrated");
    }
}
