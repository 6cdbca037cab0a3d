package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.validation.ChainStep;
import kr.drregistry.topology.validation.LocalizedText;

/**
 * One line of an evidence chain as the pictures print it: a {@link ChainStep} with {@code rootCause} set for the
 * steps where the failure starts (a component with no usable placement, a blocked failover) and the depth capped
 * for indentation.
 */
public record ChainLine(int depth, String kind, String id, String relation, List<String> sites, LocalizedText text,
                        boolean rootCause) {
    /** Indentation levels the pictures draw; deeper steps are drawn at this depth. */
    public static final int MAX_DEPTH = 8;

    public static final String NO_USABLE_PLACEMENT = "no-usable-placement", FAILOVER_BLOCKED = "failover-blocked";

    public static ChainLine of(ChainStep s) {
        boolean root = NO_USABLE_PLACEMENT.equals(s.relation()) || FAILOVER_BLOCKED.equals(s.relation());
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
