package kr.drregistry.topology.facility;

/**
 * One {@code facilityRef} met while resolving a site's chain (§7.10: the report lists every reference with the
 * filing version it used or {@code unresolved}). {@code filingVersion} is the supplier's label when
 * {@link Resolution#RESOLVED}, null otherwise.
 */
public record FacilityReference(String reference, Resolution resolution, String filingVersion) {
    /** How a reference was resolved. */
    public enum Resolution {
        /** Found in another organisation's latest accepted filing ({@code filingVersion} says which). */
        RESOLVED,
        /** A site of the filing organisation itself, found in the same document (§7.10). */
        SAME_DOCUMENT,
        /** No accepted filing or no such site: only {@code facility:org/site} is inherited (rule F4). */
        UNRESOLVED
    }

    /** The group every referring site inherits: {@code facility:org/site} (rule F2). */
    public String group() {
        return "facility:" + reference;
    }
}
