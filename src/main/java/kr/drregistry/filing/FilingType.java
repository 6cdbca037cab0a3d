package kr.drregistry.filing;

/** The three things operators file; they share one lifecycle. */
public enum FilingType {
    /** DR topology in drr/v1. */
    TOPOLOGY,
    /** Disaster-management plan / disaster-response manual. */
    PLAN,
    /** Post-incident report (content defined by the incident work). */
    INCIDENT
}
