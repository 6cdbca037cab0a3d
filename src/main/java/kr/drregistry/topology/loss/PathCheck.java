package kr.drregistry.topology.loss;

import java.util.List;

/**
 * Everything rule 8 (and rule 13's repair) reads of one component in one scenario at the fixed point, for
 * explanations and for the rules built on it (OPS-001, OPS-003, OPS-004, OPS-005).
 *
 * @param struck the scenario strikes the component
 * @param activeSurvives an active placement stands in a surviving site
 * @param standbySurvives a standby placement stands in a surviving site
 * @param failoverCounts the failover is automatic, or manual and decided by the operator
 * @param providerDecided a manual failover decided by the provider
 * @param failoverRequiresDown the {@code failover.requires} components down in the scenario, in document order
 * @param dataLossComponent with {@code dataLoss: forbidden}, the first durable component (document order) of the
 *     component's hard closure whose RPO is above 0 in the scenario; null when none or not forbidden
 * @param restoreSiteSurvives it declares a restore and {@code restore.site} survives (false without a restore)
 * @param backupSurvives it holds data and some backup (with or without interval) survives; true for a component
 *     that holds no data, which needs no backup
 * @param restoreRequiresDown the {@code restore.requires} components down in the scenario
 * @param keepsPlacement some placement (either role) stands in a surviving site
 * @param recoveryRequiresDown the {@code recovery.requires} components down in the scenario
 * @param path the path taken, {@link ComponentPath#DOWN} when down
 */
public record PathCheck(boolean struck, boolean activeSurvives, boolean standbySurvives, boolean failoverCounts,
                        boolean providerDecided, List<String> failoverRequiresDown, String dataLossComponent,
                        boolean restoreSiteSurvives, boolean backupSurvives, List<String> restoreRequiresDown,
                        boolean keepsPlacement, List<String> recoveryRequiresDown, ComponentPath path) {
    public PathCheck {
        failoverRequiresDown = List.copyOf(failoverRequiresDown);
        restoreRequiresDown = List.copyOf(restoreRequiresDown);
        recoveryRequiresDown = List.copyOf(recoveryRequiresDown);
    }

    /** Path b usable: a surviving standby, a counting failover, no data loss blocking it, its requirements up. */
    public boolean failoverUsable() {
        return standbySurvives && failoverCounts && dataLossComponent == null && failoverRequiresDown.isEmpty();
    }

    /** Path c usable: the restore site survives, a backup if needed, its requirements up. */
    public boolean restoreUsable() {
        return restoreSiteSurvives && backupSurvives && restoreRequiresDown.isEmpty();
    }
}
