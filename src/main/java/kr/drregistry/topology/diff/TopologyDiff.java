package kr.drregistry.topology.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.LocalizedText;

/**
 * Compares two versions of a filing and reports what was added, removed and changed, section by section (see
 * {@link Change} for the sections, keys and fields). Lists that drr/v1 uses as sets (risk groups, entrypoints,
 * failover requirements, replication, backups, drill sites and services, facility lists) are compared without
 * regard to order. Besides the fields of the filing, a component reports {@code primarySite} (the site of its
 * first active placement), because reordering or re-rolling placements can move it.
 *
 * <p>Runs in time linear in the size of both topologies; pure and thread-safe.
 */
public final class TopologyDiff {
    /** Values longer than this are named but not quoted in the one-line description. */
    private static final int QUOTED_VALUE_MAX = 40;

    private TopologyDiff() {
    }

    /** What changed from {@code from} (the earlier version) to {@code to} (the later one). */
    public static TopologyDiffReport between(Topology from, Topology to) {
        return between(from, to, true);
    }

    /**
     * With {@code skipSame}, the placements and dependencies of a component that is the same in both versions are not
     * listed at all (they cannot differ): a 100,000-component filing has a million dependencies, and indexing them by
     * key took about a second where a revision changes a few components. Without it (tests), every item is compared.
     */
    static TopologyDiffReport between(Topology from, Topology to, boolean skipSame) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Set<String> same = skipSame ? sameComponents(from, to) : Set.of();
        List<Change> changes = new ArrayList<>();
        for (Section<?> section : Sections.ALL) {
            diff(section, from, to, same, changes);
        }
        return TopologyDiffReport.of(changes);
    }

    /** The ids of the components that appear once in each version and are equal there (every field, every list). */
    private static Set<String> sameComponents(Topology from, Topology to) {
        Map<String, Component> before = new HashMap<>(from.components().size() * 2);
        Set<String> repeated = new HashSet<>();
        for (var c : from.components()) {
            if (before.putIfAbsent(c.id(), c) != null) {
                repeated.add(c.id());
            }
        }
        Set<String> seen = new HashSet<>(to.components().size() * 2);
        Set<String> same = new HashSet<>(to.components().size() * 2);
        for (var c : to.components()) {
            if (!seen.add(c.id())) {
                repeated.add(c.id());
            } else if (c.equals(before.get(c.id()))) {
                same.add(c.id());
            }
        }
        same.removeAll(repeated);
        return same;
    }

    /**
     * Adds the changes of one section: added and changed items in the order of {@code to}, then removed items in
     * the order of {@code from}. Items equal as model values are skipped without rendering them, so a large filing
     * with few edits costs little more than indexing its keys.
     */
    private static <T> void diff(Section<T> section, Topology from, Topology to, Set<String> same, List<Change> out) {
        List<Item<T>> before = section.items().apply(from, same);
        Map<String, Item<T>> unmatched = new HashMap<>(before.size() * 2);
        for (Item<T> item : before) {
            unmatched.put(item.key(), item);
        }
        for (Item<T> item : section.items().apply(to, same)) {
            Item<T> old = unmatched.remove(item.key());
            if (old == null) {
                out.add(change(section, item, Change.ADDED, differences(null, section.fieldsOf(item.value()))));
            } else if (!old.value().equals(item.value())) {
                List<FieldChange> fields = differences(section.fieldsOf(old.value()), section.fieldsOf(item.value()));
                if (!fields.isEmpty()) {
                    out.add(change(section, item, Change.CHANGED, fields));
                }
            }
        }
        for (Item<T> item : before) {
            if (unmatched.containsKey(item.key())) {
                out.add(change(section, item, Change.REMOVED, differences(section.fieldsOf(item.value()), null)));
            }
        }
    }

    /** The fields whose values differ; null fields (the item is absent) have every value absent. */
    private static List<FieldChange> differences(Map<String, Value> before, Map<String, Value> after) {
        Map<String, Value> names = after != null ? after : before;
        List<FieldChange> fields = new ArrayList<>();
        for (String name : names.keySet()) {
            Value b = before == null ? null : before.get(name);
            Value a = after == null ? null : after.get(name);
            if (!Value.same(b, a)) {
                fields.add(new FieldChange(name, Value.shown(b), Value.shown(a)));
            }
        }
        return fields;
    }

    private static <T> Change change(Section<T> section, Item<T> item, String kind, List<FieldChange> fields) {
        return new Change(section.name(), item.key(), kind, fields, describe(section.subjectOf(item), kind, fields));
    }

    /**
     * "구성요소 talk-api의 배치 ansan 추가" / "component talk-api: placement in ansan added"; a change also lists
     * its fields, with before → after when both are short.
     */
    private static LocalizedText describe(LocalizedText subject, String kind, List<FieldChange> fields) {
        return switch (kind) {
            case Change.ADDED -> LocalizedText.of(subject.ko() + " 추가", subject.en() + " added");
            case Change.REMOVED -> LocalizedText.of(subject.ko() + " 삭제", subject.en() + " removed");
            default -> LocalizedText.of(subject.ko() + " 변경: " + details(fields, "없음"),
                    subject.en() + " changed: " + details(fields, "absent"));
        };
    }

    private static String details(List<FieldChange> fields, String absent) {
        List<String> parts = new ArrayList<>(fields.size());
        for (FieldChange f : fields) {
            String b = f.before() == null ? absent : f.before();
            String a = f.after() == null ? absent : f.after();
            parts.add(b.length() <= QUOTED_VALUE_MAX && a.length() <= QUOTED_VALUE_MAX
                    ? f.field() + " " + b + " → " + a
                    : f.field());
        }
        return String.join(", ", parts);
    }
}
