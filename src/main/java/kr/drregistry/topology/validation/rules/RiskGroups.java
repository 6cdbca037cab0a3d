package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.Site;

/** Which risk groups (loss scenarios) two sites share, per the contract's scenario definition. */
final class RiskGroups {
    private RiskGroups() {
    }

    /**
     * The scenario ids that fail both sites, given each site's groups (its resolved groups, FILING-FORMAT-V2.md §2
     * rule F5): {@code site:<id>} when they are the same site; every group both list; and {@code site:<b>} when
     * {@code a} lists it (or the reverse).
     */
    static List<String> shared(Site a, List<String> aGroups, Site b, List<String> bGroups) {
        if (a.id().equals(b.id())) {
            return List.of(a.scenarioId());
        }
        List<String> shared = new ArrayList<>();
        for (String group : aGroups) {
            if (bGroups.contains(group) || group.equals(b.scenarioId())) {
                shared.add(group);
            }
        }
        if (bGroups.contains(a.scenarioId()) && !shared.contains(a.scenarioId())) {
            shared.add(a.scenarioId());
        }
        return shared;
    }
}
