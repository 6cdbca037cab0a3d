package kr.drregistry.cli;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.policy.RulePolicy;
import kr.drregistry.topology.parse.CanonicalJson;
import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.PolicyJson;

/**
 * The command-line validator and the registry give the same answer: for every example and for generated topologies
 * (YAML and JSON), the report of {@code dr-validate check --format json} under the registry's active policy is the
 * body of {@code POST /api/v1/validate} — policy, counts, every finding with its chain and texts, every scenario. And
 * the default policy the tool ships is the one the registry seeds.
 */
@QuarkusTest
class SameAnswerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = "demo-pass-2026";

    @TempDir
    Path dir;

    @Test
    void theCommandLineAndTheApiGiveTheSameReportForEveryExampleAndGeneratedTopologies() throws Exception {
        Path policy = dir.resolve("active-policy.json");
        Files.writeString(policy, given().auth().preemptive().basic("reviewer", PW).get("/api/v1/policies/active")
                .then().statusCode(200).extract().asString());
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(documents::add);
        }
        for (long seed = 1; seed <= 3; seed++) {
            Path generated = dir.resolve("generated-" + seed + ".json");
            Files.write(generated, CanonicalJson.write(SyntheticTopology.generate(150 * (int) seed, 3, 3 + (int) seed, 3, seed)));
            documents.add(generated);
        }
        assertTrue(documents.size() >= 7, "the examples and the generated topologies: " + documents);
        for (Path document : documents) {
            String type = document.toString().endsWith(".json") ? "application/json" : "application/yaml";
            String api = given().auth().preemptive().basic("talk-editor", PW).contentType(type)
                    .body(Files.readAllBytes(document)).post("/api/v1/validate?view=full")
                    .then().statusCode(200).extract().asString();
            Cli cli = Cli.run("check", "--format", "json", "--fail-on", "none", "--policy", policy.toString(), document.toString());
            assertEquals(DrValidate.OK, cli.exit(), document + ": " + cli.err());
            JsonNode fromApi = JSON.readTree(api);
            JsonNode fromCli = JSON.readTree(cli.out());
            assertEquals(fromApi.path("policy"), fromCli.path("policy"), document + ": the same policy");
            assertEquals(fromApi.path("summary"), fromCli.path("summary"), document + ": the same counts");
            assertEquals(fromApi.path("findings"), fromCli.path("findings"), document + ": the same findings");
            assertEquals(fromApi.path("scenarios"), fromCli.path("scenarios"), document + ": the same scenarios");
            assertEquals(fromApi, fromCli, document + ": the same report");
            if (document.getFileName().toString().startsWith("kakao")) {
                assertTrue(fromCli.path("findings").size() > 10, "a report with findings is compared, not two empty ones");
            }
        }
    }

    @Test
    void theToolsDefaultPolicyIsTheOneTheRegistrySeeds() {
        String stored = QuarkusTransaction.requiringNew().call(() -> {
            RulePolicy row = RulePolicy.<RulePolicy>find("policyId = ?1 and version = ?2 and createdBy = 'system'",
                    Policies.defaultPolicy().id(), Policies.defaultPolicy().version()).firstResult();
            return row == null ? null : row.document;
        });
        assertTrue(stored != null, "the registry seeded the shipped default policy");
        var seeded = PolicyJson.read(new ByteArrayInputStream(stored.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Policies.defaultPolicy(), seeded);
        // and the tool checks with exactly that policy when given none
        Cli cli = Cli.run("check", "--format", "json", "--fail-on", "none", "examples/kakao-like-2022.yaml");
        assertTrue(cli.out().contains("\"version\" : \"" + seeded.version() + "\""), cli.out());
    }
}
