package kr.drregistry.topology.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of a diff: one {@link SectionCount} per section in {@link Change#SECTIONS} order (zeros included), and
 * the totals over all sections.
 */
public record Summary(List<SectionCount> sections, int added, int removed, int changed) {
    public Summary {
        sections = List.copyOf(sections);
    }

    /** Counts {@code changes} per section and kind. */
    public static Summary of(List<Change> changes) {
        List<SectionCount> sections = new ArrayList<>(Change.SECTIONS.size());
        int added = 0;
        int removed = 0;
        int changed = 0;
        for (String section : Change.SECTIONS) {
            int a = 0;
            int r = 0;
            int c = 0;
            for (Change change : changes) {
                if (change.section().equals(section)) {
                    switch (change.kind()) {
                        case Change.ADDED -> a++;
                        case Change.REMOVED -> r++;
                        default -> c++;
                    }
                }
            }
            sections.add(new SectionCount(section, a, r, c));
            added += a;
            removed += r;
            changed += c;
        }
        return new Summary(sections, added, removed, changed);
    }

    /** The counts of {@code section}. */
    public SectionCount section(String section) {
        return sections.stream().filter(s -> s.section().equals(section)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + section));
    }
}
