package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.IntList;
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
    private final java.util.concurrent.atomic.AtomicReferenceArray<RepairEstimate[]> estimates;

    Repairs(LossState st, BitLossAnalysis analysis) {
        this.st = st;
        this.m = st.m;
        this.analysis = analysis;
        this.estimates = new java.util.concurrent.atomic.AtomicReferenceArray<>(m.cols.scenarioCount);
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
        RepairEstimate[] all = estimates.get(s);
        if (all == null) {
            estimates.compareAndSet(s, null, compute(s));
            all = estimates.get(s);
        }
        return all[v];
    }

    /**
     * The estimates of every service down in {@code s} (null for the others), with one walk over what reaches a
     * struck component from their entrypoints.
     */
    private RepairEstimate[] compute(int s) {
        int zero = m.cols.zeroColumn[s];
        int services = m.ids.topology().services().size();
        RepairEstimate[] out = new RepairEstimate[services];
        IntList roots = new IntList();
        long[] without = new long[services];
        for (int v = 0; v < services; v++) {
            if (analysis.status(s, v) != ServiceStatus.DOWN) {
                continue;
            }
            without[v] = analysis.serviceRecovery(zero, v);
            if (without[v] == ScenarioNumbers.DOWN) {
                out[v] = new RepairEstimate(LossAnalysis.UNBOUNDED, true, null, LossAnalysis.UNBOUNDED,
                        LossAnalysis.UNBOUNDED);
                continue;
            }
            for (int c : analysis.roots(v)) {
                roots.add(c);
            }
        }
        long[] reaches = st.reachesStruck();
        int w = m.words;
        var loss = m.loss;
        int[] limits = new int[roots.size()];
        long[] best = analysis.numbers().maxOverReach(roots.toArray(), c -> Bits.get(reaches, c, w, s), (c, next) -> {
            for (int e = loss.start(c); e < loss.end(c); e++) {
                next.add(loss.target(e));
            }
        }, c -> m.cols.struck(c, s) ? repair(c, s) : -1, limits);
        int k = 0;
        for (int v = 0; v < services; v++) {
            if (analysis.status(s, v) != ServiceStatus.DOWN || out[v] != null) {
                continue;
            }
            long repair = -1;
            int limiting = Integer.MAX_VALUE;
            for (int i = 0; i < analysis.roots(v).length; i++, k++) {
                if (best[k] > repair || best[k] == repair && best[k] >= 0 && limits[k] < limiting) {
                    repair = best[k];
                    limiting = limits[k];
                }
            }
            if (repair < 0) {
                throw new IllegalStateException("service " + v + " is down in " + m.cols.scenarios.get(s).id()
                        + " but not without its strikes, and reaches no struck component");
            }
            long minutes = repair == LossAnalysis.UNBOUNDED ? LossAnalysis.UNBOUNDED : repair + without[v];
            out[v] = new RepairEstimate(minutes, false, m.components.get(limiting).id(), repair, without[v]);
        }
        return out;
    }
}
