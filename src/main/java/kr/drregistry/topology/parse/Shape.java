package kr.drregistry.topology.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The object types of drr/v1 and drr/v2: their fields in contract order (which is also the canonical output
 * order) and which of them are required. drr/v2 adds fields to some types (FILING-FORMAT-V2.md §1, appended
 * after the drr/v1 fields in the order of that table) and two types of its own ({@code restore},
 * {@code recovery}); under drr/v1 those fields are unknown. The JSON Schemas ({@code schema/drr-v1.json},
 * {@code schema/drr-v2.json}) are tested against this table, so the schemas, the parser and the writers cannot
 * drift apart.
 */
enum Shape {
    TOPOLOGY(null, List.of("format", "operator", "asOf", "sites", "services", "components", "drills"), List.of(),
            Set.of("format", "operator", "asOf", "sites", "services", "components")),
    SITE("site", List.of("id", "name", "kind", "provider", "facilityRef", "region", "location", "riskGroups",
            "facility"), List.of(), Set.of("id")),
    LOCATION("location", List.of("lat", "lon"), List.of(), Set.of("lat", "lon")),
    FACILITY("facility", List.of("powerFeeds", "batteryRooms", "generators", "standbyPowerDuplicated", "carriers",
            "tenantFaultNotification", "tenants"), List.of("fireResponsePowerCut"), Set.of()),
    POWER_FEED("powerFeed", List.of("id", "substation"), List.of(), Set.of("id", "substation")),
    BATTERY_ROOM("batteryRoom", List.of("id", "chemistry", "mwhPerCompartment", "sharesSpaceWithElectrical",
            "bmsSamplingSeconds", "earlyFireDetection"), List.of("sharesSpaceWithServers", "powerCablesInRoom"),
            Set.of("id", "chemistry", "mwhPerCompartment", "sharesSpaceWithElectrical", "earlyFireDetection")),
    GENERATORS("generators", List.of("count", "fuelHours"), List.of(), Set.of("count")),
    FAULT_NOTIFICATION("faultNotification", List.of("channel", "contact"), List.of(), Set.of("channel", "contact")),
    SERVICE("service", List.of("id", "name", "tier", "dailyUsers", "rtoMinutes", "rpoMinutes", "entrypoints"),
            List.of(), Set.of("id", "tier", "entrypoints")),
    COMPONENT("component", List.of("id", "name", "kind", "controlPlane", "placements", "failover", "dependsOn",
            "replication", "backups"), List.of("riskGroups", "state", "restore", "recovery"),
            Set.of("id", "kind", "placements")),
    PLACEMENT("placement", List.of("site", "role", "capacityPct"), List.of(), Set.of("site", "role")),
    FAILOVER("failover", List.of("mode", "minutes", "requires"), List.of("decidedBy", "dataLoss"), Set.of("mode")),
    DEPENDENCY("dependency", List.of("component", "anyOf", "mode"), List.of(), Set.of()),
    REPLICATION("replication", List.of("from", "to", "mode", "lagSeconds"), List.of(), Set.of("from", "to", "mode")),
    BACKUP("backup", List.of("site", "intervalMinutes", "retentionDays", "immutable"), List.of(), Set.of("site")),
    RESTORE("restore", null, List.of("site", "minutes", "requires", "capacityPct"), Set.of("site", "minutes")),
    RECOVERY("recovery", null, List.of("minutes", "requires"), Set.of("minutes")),
    DRILL("drill", List.of("id", "date", "scenario", "lostSites", "services", "achievedRtoMinutes",
            "achievedRpoMinutes"), List.of(), Set.of("id", "date", "scenario"));

    /** The name under {@code $defs} in the JSON Schema; null for the document root. */
    final String schemaDef;
    /** Whether the type exists in drr/v1 (false: drr/v2 only). */
    final boolean inV1;
    /** All fields of drr/v2, in contract order: the drr/v1 fields, then the drr/v2 additions. */
    final List<String> fields;
    /** The fields of drr/v1, in contract order (empty for a drr/v2-only type). */
    final List<String> v1Fields;
    /** The required subset of {@link #fields} (never a drr/v2 addition to a drr/v1 type). */
    final Set<String> required;
    /** The required fields in contract order. */
    final List<String> requiredInOrder;
    private final Set<String> allowedV1;
    private final Set<String> allowedV2;

    Shape(String schemaDef, List<String> v1Fields, List<String> v2Added, Set<String> required) {
        this.schemaDef = schemaDef;
        this.inV1 = v1Fields != null;
        this.v1Fields = v1Fields == null ? List.of() : v1Fields;
        List<String> all = new ArrayList<>(this.v1Fields);
        all.addAll(v2Added);
        this.fields = List.copyOf(all);
        this.required = required;
        this.requiredInOrder = fields.stream().filter(required::contains).toList();
        this.allowedV1 = new HashSet<>(this.v1Fields);
        this.allowedV2 = new HashSet<>(fields);
    }

    /** The fields of this type under drr/v2 ({@code v2}) or drr/v1, in contract order. */
    List<String> fields(boolean v2) {
        return v2 ? fields : v1Fields;
    }

    boolean allows(String field, boolean v2) {
        return (v2 ? allowedV2 : allowedV1).contains(field);
    }

    /** Whether {@code field} exists only in drr/v2 (for the hint in the unknown-field message of a drr/v1 document). */
    boolean addedInV2(String field) {
        return allowedV2.contains(field) && !allowedV1.contains(field);
    }
}
