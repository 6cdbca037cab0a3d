package kr.drregistry.sector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import kr.drregistry.filing.FilingEvents;

/**
 * Which change makes which kept view ({@link KeptSnapshot}) be made again on this replica, once the change is
 * committed: a submission brings new findings and exposures, a decision changes review statuses, a disposition only
 * the trends' disposed-versus-open counts. Other replicas' changes show when their snapshots age out.
 */
@ApplicationScoped
class SnapshotInvalidation {
    @Inject
    TrendService trends;
    @Inject
    SectorService sector;

    void submitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) FilingEvents.Submitted e) {
        trends.changed();
        sector.changed();
    }

    void decided(@Observes(during = TransactionPhase.AFTER_SUCCESS) FilingEvents.Decided e) {
        trends.changed();
        sector.changed();
    }

    void disposed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FilingEvents.Disposed e) {
        trends.changed();
    }
}
