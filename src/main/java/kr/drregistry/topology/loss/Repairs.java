package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.DependencyGraph.EdgeType;
import kr.drregistry.topology.model.Recovery;

/**
 * Rule 13: the repair of a struck component and the repair estimate of a down service. A struck component is
 * repaired in {@code recovery.minutes} if it declares a recovery, keeps a placement in a surviving site and every
 * {@code recovery.requires} component is up in the scenario; otherwise never. A service down in S has the estimate
 * "unbounded" if it is down in S⁰ (S striking nothing); else the largest repair among the struck components
 * reachable from its entrypoints (included) over hard dependencies, {@code anyOf} members,
 * {@code failover.requires} and {@code restore.requires}, plus its recovery time in S⁰. The reachable struck
 * components are found by a walk confined to components that reach a struck one ({@link LossState#reachesStruck()}).
 */
final class Repairs {
    private final LossModel m;
    private final LossState st;
    private final BitLossAnalysis analysis;
    private final ThreadLocal<int[]> scratch;

    Repairs(LossState st, BitLossAnalysis analysis) {
        this.st = st;
        this.m = st.m;
        this.analysis = analysis;
        int n = m.n;
        this.scratch = ThreadLocal.withInitial(() -> {
            int[] local = new int[n];
            java.util.Arrays.fill(local, -1);
            return local;
        });
    }

    /** The repair minutes of struck component {@code c} in scenario {@code s}, {@link LossAnalysis#UNBOUNDED} if none. */
    long repair(int c, int s) {
        Recovery recovery = m.components.get(c).recovery();
        if (recovery == null || !m.placementSurvives(c, s, null)
                || m.firstDown(EdgeType.RECOVERY_REQUIRES, c, s, st.down) >= 0) {
            return LossAnalysis.UNBOUNDED;
        }
        return recovery.minutes();
    }

    /** The repair estimate of service {@code v}, down in scenario {@code s}. */
    RepairEstimate estimate(int s, int v) {
        int zero = m.cols.zeroColumn[s];
        long recoveryWithout = analysis.serviceRecovery(zero, v);
        if (recoveryWithout == ScenarioNumbers.DOWN) {
            return new RepairEstimate(LossAnalysis.UNBOUNDED, true, null, LossAnalysis.UNBOUNDED,
                    LossAnalysis.UNBOUNDED);
        }
        long[] reaches = st.reachesStruck();
        int w = m.words;
        int[] local = scratch.get();
        var loss = m.loss;
        LocalRegion region = LocalRegion.collect(analysis.roots(v), c -> Bits.get(reaches, c, w, s), (c, out) -> {
            for (int e = loss.start(c); e < loss.end(c); e++) {
                out.add(loss.target(e));
            }
        }, local);
        long best = -1;
        int limiting = -1;
        try {
            for (int c : region.nodes) {
                if (m.cols.struck(c, s)) {
                    long r = repair(c, s);
                    if (r > best || r == best && c < limiting) {
                        best = r;
                        limiting = c;
                    }
                }
            }
        } finally {
            region.release();
        }
        if (limiting < 0) {
            throw new IllegalStateException("service " + v + " is down in " + m.cols.scenarios.get(s).id()
                    + " but not without its strikes, and reaches no struck component");
        }
        long minutes = best == LossAnalysis.UNBOUNDED ? LossAnalysis.UNBOUNDED : best + recoveryWithout;
        return new RepairEstimate(minutes, false, m.components.get(limiting).id(), best, recoveryWithout);
    }
}
