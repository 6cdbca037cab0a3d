package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.Backup;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Replication;
import kr.drregistry.topology.model.ReplicationMode;
import kr.drregistry.topology.validation.LocalizedText;

/** The copies of a component's data (replication targets and backups) and the data each would lose. */
final class Copies {
    /** Loss of a copy whose loss is not stated (async replication without {@code lagSeconds}). */
    static final long UNKNOWN = -1;

    private Copies() {
    }

    /**
     * One copy: {@code kind} is {@code replication} or {@code backup}; {@code lossSeconds} is 0 for sync
     * replication, the lag for async, the interval for a backup, {@link #UNKNOWN} when not stated; {@code description} reads e.g. "async replication to ansan (lag 5 s)".
     */
    record Copy(String kind, String site, long lossSeconds, LocalizedText description) {
        boolean bounded() {
            return lossSeconds != UNKNOWN;
        }
    }

    /** The copies of {@code component} kept in sites other than {@code site}, in document order. */
    static List<Copy> outside(Component component, String site) {
        List<Copy> copies = new ArrayList<>();
        for (Replication r : component.replication()) {
            if (!r.to().equals(site)) {
                copies.add(of(r));
            }
        }
        for (Backup b : component.backups()) {
            if (!b.site().equals(site)) {
                copies.add(of(b));
            }
        }
        return copies;
    }

    /** The bounded copy with the smallest loss (first in document order on ties), or null. */
    static Copy best(List<Copy> copies) {
        Copy best = null;
        for (Copy c : copies) {
            if (c.bounded() && (best == null || c.lossSeconds() < best.lossSeconds())) {
                best = c;
            }
        }
        return best;
    }

    private static Copy of(Replication r) {
        if (r.mode() == ReplicationMode.SYNC) {
            return new Copy("replication", r.to(), 0,
                    LocalizedText.of(r.to() + "(으)로 동기 복제", "sync replication to " + r.to()));
        }
        if (r.lagSeconds() == null) {
            return new Copy("replication", r.to(), UNKNOWN, LocalizedText.of(
                    r.to() + "(으)로 비동기 복제(지연 미기재)", "async replication to " + r.to() + " (lag not stated)"));
        }
        return new Copy("replication", r.to(), r.lagSeconds(), LocalizedText.of(
                r.to() + "(으)로 비동기 복제(지연 " + r.lagSeconds() + "초)",
                "async replication to " + r.to() + " (lag " + r.lagSeconds() + " s)"));
    }

    private static Copy of(Backup b) {
        if (b.intervalMinutes() == null) {
            return new Copy("backup", b.site(), UNKNOWN, LocalizedText.of(
                    b.site() + " 백업(주기 미기재)", "backup in " + b.site() + " (interval not stated)"));
        }
        return new Copy("backup", b.site(), b.intervalMinutes() * 60L, LocalizedText.of(
                b.site() + " 백업(" + b.intervalMinutes() + "분 주기)",
                "backup in " + b.site() + " every " + b.intervalMinutes() + " min"));
    }
}
