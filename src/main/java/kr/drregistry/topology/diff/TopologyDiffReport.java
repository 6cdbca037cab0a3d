package kr.drregistry.topology.diff;

import java.util.List;

/**
 * What changed between two versions of a filing (see {@link TopologyDiff#between}). {@code changes} are in
 * report order: by section ({@link Change#SECTIONS}), then added and changed items in the document order of the
 * later version, then removed items in the document order of the earlier version.
 */
public record TopologyDiffReport(List<Change> changes, Summary summary) {
    public TopologyDiffReport {
        changes = List.copyOf(changes);
    }

    /** A report over {@code changes} with their summary. */
    public static TopologyDiffReport of(List<Change> changes) {
        return new TopologyDiffReport(changes, Summary.of(changes));
    }

    /** True when the two versions do not differ in anything the diff compares. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
