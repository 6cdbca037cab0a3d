package kr.drregistry.topology.model;

/** A copy of a component's data from one site to another; never a placement. {@code lagSeconds} may be null. */
public record Replication(String from, String to, ReplicationMode mode, Integer lagSeconds) {
}
