package kr.drregistry.topology.diff;

/**
 * One field that differs between two versions of an item. {@code before} and {@code after} are short, stable
 * renderings of the values (lists as {@code "a, b"}, enums in their drr/v1 spelling, numbers without trailing
 * zeros); null means the value is absent (an optional value not stated, an empty list, or the item itself not
 * present in that version).
 *
 * <p>Field names are the drr/v1 names; nested values use dots ({@code failover.minutes},
 * {@code facility.batteryRooms}).
 */
public record FieldChange(String field, String before, String after) {
}
