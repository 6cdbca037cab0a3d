package kr.drregistry.topology.loss;

/**
 * Rule 4: a site holding a durable component's data and the loss, in seconds, of restarting from it (0 for the home
 * site and sites reached over synchronous replication). DATA-004 reads these: a placement outside every holder
 * site has no filed way to get the data.
 */
public record Holder(String site, long lossSeconds) {
}
