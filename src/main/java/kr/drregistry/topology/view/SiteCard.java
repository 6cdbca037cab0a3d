package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.facility.FacilityReference;
import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.facility.ResolvedSite;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;

/**
 * A site as its card shows it: what it declares and, when it names a {@code facilityRef}, the groups it inherits
 * (FILING-FORMAT-V2.md §2 rules F2 and F5) with the chain of references followed and where each was resolved — the
 * label {@code org filing-id vN} of the accepted filing used, the same document, or unresolved (only
 * {@code facility:org/site} inherited, rule F4).
 *
 * @param declared the site's own {@code riskGroups}
 * @param inherited the groups it gets through its facility reference, in rule F5 order
 */
public record SiteCard(String id, String name, String kind, String provider, String region, String facilityRef,
                       List<String> declared, List<String> inherited, List<Source> sources) {
    public SiteCard {
        declared = List.copyOf(declared);
        inherited = List.copyOf(inherited);
        sources = List.copyOf(sources);
    }

    /** How a reference resolved: {@link #RESOLVED} (then {@code filingVersion}), {@link #SAME_DOCUMENT}, {@link #UNRESOLVED}. */
    public static final String RESOLVED = "resolved", SAME_DOCUMENT = "same-document", UNRESOLVED = "unresolved";

    /** One reference on the site's chain: {@code facility:org/site} it adds and where it came from. */
    public record Source(String reference, String group, String resolution, String filingVersion) {
        public boolean resolved() {
            return RESOLVED.equals(resolution);
        }

        public boolean unresolved() {
            return UNRESOLVED.equals(resolution);
        }
    }

    /** The name, or the id when there is none. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }

    public boolean hasFacility() {
        return facilityRef != null && !facilityRef.isBlank();
    }

    /** Every site's card, in document order. */
    public static List<SiteCard> of(Topology t, ResolvedFacilities facilities) {
        List<SiteCard> out = new ArrayList<>(t.sites().size());
        for (int i = 0; i < t.sites().size(); i++) {
            out.add(of(t.sites().get(i), facilities.sites().get(i)));
        }
        return out;
    }

    static SiteCard of(Site s, ResolvedSite resolved) {
        List<String> inherited = new ArrayList<>();
        for (String g : resolved.groups()) {
            if (!s.riskGroups().contains(g)) {
                inherited.add(g);
            }
        }
        List<Source> sources = new ArrayList<>(resolved.references().size());
        for (FacilityReference r : resolved.references()) {
            String how = switch (r.resolution()) {
                case RESOLVED -> RESOLVED;
                case SAME_DOCUMENT -> SAME_DOCUMENT;
                case UNRESOLVED -> UNRESOLVED;
            };
            sources.add(new Source(r.reference(), r.group(), how, r.filingVersion()));
        }
        return new SiteCard(s.id(), s.name(), s.kind() == null ? null : s.kind().wire(), s.provider(), s.region(),
                s.facilityRef(), s.riskGroups(), inherited, sources);
    }
}
