package kr.drregistry.topology.facility;

import kr.drregistry.topology.model.Site;

/**
 * A site as another organisation filed it: the {@link Site} of its latest accepted filing (with its risk groups,
 * location and own {@code facilityRef}) and which filing version it came from ({@code filingVersion}, an opaque
 * label the supplier chooses, e.g. {@code "example-idc v3"}).
 */
public record FiledSite(Site site, String filingVersion) {
}
