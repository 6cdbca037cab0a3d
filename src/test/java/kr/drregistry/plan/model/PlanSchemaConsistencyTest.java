package kr.drregistry.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The published JSON Schema schema/plan-v1.json and {@link PlanJson} describe the same format. */
class PlanSchemaConsistencyTest {
    private static final JsonNode SCHEMA = load();

    private static JsonNode load() {
        try (InputStream in = PlanJson.class.getResourceAsStream("/schema/plan-v1.json")) {
            assertNotNull(in, "schema/plan-v1.json on the class path");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode def(PlanShape shape) {
        return shape.schemaDef == null ? SCHEMA : SCHEMA.path("$defs").path(shape.schemaDef);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void isDraft202012ForPlanV1() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.path("$schema").asText());
        assertEquals(PlanContent.FORMAT, SCHEMA.at("/properties/format/const").asText());
        assertEquals(PlanJson.MIN_YEAR, SCHEMA.at("/properties/planYear/minimum").asInt());
        assertEquals(PlanJson.MAX_YEAR, SCHEMA.at("/properties/planYear/maximum").asInt());
    }

    @Test
    void everyObjectHasTheReadersFieldsInOrderRequiredOnesAndClosesUnknownOnes() {
        for (PlanShape shape : PlanShape.values()) {
            JsonNode def = def(shape);
            assertEquals("object", def.path("type").asText(), shape.name());
            assertEquals(false, def.path("additionalProperties").asBoolean(true), shape.name());
            List<String> properties = new ArrayList<>();
            def.path("properties").fieldNames().forEachRemaining(properties::add);
            assertEquals(shape.fields, properties, shape.name() + " properties in canonical order");
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
        Arrays.stream(PlanShape.values()).filter(s -> s.schemaDef != null).forEach(s -> shapes.add(s.schemaDef));
        assertEquals(shapes, objectDefs);
    }

    @Test
    void enumsAndLimitsAreTheReaders() {
        assertEquals(Arrays.stream(AlertLevelKind.values()).map(AlertLevelKind::wire).toList(),
                strings(SCHEMA.at("/$defs/alertLevel/properties/level/enum")));
        assertEquals(Arrays.stream(ScenarioKind.values()).map(ScenarioKind::wire).toList(),
                strings(SCHEMA.at("/$defs/scenarioKind/enum")));
        assertEquals(PlanJson.TEXT_MAX, SCHEMA.at("/$defs/text/maxLength").asInt());
        assertEquals(PlanJson.NAME_MAX, SCHEMA.at("/$defs/name/maxLength").asInt());
        assertEquals(PlanJson.LIST_MAX, SCHEMA.at("/$defs/texts/maxItems").asInt());
        assertEquals(PlanJson.LIST_MAX, SCHEMA.at("/properties/contacts/maxItems").asInt());
    }
}
