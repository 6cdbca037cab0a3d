package kr.drregistry.topology.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The object types of drr/v1: their fields in contract order (which is also the canonical output order)
 * and which of them are required. The JSON Schema ({@code schema/drr-v1.json}) is tested against this
 * table, so the schema, the parser and the writers cannot drift apart.
 */
enum Shape {
    TOPOLOGY(null, List.of("format", "operator", "asOf", "sites", "services", "components", "drills"),
            Set.of("format", "operator", "asOf", "sites", "services", "components")),
    SITE("site", List.of("id", "name", "kind", "provider", "facilityRef", "region", "location", "riskGroups",
            "facility"), Set.of("id")),
    LOCATION("location", List.of("lat", "lon"), Set.of("lat", "lon")),
    FACILITY("facility", List.of("powerFeeds", "batteryRooms", "generators", "standbyPowerDuplicated", "carriers",
            "tenantFaultNotification", "tenants"), Set.of()),
    POWER_FEED("powerFeed", List.of("id", "substation"), Set.of("id", "substation")),
    BATTERY_ROOM("batteryRoom", List.of("id", "chemistry", "mwhPerCompartment", "sharesSpaceWithElectrical",
            "bmsSamplingSeconds", "earlyFireDetection"),
            Set.of("id", "chemistry", "mwhPerCompartment", "sharesSpaceWithElectrical", "earlyFireDetection")),
    GENERATORS("generators", List.of("count", "fuelHours"), Set.of("count")),
    FAULT_NOTIFICATION("faultNotification", List.of("channel", "contact"), Set.of("channel", "contact")),
    SERVICE("service", List.of("id", "name", "tier", "dailyUsers", "rtoMinutes", "rpoMinutes", "entrypoints"),
            Set.of("id", "tier", "entrypoints")),
    COMPONENT("component", List.of("id", "name", "kind", "controlPlane", "placements", "failover", "dependsOn",
            "replication", "backups"), Set.of("id", "kind", "placements")),
    PLACEMENT("placement", List.of("site", "role", "capacityPct"), Set.of("site", "role")),
    FAILOVER("failover", List.of("mode", "minutes", "requires"), Set.of("mode")),
    DEPENDENCY("dependency", List.of("component", "anyOf", "mode"), Set.of()),
    REPLICATION("replication", List.of("from", "to", "mode", "lagSeconds"), Set.of("from", "to", "mode")),
    BACKUP("backup", List.of("site", "intervalMinutes", "retentionDays", "immutable"), Set.of("site")),
    DRILL("drill", List.of("id", "date", "scenario", "lostSites", "services", "achievedRtoMinutes",
            "achievedRpoMinutes"), Set.of("id", "date", "scenario"));

    /** The name under {@code $defs} in the JSON Schema; null for the document root. */
    final String schemaDef;
    /** All fields, in contract order. */
    final List<String> fields;
    /** The required subset of {@link #fields}. */
    final Set<String> required;
    /** The required fields in contract order. */
    final List<String> requiredInOrder;
    private final Set<String> allowed;

    Shape(String schemaDef, List<String> fields, Set<String> required) {
        this.schemaDef = schemaDef;
        this.fields = fields;
        this.required = required;
        this.requiredInOrder = fields.stream().filter(required::contains).toList();
        this.allowed = new HashSet<>(fields);
    }

    boolean allows(String field) {
        return allowed.contains(field);
    }
}
