package kr.drregistry.topology.loss;

/** The path a component takes in a scenario (FILING-FORMAT-V2.md §3 rule 8: the first usable one), or down. */
public enum ComponentPath {
    /** a: an active placement in a surviving site. */
    ACTIVE,
    /** b: a standby in a surviving site and a failover that counts and can run. */
    FAILOVER,
    /** c: rebuilt by its restore. */
    RESTORE,
    /** Struck, no usable path, or a hard dependency down (rules 7 to 9). */
    DOWN
}
