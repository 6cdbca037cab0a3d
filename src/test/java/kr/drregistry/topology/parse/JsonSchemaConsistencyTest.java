package kr.drregistry.topology.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.ComponentState;
import kr.drregistry.topology.model.DataLoss;
import kr.drregistry.topology.model.DependencyMode;
import kr.drregistry.topology.model.DrillScenario;
import kr.drregistry.topology.model.FailoverDecider;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.FireResponsePowerCut;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.ReplicationMode;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published JSON Schemas (drr/v1 and drr/v2) and the parser describe the same formats. */
class JsonSchemaConsistencyTest {
    private static final JsonNode V1 = load("/schema/drr-v1.json");
    private static final JsonNode V2 = load("/schema/drr-v2.json");

    private static JsonNode load(String name) {
        try (InputStream in = DrrParser.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " on the class path");
            return Fixtures.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode schema(int version) {
        return version == 2 ? V2 : V1;
    }

    private static List<Shape> shapes(int version) {
        return java.util.Arrays.stream(Shape.values()).filter(s -> version == 2 || s.inV1).toList();
    }

    private static JsonNode def(JsonNode schema, Shape shape) {
        return shape.schemaDef == null ? schema : schema.path("$defs").path(shape.schemaDef);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void isDraft202012(int version) {
        JsonNode schema = schema(version);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(version == 2 ? Topology.FORMAT_V2 : Topology.FORMAT, schema.at("/properties/format/const").asText());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void everyObjectHasTheParsersFieldsInOrderAndClosesUnknownOnes(int version) {
        for (Shape shape : shapes(version)) {
            JsonNode def = def(schema(version), shape);
            assertEquals("object", def.path("type").asText(), shape.name());
            assertEquals(false, def.path("additionalProperties").asBoolean(true), shape.name());
            List<String> properties = new ArrayList<>();
            def.path("properties").fieldNames().forEachRemaining(properties::add);
            assertEquals(shape.fields(version == 2), properties, shape.name() + " properties in contract order");
            assertEquals(shape.required, new HashSet<>(strings(def.path("required"))), shape.name() + " required");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void everyObjectDefinitionIsAShape(int version) {
        Set<String> objectDefs = new HashSet<>();
        schema(version).path("$defs").fields().forEachRemaining(e -> {
            if ("object".equals(e.getValue().path("type").asText())) {
                objectDefs.add(e.getKey());
            }
        });
        Set<String> shapes = new HashSet<>();
        for (Shape shape : shapes(version)) {
            if (shape.schemaDef != null) {
                shapes.add(shape.schemaDef);
            }
        }
        assertEquals(shapes, objectDefs);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void enumsAreTheModelsSpellings(int version) {
        JsonNode schema = schema(version);
        assertEquals(Wire.spellings(SiteKind.class), strings(schema.at("/$defs/site/properties/kind/enum")));
        assertEquals(Wire.spellings(ComponentKind.class), strings(schema.at("/$defs/component/properties/kind/enum")));
        assertEquals(Wire.spellings(PlacementRole.class), strings(schema.at("/$defs/placement/properties/role/enum")));
        assertEquals(Wire.spellings(FailoverMode.class), strings(schema.at("/$defs/failover/properties/mode/enum")));
        assertEquals(Wire.spellings(DependencyMode.class), strings(schema.at("/$defs/dependency/properties/mode/enum")));
        assertEquals(Wire.spellings(ReplicationMode.class), strings(schema.at("/$defs/replication/properties/mode/enum")));
        assertEquals(Wire.spellings(DrillScenario.class), strings(schema.at("/$defs/drill/properties/scenario/enum")));
        assertEquals(TopologyValidator.CHANNELS, strings(schema.at("/$defs/faultNotification/properties/channel/enum")));
    }

    @Test
    void theDrrV2EnumsAreTheModelsSpellings() {
        assertEquals(Wire.spellings(ComponentState.class), strings(V2.at("/$defs/component/properties/state/enum")));
        assertEquals(Wire.spellings(FailoverDecider.class), strings(V2.at("/$defs/failover/properties/decidedBy/enum")));
        assertEquals(Wire.spellings(DataLoss.class), strings(V2.at("/$defs/failover/properties/dataLoss/enum")));
        assertEquals(Wire.spellings(FireResponsePowerCut.class),
                strings(V2.at("/$defs/facility/properties/fireResponsePowerCut/enum")));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void patternsAndLimitsAreTheParsers(int version) {
        JsonNode schema = schema(version);
        assertEquals("^" + TopologyValidator.REGION.pattern() + "$", schema.at("/$defs/site/properties/region/pattern").asText());
        assertEquals("#/$defs/text", schema.at("/$defs/site/properties/riskGroups/items/$ref").asText(),
                "risk groups are free text: the contract makes every string a scenario");
        assertEquals("^" + TopologyValidator.DATE_SHAPE.pattern() + "$", schema.at("/$defs/date/pattern").asText());
        assertEquals(TopologyValidator.TEXT_MAX, schema.at("/$defs/text/maxLength").asInt());
        String slug = schema.at("/$defs/slug/pattern").asText();
        assertEquals("^[a-z0-9][a-z0-9-]{0,62}$", slug);
        assertEquals(TopologyValidator.isSlug("a".repeat(63)), "a".repeat(63).matches(slug.substring(1, slug.length() - 1)));
        assertEquals(TopologyValidator.isSlug("a".repeat(64)), "a".repeat(64).matches(slug.substring(1, slug.length() - 1)));
    }

    @Test
    void theDrrV2LimitsAreTheParsers() {
        assertEquals("#/$defs/text", V2.at("/$defs/component/properties/riskGroups/items/$ref").asText(),
                "component risk groups are free text like site risk groups");
        assertEquals("#/$defs/siteRef", V2.at("/$defs/restore/properties/site/$ref").asText());
        assertEquals("#/$defs/nonNegativeInt", V2.at("/$defs/restore/properties/minutes/$ref").asText());
        assertEquals("#/$defs/nonNegativeInt", V2.at("/$defs/recovery/properties/minutes/$ref").asText());
        assertEquals(0, V2.at("/$defs/restore/properties/capacityPct/minimum").asInt());
        assertEquals(100, V2.at("/$defs/restore/properties/capacityPct/maximum").asInt());
        assertEquals("#/$defs/componentRef", V2.at("/$defs/restore/properties/requires/items/$ref").asText());
        assertEquals("#/$defs/componentRef", V2.at("/$defs/recovery/properties/requires/items/$ref").asText());
        assertEquals("cache", V2.at("/$defs/component/allOf/1/then/properties/kind/const").asText(),
                "ephemeral only on a cache");
        List<String> stateful = java.util.Arrays.stream(ComponentKind.values()).filter(ComponentKind::stateful)
                .map(ComponentKind::wire).toList();
        assertEquals(stateful, strings(V2.at("/$defs/component/allOf/0/then/properties/kind/enum")),
                "state on stateful kinds only");
    }

    @Test
    void everyDrrV2FieldIsDescribed() {
        for (Shape shape : shapes(2)) {
            def(V2, shape).path("properties").fields().forEachRemaining(e -> assertFalse(
                    e.getValue().path("description").asText().isBlank(), shape.name() + "." + e.getKey()));
        }
    }

    @Test
    void theDrrV2SchemaSaysWhatTheDrrV1SchemaSaysAboutTheDrrV1Fields() {
        for (Shape shape : shapes(1)) {
            JsonNode v1 = def(V1, shape).path("properties");
            JsonNode v2 = def(V2, shape).path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = v1.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (shape == Shape.TOPOLOGY && e.getKey().equals("format")) {
                    continue;
                }
                ObjectNode a = e.getValue().deepCopy();
                ObjectNode b = v2.path(e.getKey()).deepCopy();
                a.remove("description");
                b.remove("description");
                assertEquals(a, b, shape.name() + "." + e.getKey());
            }
        }
        assertTrue(V2.path("$defs").has("restore"));
    }
}
