package kr.drregistry.topology.diff;

import java.util.List;

import kr.drregistry.rules.LocalizedText;

/**
 * One item that was added, removed or changed between two versions of a filing.
 *
 * <p>{@code section} is one of {@link #SECTIONS}; {@code key} identifies the item within its section: the id for
 * sites, services, components and drills, {@code component@site} for placements
 * ({@code talk-api@ansan}), {@code component->target} or {@code component->anyOf(a, b)} for dependencies (the
 * targets of {@code anyOf} sorted, so the key names the target set), and {@code filing} for the top level. When a
 * component lists the same placement or dependency key more than once, later occurrences get {@code #2},
 * {@code #3}, ….
 *
 * <p>{@code kind} is {@link #ADDED}, {@link #REMOVED} or {@link #CHANGED}. {@code fields} are the values that
 * differ: for a changed item the fields whose values differ, for an added item every stated field (before null),
 * for a removed item every stated field (after null). {@code description} is one line for a person.
 */
public record Change(String section, String key, String kind, List<FieldChange> fields, LocalizedText description) {
    /** Section of sites, keyed by site id. */
    public static final String SITES = "sites";
    /** Section of services, keyed by service id. */
    public static final String SERVICES = "services";
    /** Section of components, keyed by component id. */
    public static final String COMPONENTS = "components";
    /** Section of placements, keyed by {@code component@site}. */
    public static final String PLACEMENTS = "placements";
    /** Section of dependencies, keyed by component, target set and anyOf flag. */
    public static final String DEPENDENCIES = "dependencies";
    /** Section of drills, keyed by drill id. */
    public static final String DRILLS = "drills";
    /** The top level of the filing (operator, asOf), keyed {@code filing}. */
    public static final String FILING = "filing";
    /** All sections in report order. */
    public static final List<String> SECTIONS = List.of(SITES, SERVICES, COMPONENTS, PLACEMENTS, DEPENDENCIES,
            DRILLS, FILING);

    /** The item is in the later version only. */
    public static final String ADDED = "added";
    /** The item is in the earlier version only. */
    public static final String REMOVED = "removed";
    /** The item is in both versions with different values. */
    public static final String CHANGED = "changed";

    public Change {
        fields = List.copyOf(fields);
    }
}
