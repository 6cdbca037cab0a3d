package kr.drregistry.topology.facility;

import java.util.List;

import kr.drregistry.topology.model.GeoPoint;

/**
 * A site of the document with its facility references resolved (FILING-FORMAT-V2.md §2): {@code groups} in the
 * order of rule F5 (declared risk groups, then the inherited ones, first occurrence kept), {@code location} its
 * own or inherited by rule F3 (null when no site up the chain states one), and {@code references} the chain of
 * references followed, in order.
 */
public record ResolvedSite(String siteId, List<String> groups, GeoPoint location,
                           List<FacilityReference> references) {
    public ResolvedSite {
        groups = List.copyOf(groups);
        references = List.copyOf(references);
    }

    /** Whether the site's own {@code facilityRef} resolved (in another filing or in this document). */
    public boolean referenceResolves() {
        return !references.isEmpty() && references.get(0).resolution() != FacilityReference.Resolution.UNRESOLVED;
    }
}
