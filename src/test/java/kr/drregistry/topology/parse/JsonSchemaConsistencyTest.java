package kr.drregistry.topology.parse;

import com.fasterxml.jackson.databind.JsonNode;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.DependencyMode;
import kr.drregistry.topology.model.DrillScenario;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.ReplicationMode;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.Wire;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The published JSON Schema and the parser describe the same format. */
class JsonSchemaConsistencyTest {
    private static final JsonNode SCHEMA = load();

    private static JsonNode load() {
        try (InputStream in = DrrParser.class.getResourceAsStream("/schema/drr-v1.json")) {
            assertNotNull(in, "schema/drr-v1.json on the class path");
            return Fixtures.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode def(Shape shape) {
        return shape.schemaDef == null ? SCHEMA : SCHEMA.path("$defs").path(shape.schemaDef);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void isDraft202012() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.path("$schema").asText());
        assertEquals(Topology.FORMAT, SCHEMA.at("/properties/format/const").asText());
    }

    @Test
    void everyObjectHasTheParsersFieldsInOrderAndClosesUnknownOnes() {
        for (Shape shape : Shape.values()) {
            JsonNode def = def(shape);
            assertEquals("object", def.path("type").asText(), shape.name());
            assertEquals(false, def.path("additionalProperties").asBoolean(true), shape.name());
            List<String> properties = new ArrayList<>();
            def.path("properties").fieldNames().forEachRemaining(properties::add);
            assertEquals(shape.fields, properties, shape.name() + " properties in contract order");
            assertEquals(shape.required, new HashSet<>(strings(def.path("required"))), shape.name() + " required");
        }
    }

    @Test
    void everyObjectDefinitionIsAShape() {
        Set<String> objectDefs = new HashSet<>();
        SCHEMA.path("$defs").fields().forEachRemaining(e -> {
            if ("object".equals(e.getValue().path("type").asText())) {
                objectDefs.add(e.getKey());
            }
        });
        Set<String> shapes = new HashSet<>();
        for (Shape shape : Shape.values()) {
            if (shape.schemaDef != null) {
                shapes.add(shape.schemaDef);
            }
        }
        assertEquals(shapes, objectDefs);
    }

    @Test
    void enumsAreTheModelsSpellings() {
        assertEquals(Wire.spellings(SiteKind.class), strings(SCHEMA.at("/$defs/site/properties/kind/enum")));
        assertEquals(Wire.spellings(ComponentKind.class), strings(SCHEMA.at("/$defs/component/properties/kind/enum")));
        assertEquals(Wire.spellings(PlacementRole.class), strings(SCHEMA.at("/$defs/placement/properties/role/enum")));
        assertEquals(Wire.spellings(FailoverMode.class), strings(SCHEMA.at("/$defs/failover/properties/mode/enum")));
        assertEquals(Wire.spellings(DependencyMode.class), strings(SCHEMA.at("/$defs/dependency/properties/mode/enum")));
        assertEquals(Wire.spellings(ReplicationMode.class), strings(SCHEMA.at("/$defs/replication/properties/mode/enum")));
        assertEquals(Wire.spellings(DrillScenario.class), strings(SCHEMA.at("/$defs/drill/properties/scenario/enum")));
        assertEquals(TopologyValidator.CHANNELS, strings(SCHEMA.at("/$defs/faultNotification/properties/channel/enum")));
    }

    @Test
    void patternsAndLimitsAreTheParsers() {
        assertEquals("^" + TopologyValidator.REGION.pattern() + "$", SCHEMA.at("/$defs/site/properties/region/pattern").asText());
        assertEquals("#/$defs/text", SCHEMA.at("/$defs/site/properties/riskGroups/items/$ref").asText(),
                "risk groups are free text: the contract makes every string a scenario");
        assertEquals("^" + TopologyValidator.DATE_SHAPE.pattern() + "$", SCHEMA.at("/$defs/date/pattern").asText());
        assertEquals(TopologyValidator.TEXT_MAX, SCHEMA.at("/$defs/text/maxLength").asInt());
        String slug = SCHEMA.at("/$defs/slug/pattern").asText();
        assertEquals("^[a-z0-9][a-z0-9-]{0,62}$", slug);
        assertEquals(TopologyValidator.isSlug("a".repeat(63)), "a".repeat(63).matches(slug.substring(1, slug.length() - 1)));
        assertEquals(TopologyValidator.isSlug("a".repeat(64)), "a".repeat(64).matches(slug.substring(1, slug.length() - 1)));
    }
}
