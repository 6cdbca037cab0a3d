package kr.drregistry.topology.facility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;

/**
 * Resolves the {@code facilityRef} chains of a document (FILING-FORMAT-V2.md §2, §7.10). Pure: the sites of
 * other organisations come from a {@link FacilityLookup}.
 *
 * <ul>
 *   <li>F2: a site inherits {@code facility:org/site}; when the reference resolves, also the referenced site's risk
 *       groups except strings beginning with {@code site:}, then what that site inherits through its own
 *       {@code facilityRef}, resolved alike; a reference met twice on one chain is not followed again.</li>
 *   <li>F3: a site without {@code location} takes that of the first site up the chain that states one.</li>
 *   <li>F4: an unresolved reference adds only {@code facility:org/site} and ends the chain.</li>
 *   <li>F5: groups are the declared ones, then the inherited ones, first occurrence kept.</li>
 *   <li>§7.10: a reference to a site of the filing organisation itself ({@link Topology#operator()}) resolves
 *       inside the same document, wherever on a chain it is met; other references go to the lookup.</li>
 * </ul>
 */
public final class FacilityResolver {
    private FacilityResolver() {
    }

    /** The resolution of every site of {@code topology}, in document order. */
    public static ResolvedFacilities resolve(Topology topology, FacilityLookup lookup) {
        Map<String, Site> own = new HashMap<>();
        for (Site s : topology.sites()) {
            own.putIfAbsent(s.id(), s);
        }
        List<ResolvedSite> out = new ArrayList<>(topology.sites().size());
        for (Site site : topology.sites()) {
            out.add(resolve(site, topology.operator(), own, lookup));
        }
        return new ResolvedFacilities(out);
    }

    private static ResolvedSite resolve(Site site, String operator, Map<String, Site> own, FacilityLookup lookup) {
        Set<String> groups = new LinkedHashSet<>(site.riskGroups());
        GeoPoint location = site.location();
        List<FacilityReference> references = new ArrayList<>();
        Set<String> followed = new HashSet<>();
        Site current = site;
        while (current.facilityRef() != null && followed.add(current.facilityRef())) {
            String ref = current.facilityRef();
            groups.add("facility:" + ref);
            Optional<FiledSite> found = find(ref, operator, own, lookup);
            if (found.isEmpty()) {
                references.add(new FacilityReference(ref, FacilityReference.Resolution.UNRESOLVED, null));
                break;
            }
            FiledSite filed = found.get();
            boolean sameDocument = ref.startsWith(operator + "/");
            references.add(new FacilityReference(ref, sameDocument ? FacilityReference.Resolution.SAME_DOCUMENT
                    : FacilityReference.Resolution.RESOLVED, sameDocument ? null : filed.filingVersion()));
            current = filed.site();
            for (String g : current.riskGroups()) {
                if (!g.startsWith("site:")) {
                    groups.add(g);
                }
            }
            if (location == null) {
                location = current.location();
            }
        }
        return new ResolvedSite(site.id(), List.copyOf(groups), location, references);
    }

    /** The referenced site: in this document for the filing organisation's own sites, else by the lookup. */
    private static Optional<FiledSite> find(String ref, String operator, Map<String, Site> own,
                                            FacilityLookup lookup) {
        int slash = ref.indexOf('/');
        if (slash <= 0 || slash == ref.length() - 1) {
            return Optional.empty();
        }
        String organisation = ref.substring(0, slash);
        String siteId = ref.substring(slash + 1);
        if (organisation.equals(operator)) {
            Site site = own.get(siteId);
            return site == null ? Optional.empty() : Optional.of(new FiledSite(site, null));
        }
        return lookup.find(organisation, siteId).filter(f -> f.site() != null);
    }
}
