package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.validation.TopologyIndex;

/**
 * The risk groups two sites share ({@link RiskGroups#shared}), computed once per ordered pair of site indices, over
 * the sites' resolved groups (FILING-FORMAT-V2.md §2 F5: they count for GEO-001 and DATA-002).
 */
final class SitePairs {
    private final TopologyIndex index;
    private final kr.drregistry.topology.facility.ResolvedFacilities facilities;
    private final List<List<String>> shared;

    SitePairs(kr.drregistry.topology.validation.ValidationContext ctx) {
        this.index = ctx.index();
        this.facilities = ctx.facilities();
        int pairs = index.siteCount() * index.siteCount();
        this.shared = new ArrayList<>(pairs);
        for (int i = 0; i < pairs; i++) {
            shared.add(null);
        }
    }

    /** Pair key of sites {@code a} and {@code b} (indices), in {@code 0 .. siteCount²-1}. */
    int key(int a, int b) {
        return a * index.siteCount() + b;
    }

    List<String> shared(int a, int b) {
        int key = key(a, b);
        List<String> groups = shared.get(key);
        if (groups == null) {
            groups = RiskGroups.shared(index.site(a), facilities.groups(a), index.site(b), facilities.groups(b));
            shared.set(key, groups);
        }
        return groups;
    }
}
