package kr.drregistry.topology.parse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;

import static kr.drregistry.topology.parse.Fixtures.errorsAfter;
import static kr.drregistry.topology.parse.Fixtures.jsonErrors;
import static kr.drregistry.topology.parse.Fixtures.summary;
import static kr.drregistry.topology.parse.Fixtures.utf8;
import static kr.drregistry.topology.parse.Fixtures.yamlErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error code with its exact pointer, on mutations of the completed contract example (JSON). */
class ParseErrorsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static void assertErrors(Consumer<ObjectNode> change, String... expected) {
        assertEquals(List.of(expected), summary(errorsAfter(change)));
    }

    private static ObjectNode at(ObjectNode doc, String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    @Test
    void unknownFields() {
        assertErrors(d -> at(d, "/services/0").put("unknownField", 1), "/services/0/unknownField unknown-field");
        assertErrors(d -> d.put("extra", true), "/extra unknown-field");
        assertErrors(d -> at(d, "/components/0/placements/0").put("weight", 1),
                "/components/0/placements/0/weight unknown-field");
        assertErrors(d -> at(d, "/sites/1/facility/batteryRooms/0").put("a/b~c", 1),
                "/sites/1/facility/batteryRooms/0/a~1b~0c unknown-field");
        ParseError e = errorsAfter(d -> at(d, "/components/0/failover").put("minute", 5)).get(0);
        assertEquals("Unknown field \"minute\"; the fields allowed here are: mode, minutes, requires.", e.message());
        assertEquals("알 수 없는 필드 \"minute\"입니다. 여기서 쓸 수 있는 필드: mode, minutes, requires.", e.messageKo());
    }

    @Test
    void requiredFields() {
        assertErrors(d -> at(d, "/services/0").remove("entrypoints"), "/services/0/entrypoints required");
        assertErrors(d -> d.remove("asOf"), "/asOf required");
        assertErrors(d -> at(d, "/components/0/placements/1").remove("role"), "/components/0/placements/1/role required");
        assertErrors(d -> at(d, "/sites/1/facility/batteryRooms/0").remove("earlyFireDetection"),
                "/sites/1/facility/batteryRooms/0/earlyFireDetection required");
        assertErrors(d -> at(d, "/components/0/failover").remove("mode"), "/components/0/failover/mode required");
        assertErrors(d -> at(d, "/drills/0").remove("scenario"), "/drills/0/scenario required");
        assertEquals("Required field \"entrypoints\" is missing.",
                errorsAfter(d -> at(d, "/services/0").remove("entrypoints")).get(0).message());
    }

    @Test
    void typesAreStrict() {
        assertErrors(d -> at(d, "/services/0").put("tier", "1"), "/services/0/tier type");
        assertErrors(d -> at(d, "/services/0").put("tier", 1.5), "/services/0/tier type");
        assertErrors(d -> at(d, "/services/0").put("rtoMinutes", 60.0), "/services/0/rtoMinutes type");
        assertErrors(d -> at(d, "/components/7").put("controlPlane", "yes"), "/components/7/controlPlane type");
        assertErrors(d -> at(d, "/sites/0").putNull("provider"), "/sites/0/provider type");
        assertErrors(d -> ((ArrayNode) d.at("/components/0/placements")).set(0, NODES.textNode("pangyo")),
                "/components/0/placements/0 type");
        assertErrors(d -> d.put("drills", "none"), "/drills type");
        assertErrors(d -> at(d, "/sites/0/location").put("lat", "37.4"), "/sites/0/location/lat type");
        assertErrors(d -> d.put("asOf", 20261101), "/asOf type");
        ParseError e = errorsAfter(d -> at(d, "/services/0").put("tier", "1")).get(0);
        assertEquals("Expected an integer but found a string.", e.message());
        assertEquals("정수이어야 하는데 문자열입니다.", e.messageKo());
        assertEquals(List.of(" type"), summary(jsonErrors("[]")));
        assertEquals(List.of(" type"), summary(jsonErrors("\"drr/v1\"")));
    }

    @Test
    void enums() {
        assertErrors(d -> at(d, "/sites/0").put("kind", "datacenter"), "/sites/0/kind enum");
        assertErrors(d -> at(d, "/components/0").put("kind", "App"), "/components/0/kind enum");
        assertErrors(d -> at(d, "/components/0/placements/0").put("role", "primary"),
                "/components/0/placements/0/role enum");
        assertErrors(d -> at(d, "/components/0/dependsOn/2").put("mode", "optional"), "/components/0/dependsOn/2/mode enum");
        assertErrors(d -> at(d, "/components/1/replication/0").put("mode", "semi-sync"),
                "/components/1/replication/0/mode enum");
        assertErrors(d -> at(d, "/drills/0").put("scenario", "fire"), "/drills/0/scenario enum");
        assertErrors(d -> at(d, "/sites/1/facility/tenantFaultNotification").put("channel", "fax"),
                "/sites/1/facility/tenantFaultNotification/channel enum");
        assertEquals("\"datacenter\" is not allowed here; use one of: own, colocation, cloud-region, cloud-zone.",
                errorsAfter(d -> at(d, "/sites/0").put("kind", "datacenter")).get(0).message());
    }

    @Test
    void formatMustBeDrrV1OrDrrV2() {
        assertErrors(d -> d.put("format", "drr/v3"), "/format unsupported-format");
        assertErrors(d -> d.remove("format"), "/format required");
    }

    @Test
    void slugs() {
        assertErrors(d -> d.put("operator", "Example Talk"), "/operator slug");
        assertErrors(d -> at(d, "/drills/0").put("id", "drill_1"), "/drills/0/id slug");
        assertErrors(d -> at(d, "/drills/0").put("id", "-drill"), "/drills/0/id slug");
        assertErrors(d -> at(d, "/drills/0").put("id", "d".repeat(64)), "/drills/0/id slug");
        assertErrors(d -> at(d, "/sites/1/facility/powerFeeds/0").put("id", "Feed A"), "/sites/1/facility/powerFeeds/0/id slug");
        assertErrors(d -> ((ArrayNode) d.at("/sites/1/facility/tenants")).add("Bad Tenant"),
                "/sites/1/facility/tenants/2 slug");
        assertErrors(d -> at(d, "/drills/0").put("id", "d".repeat(63)).put("date", "x"), "/drills/0/date date");
    }

    @Test
    void duplicateIdsAtTheLaterOne() {
        assertErrors(d -> ((ArrayNode) d.get("drills")).add(d.at("/drills/0").deepCopy()), "/drills/1/id duplicate-id");
        assertErrors(d -> ((ArrayNode) d.get("components")).add(d.at("/components/5").deepCopy()),
                "/components/8/id duplicate-id");
        assertErrors(d -> at(d, "/sites/1/facility/powerFeeds/1").put("id", "feed-a"),
                "/sites/1/facility/powerFeeds/1/id duplicate-id");
        assertErrors(d -> at(d, "/sites/1/facility/batteryRooms/1").put("id", "ups-1"),
                "/sites/1/facility/batteryRooms/1/id duplicate-id");
        assertErrors(d -> at(d, "/services/1").put("id", "talk"), "/services/1/id duplicate-id");
        assertErrors(d -> ((ArrayNode) d.get("sites")).add(d.at("/sites/0").deepCopy()), "/sites/2/id duplicate-id");
        assertEquals("The id \"talk\" is already used at /services/0.",
                errorsAfter(d -> at(d, "/services/1").put("id", "talk")).get(0).message());
    }

    @Test
    void referencesPointAtTheReferencingValue() {
        assertErrors(d -> ((ArrayNode) d.at("/services/0/entrypoints")).set(0, NODES.textNode("nope")),
                "/services/0/entrypoints/0 unknown-reference");
        assertErrors(d -> at(d, "/components/3/placements/0").put("site", "seoul"),
                "/components/3/placements/0/site unknown-reference");
        assertErrors(d -> at(d, "/components/1/replication/0").put("from", "seoul"),
                "/components/1/replication/0/from unknown-reference");
        assertErrors(d -> ((ArrayNode) d.at("/drills/0/lostSites")).add("seoul"), "/drills/0/lostSites/1 unknown-reference");
        assertErrors(d -> ((ArrayNode) d.at("/drills/0/services")).add("pay"), "/drills/0/services/1 unknown-reference");
        assertErrors(d -> at(d, "/components/4/dependsOn/0").put("component", "talk"),
                "/components/4/dependsOn/0/component unknown-reference");
        assertEquals("Unknown service \"pay\": no service with this id is defined in /services.",
                errorsAfter(d -> ((ArrayNode) d.at("/drills/0/services")).add("pay")).get(0).message());
        // A component depending on itself is legal (cycles are).
        Fixtures.PARSER.parseJson(utf8(withChange(d -> at(d, "/components/4/dependsOn/0").put("component", "auth"))));
    }

    private static String withChange(Consumer<ObjectNode> change) {
        ObjectNode doc = Fixtures.complete();
        change.accept(doc);
        return doc.toString();
    }

    @Test
    void ranges() {
        assertErrors(d -> at(d, "/components/0/placements/0").put("capacityPct", 101),
                "/components/0/placements/0/capacityPct range");
        assertErrors(d -> at(d, "/services/0").put("tier", 4), "/services/0/tier range");
        assertErrors(d -> at(d, "/services/0").put("tier", 0), "/services/0/tier range");
        assertErrors(d -> at(d, "/services/0").put("rtoMinutes", 3_000_000_000L), "/services/0/rtoMinutes range");
        assertErrors(d -> at(d, "/services/0").put("dailyUsers", new BigInteger("9223372036854775808")),
                "/services/0/dailyUsers range");
        assertErrors(d -> at(d, "/services/0").put("dailyUsers", -1), "/services/0/dailyUsers range");
        assertErrors(d -> at(d, "/sites/0/location").put("lat", 90.5), "/sites/0/location/lat range");
        assertErrors(d -> at(d, "/sites/0/location").put("lon", -181), "/sites/0/location/lon range");
        assertErrors(d -> at(d, "/components/1/replication/0").put("lagSeconds", -5),
                "/components/1/replication/0/lagSeconds range");
        assertErrors(d -> at(d, "/components/1/backups/0").put("intervalMinutes", 0),
                "/components/1/backups/0/intervalMinutes range");
        assertErrors(d -> at(d, "/sites/1/facility/batteryRooms/0").put("bmsSamplingSeconds", 0),
                "/sites/1/facility/batteryRooms/0/bmsSamplingSeconds range");
        assertErrors(d -> at(d, "/sites/1/facility/batteryRooms/0").put("mwhPerCompartment", -0.1),
                "/sites/1/facility/batteryRooms/0/mwhPerCompartment range");
        assertErrors(d -> at(d, "/sites/1/facility/generators").put("count", -1), "/sites/1/facility/generators/count range");
        assertEquals("The value 101 is out of range: it must be between 0 and 100.",
                errorsAfter(d -> at(d, "/components/0/placements/0").put("capacityPct", 101)).get(0).message());
        List<ParseError> huge = jsonErrors(withChange(d -> at(d, "/sites/0/location").put("lat", 1))
                .replace("\"lat\":1", "\"lat\":1e400"));
        assertEquals(List.of("/sites/0/location/lat range"), summary(huge));
    }

    @Test
    void patternsDatesAndLengths() {
        assertErrors(d -> at(d, "/sites/0").put("region", "KR41"), "/sites/0/region pattern");
        assertErrors(d -> ((ArrayNode) d.at("/sites/0/riskGroups")).add(" "), "/sites/0/riskGroups/3 length");
        assertErrors(d -> at(d, "/sites/0").put("facilityRef", "example-idc"), "/sites/0/facilityRef pattern");
        assertErrors(d -> at(d, "/sites/0").put("facilityRef", "example-idc/a/b"), "/sites/0/facilityRef pattern");
        assertErrors(d -> d.put("asOf", "2026-02-30"), "/asOf date");
        assertErrors(d -> d.put("asOf", "2026-1-1"), "/asOf date");
        assertErrors(d -> at(d, "/drills/0").put("date", "10 May 2026"), "/drills/0/date date");
        assertErrors(d -> at(d, "/sites/0").put("name", ""), "/sites/0/name length");
        assertErrors(d -> at(d, "/sites/0").put("name", "  \t"), "/sites/0/name length");
        assertErrors(d -> at(d, "/sites/0").put("name", "가".repeat(201)), "/sites/0/name length");
        Fixtures.PARSER.parseJson(utf8(withChange(d -> at(d, "/sites/0").put("name", "가".repeat(200)))));
        assertErrors(d -> ((ArrayNode) d.at("/sites/1/facility/carriers")).add(""), "/sites/1/facility/carriers/3 length");
    }

    @Test
    void minItemsAndOneOf() {
        List<ParseError> noSites = errorsAfter(d -> d.putArray("sites"));
        assertEquals("/sites min-items", summary(noSites).get(0));
        assertEquals("/components/0/placements/0/site unknown-reference", summary(noSites).get(1));
        assertErrors(d -> at(d, "/services/0").putArray("entrypoints"), "/services/0/entrypoints min-items");
        assertErrors(d -> at(d, "/components/2").putArray("placements"), "/components/2/placements min-items");
        assertErrors(d -> at(d, "/components/0/dependsOn/1").putArray("anyOf"), "/components/0/dependsOn/1/anyOf min-items");
        assertErrors(d -> at(d, "/components/0/dependsOn/0").remove("component"), "/components/0/dependsOn/0 one-of");
        assertErrors(d -> at(d, "/components/0/dependsOn/0").putArray("anyOf").add("metrics"),
                "/components/0/dependsOn/0 one-of");
    }

    @Test
    void manyErrorsAreReportedTogetherInDocumentOrder() {
        List<ParseError> errors = errorsAfter(d -> {
            d.put("operator", "Bad Operator");
            at(d, "/sites/0").put("kind", "bunker");
            at(d, "/services/0").put("tier", "1").put("colour", "red");
            at(d, "/components/0/placements/0").put("site", "nowhere");
            at(d, "/components/1").remove("kind");
            ((ArrayNode) d.get("drills")).add(d.at("/drills/0").deepCopy());
        });
        assertEquals(List.of("/operator slug", "/sites/0/kind enum", "/services/0/colour unknown-field",
                "/services/0/tier type", "/components/0/placements/0/site unknown-reference", "/components/1/kind required",
                "/drills/1/id duplicate-id"), summary(errors));
        errors.forEach(e -> {
            assertNotNull(e.line(), e.toString());
            assertNotNull(e.column(), e.toString());
            assertTrue(!e.messageKo().isBlank() && !e.message().isBlank());
        });
    }

    @Test
    void errorsCarryTheirYamlPosition() {
        List<ParseError> errors = yamlErrors(Fixtures.minimalYaml("""
                  - id: x
                    kind: app
                    placements:
                      - site: a
                        role: active
                        capacityPct: "100"
                """));
        assertEquals(List.of("/components/0/placements/0/capacityPct type"), summary(errors));
        assertEquals(14, errors.get(0).line());
        assertEquals(22, errors.get(0).column());
        List<ParseError> missing = yamlErrors(Fixtures.minimalYaml("  - {id: x, kind: app}\n"));
        assertEquals(List.of("/components/0/placements required"), summary(missing));
        assertEquals(9, missing.get(0).line());
        assertEquals(5, missing.get(0).column());
    }

    @Test
    void errorCountIsCapped() {
        DrrParser parser = new DrrParser(new Limits(1 << 20, 64, 50, 3));
        ObjectNode doc = Fixtures.complete();
        for (int i = 0; i < 10; i++) {
            doc.put("extra" + i, i);
        }
        List<ParseError> errors = assertThrows(DrrParseException.class,
                () -> parser.parseJson(utf8(doc.toString()))).errors();
        assertEquals(List.of("/extra0 unknown-field", "/extra1 unknown-field", "/extra2 unknown-field",
                " too-many-errors"), summary(errors));
    }
}
