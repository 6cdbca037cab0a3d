package kr.drregistry.topology.parse;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.ComponentState;
import kr.drregistry.topology.model.DataLoss;
import kr.drregistry.topology.model.Facility;
import kr.drregistry.topology.model.Failover;
import kr.drregistry.topology.model.FailoverDecider;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.FireResponsePowerCut;
import kr.drregistry.topology.model.Recovery;
import kr.drregistry.topology.model.Restore;
import kr.drregistry.topology.model.Topology;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static kr.drregistry.topology.parse.Fixtures.PARSER;
import static kr.drregistry.topology.parse.Fixtures.resource;
import static kr.drregistry.topology.parse.Fixtures.summary;
import static kr.drregistry.topology.parse.Fixtures.utf8;
import static kr.drregistry.topology.parse.Fixtures.yamlErrors;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** drr/v2 (FILING-FORMAT-V2.md §1): every new field parses, round-trips, and is an unknown field under drr/v1. */
class DrrV2ParseTest {

    private static Topology v2() {
        return PARSER.parseYaml(resource("contract-v2.yaml"));
    }

    /** A drr/v2 document with two sites (a, b) and the given components. */
    private static String doc(String format, String components) {
        return Fixtures.minimalYaml(components).replace("format: drr/v1", "format: " + format);
    }

    @Test
    void everyNewFieldIsRead() {
        Topology t = v2();
        assertEquals("drr/v2", t.format());
        assertTrue(t.isV2());
        Component api = t.componentsById().get("talk-api");
        assertEquals(List.of("software:consul-1.9", "config:global-dns"), api.riskGroups());
        assertEquals(new Failover(FailoverMode.MANUAL, 30, List.of("deploy-tool"), FailoverDecider.PROVIDER,
                DataLoss.FORBIDDEN), api.failover());
        assertTrue(api.failover().providerDecided());
        assertTrue(api.failover().dataLossForbidden());
        assertEquals(new Recovery(45, List.of("deploy-tool")), api.recovery());
        assertNull(api.restore());
        assertNull(api.state());

        Component db = t.componentsById().get("talk-db");
        assertEquals(ComponentState.DURABLE, db.state());
        assertTrue(db.isDurable());
        assertEquals(new Restore("ansan", 2880, List.of("deploy-tool"), 50), db.restore());
        Component cache = t.componentsById().get("session-cache");
        assertEquals(ComponentState.EPHEMERAL, cache.state());
        assertFalse(cache.isDurable(), "an ephemeral cache holds no data");
        assertEquals(new Restore("ansan", 0, List.of(), null), cache.restore());
        assertEquals(100, cache.restore().effectiveCapacityPct(), "absent capacityPct counts as 100");
        assertEquals(new Recovery(10, List.of()), t.componentsById().get("deploy-tool").recovery());

        Facility f = t.sitesById().get("ansan").facility();
        assertEquals(FireResponsePowerCut.BUILDING, f.fireResponsePowerCut());
        assertEquals(new Facility.BatteryRoom("ups-1", "lithium-ion", 4.5, false, null, true, true, false),
                f.batteryRooms().get(0));
    }

