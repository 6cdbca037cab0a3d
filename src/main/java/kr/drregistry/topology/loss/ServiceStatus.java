package kr.drregistry.topology.loss;

/** Rule 10: a service is down when an entrypoint is down, else degraded when its capacity is below 100, else up. */
public enum ServiceStatus {
    UP, DEGRADED, DOWN
}
