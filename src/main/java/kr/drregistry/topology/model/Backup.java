package kr.drregistry.topology.model;

/** A backup of a component's data kept in a site; never a placement. Optional numbers are null when absent. */
public record Backup(String site, Integer intervalMinutes, Integer retentionDays, Boolean immutable) {
}
