package kr.drregistry.topology.model;

import java.util.List;

/** A user-facing service. RTO and RPO targets are optional (null when absent). */
public record Service(String id, String name, int tier, long dailyUsers, Integer rtoMinutes, Integer rpoMinutes,
                      List<String> entrypoints) {
    public Service {
        entrypoints = List.copyOf(entrypoints == null ? List.of() : entrypoints);
    }
}
