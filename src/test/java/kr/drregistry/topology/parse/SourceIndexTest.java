package kr.drregistry.topology.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Positions of a document's elements, as tools that annotate the file need them, in YAML and in JSON alike. */
class SourceIndexTest {
    private static final String YAML = """
            format: drr/v1
            operator: example-talk
            asOf: 2026-11-01
            sites:
              - id: pangyo
                name: Pangyo
              - {id: ansan, name: Ansan}
            services: []
            components:
              - id: talk-api
                kind: app
            """;

    private static SourceIndex index(String text, DrrParser.Syntax syntax) {
        return SourceIndex.of(text.getBytes(StandardCharsets.UTF_8), syntax, Limits.DEFAULT);
    }

    @Test
    void itemsOfTheTopLevelListsAreFoundByIdAtTheirLines() {
        SourceIndex yaml = index(YAML, DrrParser.Syntax.YAML);
        assertEquals(Optional.of("/sites/1"), yaml.itemPointer("sites", "ansan"));
        assertEquals(Optional.of(new SourceIndex.Position(7, 5)), yaml.at("/sites/1"), "a flow mapping starts at its brace");
        assertEquals(Optional.of(new SourceIndex.Position(5, 5)), yaml.at("/sites/0"), "a block mapping at its first key");
        assertEquals(Optional.of(new SourceIndex.Position(10, 5)), yaml.at(yaml.itemPointer("components", "talk-api").orElseThrow()));
        assertEquals(Optional.of(new SourceIndex.Position(2, 11)), yaml.at("/operator"));
        assertEquals(Optional.empty(), yaml.itemPointer("components", "nothing"));
        assertEquals(Optional.empty(), yaml.at("/sites/9"));
        assertEquals(Optional.empty(), yaml.at("/sites/x"));
    }

    @Test
    void jsonIsIndexedTheSameWay() {
        String json = "{\"format\": \"drr/v1\",\n \"sites\": [\n  {\"id\": \"a/b\"},\n  {\"id\": \"ansan\"}\n ]}";
        SourceIndex index = index(json, DrrParser.Syntax.JSON);
        assertEquals(Optional.of("/sites/1"), index.itemPointer("sites", "ansan"));
        assertEquals(4, index.at("/sites/1").orElseThrow().line());
        assertEquals(Optional.of("/sites/0"), index.itemPointer("sites", "a/b"));
        assertEquals(3, index.at("/sites/0/id").orElseThrow().line(), "a member's value");
    }

    @Test
    void aDocumentThatDoesNotReadGivesAnEmptyIndex() {
        SourceIndex broken = index("sites: [", DrrParser.Syntax.YAML);
        assertTrue(broken.at("").isEmpty());
        assertTrue(broken.itemPointer("sites", "x").isEmpty());
    }
}
