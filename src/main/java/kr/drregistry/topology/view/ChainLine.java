package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.LocalizedText;

/**
 * One line of an evidence chain as the pictures print it: a {@link ChainStep} with {@code rootCause} set for the
 * steps where the failure starts (drr/v2 chains, FILING-FORMAT-V2.md §3: a struck component, no usable path, a
 * failover only the provider decides or that would lose data, a failover or restore blocked by what it requires, a
 * restore without a surviving backup or site) and the depth capped for indentation.
 */
public record ChainLine(int depth, String kind, String id, String relation, List<String> sites, LocalizedText text,
                        boolean rootCause) {
    /** Indentation levels the pictures draw; deeper steps are drawn at this depth. */
    public static final int MAX_DEPTH = 8;

    public static final String NO_USABLE_PLACEMENT = "no-usable-placement", FAILOVER_BLOCKED = "failover-blocked",
            STRUCK = "struck", PROVIDER_DECIDED = "failover-provider-decided", DATA_LOSS = "failover-data-loss",
            RESTORE_BLOCKED = "restore-blocked", NO_BACKUP = "no-backup", RESTORE_SITE_LOST = "restore-site-lost";

    /** The relations of the steps where a failure starts. */
    public static final Set<String> ROOT_RELATIONS = Set.of(NO_USABLE_PLACEMENT, FAILOVER_BLOCKED, STRUCK,
            PROVIDER_DECIDED, DATA_LOSS, RESTORE_BLOCKED, NO_BACKUP, RESTORE_SITE_LOST);

    public static ChainLine of(ChainStep s) {
        boolean root = s.relation() != null && ROOT_RELATIONS.contains(s.relation());
        return new ChainLine(Math.min(s.depth(), MAX_DEPTH), s.kind(), s.id(), s.relation(), s.sites(), s.text(), root);
    }

    public static List<ChainLine> of(List<ChainStep> steps) {
        List<ChainLine> out = new ArrayList<>(steps.size());
        for (ChainStep s : steps) {
            out.add(of(s));
        }
        return out;
    }
}
