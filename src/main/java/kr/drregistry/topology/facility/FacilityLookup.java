package kr.drregistry.topology.facility;

import java.util.Map;
import java.util.Optional;

/**
 * Where {@link FacilityResolver} finds the sites other organisations filed (FILING-FORMAT-V2.md §2 F1, §7.10): the
 * platform answers from each organisation's latest accepted filing, an offline validator from a supplied set of
 * facility filings. Only foreign references are looked up; a reference to the filing organisation's own site
 * resolves inside the document being read.
 */
@FunctionalInterface
public interface FacilityLookup {
    /** A lookup that resolves nothing: every foreign reference is {@code unresolved} (rule F4). */
    FacilityLookup NONE = (organisation, site) -> Optional.empty();

    /** Site {@code site} in the latest accepted filing of {@code organisation}, or empty when there is none. */
    Optional<FiledSite> find(String organisation, String site);

    /** A lookup over a fixed map from {@code organisation/site} to the filed site. */
    static FacilityLookup of(Map<String, FiledSite> sites) {
        Map<String, FiledSite> copy = Map.copyOf(sites);
        return (organisation, site) -> Optional.ofNullable(copy.get(organisation + "/" + site));
    }
}
