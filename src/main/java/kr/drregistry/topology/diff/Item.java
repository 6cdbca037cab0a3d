package kr.drregistry.topology.diff;

/**
 * One item of a section as the diff sees it: its unique key, the component it belongs to (placements and
 * dependencies; null otherwise), its label within that component or section, and the model value itself.
 */
record Item<T>(String key, String owner, String label, T value) {
}
