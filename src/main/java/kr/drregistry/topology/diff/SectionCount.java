package kr.drregistry.topology.diff;

/** How many items of one section were added, removed and changed. */
public record SectionCount(String section, int added, int removed, int changed) {
}
