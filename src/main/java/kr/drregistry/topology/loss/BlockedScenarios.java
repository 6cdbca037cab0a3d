package kr.drregistry.topology.loss;

import java.util.stream.IntStream;

import kr.drregistry.topology.graph.DependencyGraph.EdgeType;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.PlacementRole;

/**
 * The rules' bulk queries of an analysis: per component, the scenarios in which its failover or restore is blocked
 * by a requirement that is down, in which a provider-decided failover would be needed, and in which its repair
 * cannot run (FILING-FORMAT-V2.md §7.7) — a few bit-vector operations per component over {@link LossState}'s
 * vectors where the paths allow it, nothing at all for a component without requirements.
 */
final class BlockedScenarios {
    private final LossModel m;
    private final LossState st;

    BlockedScenarios(LossState st) {
        this.m = st.m;
        this.st = st;
    }

    /** {@link LossAnalysis#failoverBlockedScenarios} of component {@code c}. */
    int[] failover(int c) {
        if (!m.failoverCounts[c] || !m.requires(EdgeType.FAILOVER_REQUIRES, c)) {
            return new int[0];
        }
        long[][] placements = withoutActive(c);
        long[] out = placements[0];
        for (int i = 0; i < out.length; i++) {
            out[i] &= placements[1][i] & anyDown(EdgeType.FAILOVER_REQUIRES, c, i);
        }
        return columns(out);
    }

    /** {@link LossAnalysis#restoreBlockedScenarios} of component {@code c}. */
    int[] restore(int c) {
        if (m.components.get(c).restore() == null || !m.requires(EdgeType.RESTORE_REQUIRES, c)) {
            return new int[0];
        }
        long[][] placements = withoutActive(c);
        long[] out = placements[0];
        for (int i = 0; i < out.length; i++) {
            long failoverUsable = m.failoverCounts[c] ? placements[1][i] & m.dataLossAllowedWord(c, i)
                    & ~anyDown(EdgeType.FAILOVER_REQUIRES, c, i) : 0;
            out[i] &= ~failoverUsable & anyDown(EdgeType.RESTORE_REQUIRES, c, i);
        }
        return columns(out);
    }

    /**
     * Per word, the scenarios that do not strike {@code c} and leave it no active placement ({@code [0]}), and the
     * columns in which a standby placement of it survives ({@code [1]}).
     */
    private long[][] withoutActive(int c) {
        int w = m.words;
        long[] struck = new long[w], active = new long[w], standby = new long[w];
        m.cols.struckBits(c, struck, 0);
        m.surviving(c, true, active);
        m.surviving(c, false, standby);
        for (int i = 0; i < w; i++) {
            active[i] = m.cols.scenarioMask[i] & ~struck[i] & ~active[i];
        }
        return new long[][] {active, standby};
    }

    /** Word {@code i} of the columns in which some requirement of {@code type} of {@code c} is down. */
    private long anyDown(EdgeType type, int c, int i) {
        long any = 0;
        for (int e = m.graph.requiresStart(type, c); e < m.graph.requiresEnd(type, c); e++) {
            any |= st.down[m.graph.requiresTarget(type, e) * m.words + i];
        }
        return any;
    }

    /** The columns set in {@code bits}, ascending. */
    private static int[] columns(long[] bits) {
        int count = 0;
        for (long b : bits) {
            count += Long.bitCount(b);
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < bits.length; i++) {
            for (long b = bits[i]; b != 0; b &= b - 1) {
                out[k++] = (i << 6) + Long.numberOfTrailingZeros(b);
            }
        }
        return out;
    }

    /** {@link LossAnalysis#providerFailoverScenarios} of component {@code c}. */
    int[] providerFailover(int c) {
        Component component = m.components.get(c);
        if (component.failover().mode() != FailoverMode.MANUAL || !component.failover().providerDecided()) {
            return new int[0];
        }
        return scenariosWhere(c, s -> !m.cols.struck(c, s) && !m.activeSurvives(c, s)
                && m.placementSurvives(c, s, PlacementRole.STANDBY));
    }

    /** {@link LossAnalysis#repairBlockedScenarios} of component {@code c}. */
    int[] repair(int c) {
        if (m.components.get(c).recovery() == null) {
            return new int[0];
        }
        return scenariosWhere(c, s -> m.cols.struck(c, s) && m.placementSurvives(c, s, null)
                && m.firstDown(EdgeType.RECOVERY_REQUIRES, c, s, st.down) >= 0);
    }

    private int[] scenariosWhere(int c, java.util.function.IntPredicate test) {
        return IntStream.range(0, m.cols.scenarioCount).filter(test).toArray();
    }
}
