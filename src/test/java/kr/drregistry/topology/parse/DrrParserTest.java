package kr.drregistry.topology.parse;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.DependencyMode;
import kr.drregistry.topology.model.Facility;
import kr.drregistry.topology.model.Failover;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Topology;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static kr.drregistry.topology.parse.Fixtures.PARSER;
import static kr.drregistry.topology.parse.Fixtures.resource;
import static kr.drregistry.topology.parse.Fixtures.summary;
import static kr.drregistry.topology.parse.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrrParserTest {

    @Test
    void contractExampleAsWrittenIsRejectedForItsUndefinedReferences() {
        DrrParseException e = assertThrows(DrrParseException.class,
                () -> PARSER.parseYaml(resource("contract-example.yaml")));
        assertEquals(List.of(
                "/components/0/placements/1/site unknown-reference",
                "/components/0/failover/requires/0 unknown-reference",
                "/components/0/failover/requires/1 unknown-reference",
                "/components/0/dependsOn/0/component unknown-reference",
                "/components/0/dependsOn/1/anyOf/0 unknown-reference",
                "/components/0/dependsOn/1/anyOf/1 unknown-reference",
                "/components/0/dependsOn/2/component unknown-reference",
                "/components/1/replication/0/to unknown-reference",
                "/components/1/backups/0/site unknown-reference"), summary(e.errors()));
        ParseError first = e.errors().get(0);
        assertEquals("Unknown site \"ansan\": no site with this id is defined in /sites.", first.message());
        assertEquals("정의되지 않은 사이트 \"ansan\"입니다. /sites에 이 식별자가 없습니다.", first.messageKo());
        assertEquals(first.messageKo(), first.message("ko"));
        assertEquals(Integer.valueOf(26), first.line());
        assertEquals(Integer.valueOf(16), first.column());
        assertEquals(Integer.valueOf(26), e.line());
    }

    @Test
    void completedContractExampleParses() {
        Topology t = PARSER.parseYaml(resource("contract-complete.yaml"));
        assertEquals("drr/v1", t.format());
        assertEquals("example-talk", t.operator());
        assertEquals(LocalDate.of(2026, 11, 1), t.asOf());
        assertEquals(2, t.sites().size());
        assertEquals(new GeoPoint(37.4, 127.103), t.sites().get(0).location());
        assertEquals(List.of("campus:pangyo", "power:seongnam-east", "metro:capital"), t.sites().get(0).riskGroups());
        assertEquals("example-idc/pangyo-a", t.sites().get(0).facilityRef());
        assertNull(t.sites().get(0).facility());

        Component api = t.componentsById().get("talk-api");
        assertEquals(ComponentKind.APP, api.kind());
        assertEquals(List.of(new Placement("pangyo", PlacementRole.ACTIVE, 100),
                new Placement("ansan", PlacementRole.STANDBY, 60)), api.placements());
        assertEquals(new Failover(FailoverMode.MANUAL, 30, List.of("deploy-tool", "admin-console")), api.failover());
        assertEquals(List.of(Dependency.on("auth", DependencyMode.HARD),
                Dependency.anyOf(List.of("session-cache-a", "session-cache-b"), DependencyMode.HARD),
                Dependency.on("metrics", DependencyMode.SOFT)), api.dependsOn());
        assertEquals(30, t.componentsById().get("talk-db").backups().get(0).retentionDays());

        assertEquals(Failover.NONE, t.componentsById().get("deploy-tool").failover(), "omitted failover is none");
        assertEquals(Failover.NONE, t.componentsById().get("metrics").failover(), "{mode: none} is NONE");
        assertEquals(List.of(Dependency.on("talk-db", DependencyMode.HARD)),
                t.componentsById().get("auth").dependsOn(), "mode defaults to hard");
        assertEquals(Boolean.TRUE, t.componentsById().get("metrics").controlPlane());
        assertNull(t.componentsById().get("auth").controlPlane());

        assertEquals("yes", t.servicesById().get("on").name(), "YAML 1.2 core schema: yes and on are strings");
        assertEquals(47_000_000L, t.servicesById().get("talk").dailyUsers());
        assertEquals(LocalDate.of(2026, 5, 10), t.drills().get(0).date());
        assertEquals(240, t.drills().get(0).achievedRtoMinutes());

        Facility f = t.sites().get(1).facility();
        assertEquals(List.of(new Facility.PowerFeed("feed-a", "Ansan-East 154kV"),
                new Facility.PowerFeed("feed-b", "Siheung 154kV")), f.powerFeeds());
        assertEquals(new Facility.BatteryRoom("ups-1", "lithium-ion", 4.5, false, 5, true), f.batteryRooms().get(0));
        assertEquals(new Facility.BatteryRoom("ups-2", "lead-acid", 2.0, true, null, false), f.batteryRooms().get(1));
        assertEquals(new Facility.Generators(2, 24.0), f.generators());
        assertEquals(Boolean.TRUE, f.standbyPowerDuplicated());
        assertEquals(List.of("KT", "SK Broadband", "LG U+"), f.carriers());
        assertEquals(new Facility.FaultNotification("sms", "+82-2-555-0100"), f.tenantFaultNotification());
        assertEquals(List.of("example-talk", "example-pay"), f.tenants());
    }

    @Test
    void jsonAndYamlOfTheSameDocumentGiveEqualTopologies() {
        Topology yaml = PARSER.parseYaml(resource("contract-complete.yaml"));
        Topology json = PARSER.parseJson(resource("contract-complete.json"));
        assertEquals(yaml, json);
        assertEquals(yaml, PARSER.parseJson(new ByteArrayInputStream(resource("contract-complete.json"))));
        assertEquals(yaml, PARSER.parseYaml(new ByteArrayInputStream(resource("contract-complete.yaml"))));
    }

    @Test
    void mediaTypesChooseTheSyntax() {
        byte[] json = resource("contract-complete.json");
        byte[] yaml = resource("contract-complete.yaml");
        Topology expected = PARSER.parseJson(json);
        for (String type : List.of("application/json", "Application/JSON; charset=UTF-8", "application/vnd.drr+json")) {
            assertEquals(expected, PARSER.parse(json, type), type);
        }
        for (String type : List.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml",
                "application/vnd.drr+yaml; charset=utf-8")) {
            assertEquals(expected, PARSER.parse(yaml, type), type);
        }
        for (String type : new String[] {"text/plain", "", null, "application/xml"}) {
            DrrParseException e = assertThrows(DrrParseException.class, () -> PARSER.parse(json, type));
            assertTrue(e.unsupportedMediaType(), String.valueOf(type));
            assertEquals(ParseError.UNSUPPORTED_MEDIA_TYPE, e.errors().get(0).code());
        }
    }

    @Test
    void yamlDatesMayBeQuotedAndByteOrderMarksAreAccepted() {
        String doc = Fixtures.minimalYaml("  - {id: x, kind: app, placements: [{site: a, role: active}]}\n")
                .replace("asOf: 2026-01-01", "asOf: '2026-01-01'");
        Topology t = PARSER.parseYaml(utf8("\uFEFF" + doc));
        assertEquals(LocalDate.of(2026, 1, 1), t.asOf());
        assertEquals(t, PARSER.parseJson(utf8("\uFEFF" + new String(CanonicalJson.write(t), StandardCharsets.UTF_8))));
    }

    @Test
    void emptyListsOfServicesAndComponentsAreAllowed() {
        Topology t = PARSER.parseYaml(utf8(Fixtures.minimalYaml("[]\n").replace("components:\n[]", "components: []")));
        assertTrue(t.components().isEmpty());
        assertTrue(t.services().isEmpty());
        assertTrue(t.drills().isEmpty());
    }

    @Test
    void tooLargeDocumentsAreRejectedBeforeParsing() {
        DrrParser small = new DrrParser(Limits.DEFAULT.withMaxBytes(100));
        byte[] body = resource("contract-complete.json");
        DrrParseException e = assertThrows(DrrParseException.class, () -> small.parseJson(body));
        assertTrue(e.tooLarge());
        assertEquals(List.of(" too-large"), summary(e.errors()));
        assertNull(e.line());
        assertTrue(assertThrows(DrrParseException.class,
                () -> small.parseYaml(new ByteArrayInputStream(body))).tooLarge());
        assertTrue(assertThrows(DrrParseException.class, () -> small.parse(body, "text/yaml")).tooLarge());
    }
}
