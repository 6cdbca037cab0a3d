package kr.drregistry.topology.loss;

import java.util.Arrays;
import java.util.List;

import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Replication;
import kr.drregistry.topology.model.ReplicationMode;
import kr.drregistry.topology.model.TopologyIds;

/**
 * Where the data of each durable component lives (FILING-FORMAT-V2.md §3 rules 4 and 5, §7.4, §7.5) and the
 * achievable RPO it gives in each column.
 *
 * <p>Holders are the shortest-path losses from the home site over all replication entries, in any order, cycles
 * included (§7.5): an entry adds 0 s ({@code sync}) or {@code lagSeconds} ({@code async}) to the loss of its
 * {@code from} site; an {@code async} entry without {@code lagSeconds} copies nothing, nor does one whose
 * {@code from} holds no data. They do not depend on the scenario. A backup is a copy in its site with loss
 * {@code intervalMinutes} × 60 s, or an unbounded loss without an interval (it then never lowers an RPO, §7.4).
 * Only durable components (stateful kinds not {@code ephemeral}) hold data.
 */
final class DataCopies {
    /** An unbounded data loss or time. */
    static final long UNBOUNDED = Long.MAX_VALUE;

    private final int[] home;
    private final boolean[] durable;
    private final int[] holderStart;
    private final int[] holderSite;
    private final long[] holderLoss;
    private final int[] backupStart;
    private final int[] backupSite;
    /** Loss of restoring a backup in seconds, {@link #UNBOUNDED} without an interval. */
    private final long[] backupLoss;

    DataCopies(TopologyIds ids) {
        List<Component> components = ids.topology().components();
        int n = components.size();
        int sites = ids.siteCount();
        home = new int[n];
        durable = new boolean[n];
        holderStart = new int[n + 1];
        backupStart = new int[n + 1];
        long[][] losses = new long[n][];
        for (int c = 0; c < n; c++) {
            Component component = components.get(c);
            String homeSite = component.homeSite();
            home[c] = homeSite == null ? -1 : ids.siteIndex(homeSite);
            durable[c] = component.isDurable();
            if (durable[c] && home[c] >= 0 && component.replication().isEmpty()) {
                holderStart[c + 1] = 1;
            } else if (durable[c] && home[c] >= 0) {
                losses[c] = holders(component, ids, sites, home[c]);
                int count = 0;
                for (long loss : losses[c]) {
                    count += loss == UNBOUNDED ? 0 : 1;
                }
                holderStart[c + 1] = count;
            }
            backupStart[c + 1] = component.backups().size();
        }
        for (int c = 0; c < n; c++) {
            holderStart[c + 1] += holderStart[c];
            backupStart[c + 1] += backupStart[c];
        }
        holderSite = new int[holderStart[n]];
        holderLoss = new long[holderStart[n]];
        backupSite = new int[backupStart[n]];
        backupLoss = new long[backupStart[n]];
        for (int c = 0; c < n; c++) {
            if (losses[c] == null && holderStart[c + 1] - holderStart[c] == 1) {
                holderSite[holderStart[c]] = home[c];
                holderLoss[holderStart[c]] = 0;
            } else if (losses[c] != null) {
                int h = holderStart[c];
                for (int site = 0; site < sites; site++) {
                    if (losses[c][site] != UNBOUNDED) {
                        holderSite[h] = site;
                        holderLoss[h++] = losses[c][site];
                    }
                }
            }
            int b = backupStart[c];
            for (Backup backup : components.get(c).backups()) {
                backupSite[b] = ids.siteIndex(backup.site());
                backupLoss[b++] = backup.intervalMinutes() == null ? UNBOUNDED : backup.intervalMinutes() * 60L;
            }
        }
    }

