package kr.drregistry.topology.parse;

import kr.drregistry.topology.model.Topology;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static kr.drregistry.topology.parse.Fixtures.PARSER;
import static kr.drregistry.topology.parse.Fixtures.resource;
import static kr.drregistry.topology.parse.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CanonicalFormTest {

    private static Topology complete() {
        return PARSER.parseYaml(resource("contract-complete.yaml"));
    }

    @Test
    void canonicalJsonRoundTripsAndIsDeterministic() {
        Topology t = complete();
        byte[] canonical = CanonicalJson.write(t);
        assertEquals(t, PARSER.parseJson(canonical));
        assertArrayEquals(canonical, CanonicalJson.write(PARSER.parseJson(resource("contract-complete.json"))));
        assertArrayEquals(canonical, CanonicalJson.write(PARSER.parseJson(canonical)));
        assertEquals(CanonicalJson.sha256(t), CanonicalJson.sha256(PARSER.parseJson(canonical)));
        assertEquals(64, CanonicalJson.sha256(t).length());
    }

    @Test
    void canonicalJsonHasTheDocumentedShape() {
        String json = new String(CanonicalJson.write(complete()), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"format\":\"drr/v1\",\"operator\":\"example-talk\",\"asOf\":\"2026-11-01\",\"sites\":[{"
                + "\"id\":\"pangyo\",\"name\":\"Pangyo IDC (colocation)\",\"kind\":\"colocation\",\"provider\":\"example-idc\","
                + "\"facilityRef\":\"example-idc/pangyo-a\",\"region\":\"KR-41\",\"location\":{\"lat\":37.4,\"lon\":127.103},"), json);
        assertTrue(json.contains("{\"id\":\"talk-api\",\"kind\":\"app\",\"placements\":[{\"site\":\"pangyo\",\"role\":\"active\","
                + "\"capacityPct\":100},{\"site\":\"ansan\",\"role\":\"standby\",\"capacityPct\":60}],\"failover\":{\"mode\":"
                + "\"manual\",\"minutes\":30,\"requires\":[\"deploy-tool\",\"admin-console\"]},\"dependsOn\":[{\"component\":"
                + "\"auth\",\"mode\":\"hard\"},{\"anyOf\":[\"session-cache-a\",\"session-cache-b\"],\"mode\":\"hard\"}"), json);
        assertTrue(json.contains("{\"id\":\"auth\",\"kind\":\"auth\",\"placements\":[{\"site\":\"pangyo\",\"role\":\"active\"},"
                + "{\"site\":\"ansan\",\"role\":\"active\"}],\"dependsOn\":[{\"component\":\"talk-db\",\"mode\":\"hard\"}]}"),
                "implicit mode written: " + json);
        assertTrue(json.contains("{\"id\":\"metrics\",\"kind\":\"monitoring\",\"controlPlane\":true,\"placements\":"
                + "[{\"site\":\"ansan\",\"role\":\"active\"}]}"), "failover {mode: none} omitted: " + json);
        assertTrue(json.contains("\"mwhPerCompartment\":2.0,"), json);
        assertTrue(json.contains("\"fuelHours\":24.0}"), json);
        assertTrue(!json.contains("\n") && !json.contains(": "), json);
    }

    @Test
    void equivalentSpellingsHashTheSame() {
        String base = Fixtures.minimalYaml("  - {id: x, kind: app, placements: [{site: a, role: active}]FAILOVER}\n");
        Topology implicit = PARSER.parseYaml(utf8(base.replace("FAILOVER", "")));
        Topology explicit = PARSER.parseYaml(utf8(base.replace("FAILOVER", ", failover: {mode: none, requires: []}")));
        assertEquals(CanonicalJson.sha256(implicit), CanonicalJson.sha256(explicit));
        Topology manual = PARSER.parseYaml(utf8(base.replace("FAILOVER", ", failover: {mode: manual}")));
        assertNotEquals(CanonicalJson.sha256(implicit), CanonicalJson.sha256(manual));
    }

    @Test
    void yamlDownloadRoundTrips() {
        Topology t = complete();
        String yaml = YamlWriter.toYaml(t);
        assertEquals(t, PARSER.parseYaml(utf8(yaml)));
        assertEquals(t, PARSER.parseYaml(YamlWriter.write(t)));
        assertTrue(yaml.startsWith("format: drr/v1\noperator: example-talk\nasOf: 2026-11-01\nsites:\n  - id: pangyo\n"), yaml);
        assertTrue(yaml.contains("id: 'on'") || yaml.contains("id: on"), yaml);
    }

    @Test
    void stringsThatLookLikeOtherTypesSurviveBothWriters() {
        String doc = Fixtures.minimalYaml("  - {id: '123', name: 'true', kind: app, placements: [{site: a, role: active}]}\n")
                .replace("name: A,", "name: \"null\",").replace("name: B,", "name: \"line\\nbreak \\\"quoted\\\" \\t 한글\",");
        Topology t = PARSER.parseYaml(utf8(doc));
        assertEquals("123", t.components().get(0).id());
        assertEquals("null", t.sites().get(0).name());
        assertEquals(t, PARSER.parseYaml(utf8(YamlWriter.toYaml(t))));
        assertEquals(t, PARSER.parseJson(CanonicalJson.write(t)));
    }
}