    @Test
    void drrV2RoundTripsThroughTheCanonicalFormAndTheYamlDownload() {
        Topology t = v2();
        byte[] canonical = CanonicalJson.write(t);
        assertEquals(t, PARSER.parseJson(canonical));
        assertArrayEquals(canonical, CanonicalJson.write(PARSER.parseJson(canonical)));
        assertEquals(t, PARSER.parseYaml(utf8(YamlWriter.toYaml(t))));
        String json = new String(canonical, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"failover\":{\"mode\":\"manual\",\"minutes\":30,\"requires\":[\"deploy-tool\"],"
                + "\"decidedBy\":\"provider\",\"dataLoss\":\"forbidden\"},\"dependsOn\":[{\"component\":\"talk-db\","
                + "\"mode\":\"hard\"},{\"component\":\"session-cache\",\"mode\":\"hard\"}],\"riskGroups\":"
                + "[\"software:consul-1.9\",\"config:global-dns\"],\"recovery\":{\"minutes\":45,\"requires\":"
                + "[\"deploy-tool\"]}}"), json);
        assertTrue(json.contains("\"backups\":[{\"site\":\"ansan\",\"intervalMinutes\":1440}],\"state\":\"durable\","
                + "\"restore\":{\"site\":\"ansan\",\"minutes\":2880,\"requires\":[\"deploy-tool\"],\"capacityPct\":50}}"),
                json);
        assertTrue(json.contains("\"earlyFireDetection\":true,\"sharesSpaceWithServers\":true,"
                + "\"powerCablesInRoom\":false}],\"fireResponsePowerCut\":\"building\"}"), json);
    }

    @Test
    void aDrrV1DocumentKeepsItsContentHash() {
        // The SHA-256 of the completed contract example as the drr/v1-only parser wrote it (commit 881bc57):
        // adding drr/v2 must not change the content hash of any stored drr/v1 version.
        assertEquals("18ff78f81770cefafa1c715407887167394c9c9e26a0518730fc850ccad0ee93",
                CanonicalJson.sha256(PARSER.parseYaml(resource("contract-complete.yaml"))));
    }

    @Test
    void aDrrV1DocumentWithTheSameContentAsDrrV2ParsesToTheSameModelButTheFormat() {
        String components = "  - {id: x, kind: database, placements: [{site: a, role: active}], "
                + "failover: {mode: manual}}\n";
        Topology v1 = PARSER.parseYaml(utf8(doc("drr/v1", components)));
        Topology v2 = PARSER.parseYaml(utf8(doc("drr/v2", components)));
        assertEquals(v1.components(), v2.components());
        assertEquals(v1.sites(), v2.sites());
    }

    @Test
    void theDrrV2FieldsAreUnknownFieldsUnderDrrV1() {
        List<ParseError> errors = yamlErrors(doc("drr/v1", """
                  - id: x
                    kind: cache
                    state: ephemeral
                    riskGroups: [software:x]
                    placements: [{site: a, role: active}]
                    failover: {mode: manual, decidedBy: provider, dataLoss: forbidden}
                    restore: {site: b, minutes: 5}
                    recovery: {minutes: 5}
                """));
        assertEquals(List.of("/components/0/state unknown-field", "/components/0/riskGroups unknown-field",
                "/components/0/restore unknown-field", "/components/0/recovery unknown-field",
                "/components/0/failover/decidedBy unknown-field", "/components/0/failover/dataLoss unknown-field"),
                summary(errors));
        ParseError state = errors.get(0);
        assertEquals("Unknown field \"state\" in drr/v1 (it needs format: drr/v2); the fields allowed here are: id, "
                + "name, kind, controlPlane, placements, failover, dependsOn, replication, backups.", state.message());
        assertEquals("알 수 없는 필드 \"state\"입니다(drr/v1에는 없고 format: drr/v2가 필요합니다). 여기서 쓸 수 있는 필드: id, "
                + "name, kind, controlPlane, placements, failover, dependsOn, replication, backups.", state.messageKo());
        assertEquals(Integer.valueOf(11), state.line());
        assertEquals(Integer.valueOf(12), state.column());

        String facility = Fixtures.minimalYaml("  - {id: x, kind: app, placements: [{site: a, role: active}]}\n")
                .replace("{id: a, name: A, kind: own}", "{id: a, name: A, kind: own, facility: {fireResponsePowerCut: "
                        + "staged, batteryRooms: [{id: r, chemistry: li, mwhPerCompartment: 1, "
                        + "sharesSpaceWithElectrical: false, earlyFireDetection: true, sharesSpaceWithServers: true, "
                        + "powerCablesInRoom: true}]}}");
        assertEquals(List.of("/sites/0/facility/fireResponsePowerCut unknown-field",
                "/sites/0/facility/batteryRooms/0/sharesSpaceWithServers unknown-field",
                "/sites/0/facility/batteryRooms/0/powerCablesInRoom unknown-field"), summary(yamlErrors(facility)));
        assertEquals(List.of("/sites/0/facility/fireResponsePowerCut unknown-field",
                "/sites/0/facility/batteryRooms/0/sharesSpaceWithServers unknown-field",
                "/sites/0/facility/batteryRooms/0/powerCablesInRoom unknown-field"),
                summary(yamlErrors(facility.replace("format: drr/v1", "format: drr/v3"))).subList(1, 4),
                "an unsupported format is read as drr/v1 after its own error");
    }

    @Test
    void ephemeralOnlyOnACacheAndStateOnlyOnStatefulKinds() {
        List<ParseError> errors = yamlErrors(doc("drr/v2", """
                  - {id: db, kind: database, state: ephemeral, placements: [{site: a, role: active}]}
                  - {id: q, kind: queue, state: durable, placements: [{site: a, role: active}]}
                  - {id: app, kind: app, state: durable, placements: [{site: a, role: active}]}
                  - {id: c, kind: cache, state: volatile, placements: [{site: a, role: active}]}
                """));
        assertEquals(List.of("/components/0/state kind-mismatch", "/components/2/state kind-mismatch",
                "/components/3/state enum"), summary(errors));
        assertEquals("Only a cache can be \"ephemeral\"; a \"database\" holds data (state durable).",
                errors.get(0).message());
        assertEquals(Integer.valueOf(9), errors.get(0).line());
        assertEquals("\"state\" applies to stateful kinds only (database, cache, queue, object-storage), not to \"app\".",
                errors.get(1).message());
        assertEquals(ParseError.KIND_MISMATCH, errors.get(1).code());
    }

    @Test
    void restoreAndRecoveryNameKnownSitesAndComponents() {
        List<ParseError> errors = yamlErrors(doc("drr/v2", """
                  - id: x
                    kind: app
                    placements: [{site: a, role: active}]
                    restore: {site: nowhere, minutes: 5, requires: [x, ghost]}
                    recovery: {minutes: 5, requires: [phantom]}
                    failover: {mode: automatic, requires: [spectre]}
                """));
        assertEquals(List.of("/components/0/failover/requires/0 unknown-reference",
                "/components/0/restore/site unknown-reference", "/components/0/restore/requires/1 unknown-reference",
                "/components/0/recovery/requires/0 unknown-reference"), summary(errors));
        assertEquals("Unknown site \"nowhere\": no site with this id is defined in /sites.", errors.get(1).message());
        assertEquals(Integer.valueOf(12), errors.get(1).line());
    }

    @Test
    void restoreAndRecoveryNeedTheirFieldsInRange() {
        List<ParseError> errors = yamlErrors(doc("drr/v2", """
                  - id: x
                    kind: app
                    placements: [{site: a, role: active}]
                    restore: {requires: []}
                    recovery: {requires: []}
                  - id: y
                    kind: app
                    placements: [{site: a, role: active}]
                    restore: {site: b, minutes: -1, capacityPct: 101, extra: 1}
                    recovery: {minutes: 1.5}
                  - id: z
                    kind: app
                    placements: [{site: a, role: active}]
                    restore: {site: b, minutes: 0, capacityPct: 0}
                    failover: {mode: manual, decidedBy: customer, dataLoss: never}
                    riskGroups: ["", ok]
                """));
        assertEquals(List.of("/components/0/restore/site required", "/components/0/restore/minutes required",
                "/components/0/recovery/minutes required", "/components/1/restore/extra unknown-field",
                "/components/1/restore/minutes range", "/components/1/restore/capacityPct range",
                "/components/1/recovery/minutes type", "/components/2/failover/decidedBy enum",
                "/components/2/failover/dataLoss enum", "/components/2/riskGroups/0 length"), summary(errors));
    }
}