    /**
     * Shortest losses from the home site over the replication entries (Bellman-Ford over the few entries); the
     * result has one entry per site, {@link #UNBOUNDED} where the data never arrives.
     */
    private static long[] holders(Component component, TopologyIds ids, int sites, int homeSite) {
        long[] loss = new long[sites];
        Arrays.fill(loss, UNBOUNDED);
        loss[homeSite] = 0;
        List<Replication> entries = component.replication();
        int count = entries.size();
        int[] from = new int[count], to = new int[count];
        long[] add = new long[count];
        for (int e = 0; e < count; e++) {
            Replication r = entries.get(e);
            boolean copies = r.mode() == ReplicationMode.SYNC || r.lagSeconds() != null;
            from[e] = copies ? ids.siteIndex(r.from()) : -1;
            to[e] = ids.siteIndex(r.to());
            add[e] = r.mode() == ReplicationMode.SYNC ? 0 : copies ? r.lagSeconds() : 0;
        }
        boolean changed = true;
        for (int round = 0; changed && round <= count; round++) {
            changed = false;
            for (int e = 0; e < count; e++) {
                if (from[e] < 0 || loss[from[e]] == UNBOUNDED) {
                    continue;
                }
                long via = loss[from[e]] + add[e];
                if (via < loss[to[e]]) {
                    loss[to[e]] = via;
                    changed = true;
                }
            }
        }
        return loss;
    }

    boolean durable(int c) {
        return durable[c];
    }

    /** The home site of {@code c}, -1 without placements. */
    int home(int c) {
        return home[c];
    }

    int holderStart(int c) {
        return holderStart[c];
    }

    int holderEnd(int c) {
        return holderStart[c + 1];
    }

    int holderSite(int h) {
        return holderSite[h];
    }

    long holderLoss(int h) {
        return holderLoss[h];
    }

    int backupStart(int c) {
        return backupStart[c];
    }

    int backupEnd(int c) {
        return backupStart[c + 1];
    }

    int backupSite(int b) {
        return backupSite[b];
    }

    long backupLoss(int b) {
        return backupLoss[b];
    }

    /**
     * Rule 5: the achievable RPO of durable component {@code c} in {@code column}, in seconds: 0 when its home site
     * survives, else the smallest loss among holders and backups in surviving sites, {@link #UNBOUNDED} if none.
     * Only lost sites lose data (a struck component keeps its data).
     */
    long rpo(int c, int column, ScenarioColumns cols) {
        if (home[c] < 0) {
            return UNBOUNDED;
        }
        if (!cols.siteLost(home[c], column)) {
            return 0;
        }
        long best = UNBOUNDED;
        for (int h = holderStart[c]; h < holderStart[c + 1]; h++) {
            if (holderLoss[h] < best && !cols.siteLost(holderSite[h], column)) {
                best = holderLoss[h];
            }
        }
        for (int b = backupStart[c]; b < backupStart[c + 1]; b++) {
            if (backupLoss[b] < best && !cols.siteLost(backupSite[b], column)) {
                best = backupLoss[b];
            }
        }
        return best;
    }

    /** Into {@code out[offset..]}: the columns in which durable {@code c} has RPO 0 (a zero-loss holder survives). */
    void rpoZero(int c, ScenarioColumns cols, long[] out, int offset) {
        int w = cols.words;
        Arrays.fill(out, offset, offset + w, 0L);
        for (int h = holderStart[c]; h < holderStart[c + 1]; h++) {
            if (holderLoss[h] == 0) {
                int so = holderSite[h] * w;
                for (int i = 0; i < w; i++) {
                    out[offset + i] |= ~cols.siteLost[so + i] & cols.mask[i];
                }
            }
        }
    }

    /** Into {@code out[offset..]}: the columns in which {@code c} has a backup (any, §7.4) in a surviving site. */
    void backupSurvives(int c, ScenarioColumns cols, long[] out, int offset) {
        int w = cols.words;
        Arrays.fill(out, offset, offset + w, 0L);
        for (int b = backupStart[c]; b < backupStart[c + 1]; b++) {
            int so = backupSite[b] * w;
            for (int i = 0; i < w; i++) {
                out[offset + i] |= ~cols.siteLost[so + i] & cols.mask[i];
            }
        }
    }
}
