package kr.drregistry.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Health and metrics on the management interface (a port of its own), OpenAPI, and every migration applied to the
 * (empty at start) test database.
 */
@QuarkusTest
class OperationsTest {
    @Inject
    DataSource dataSource;
    @TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    private String management(String path) {
        return "http://" + management.getHost() + ":" + management.getPort() + path;
    }

    @Test
    void healthChecksTheDatabase() {
        given().get(management("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
        given().get(management("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"),
                "checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void metricsArePrometheusTextOnTheManagementPortOnly() {
        io.restassured.response.Response metrics = given().get(management("/q/metrics"));
        assertEquals(200, metrics.statusCode(), management("/q/metrics"));
        assertTrue(metrics.asString().contains("jvm_memory_used_bytes"));
        // the portal's port (and so its ingress) does not serve them: no JVM version, route counts or business counters
        for (String path : java.util.List.of("/q/metrics", "/q/health", "/q/health/ready")) {
            io.restassured.response.Response r = given().redirects().follow(false).get(path);
            assertTrue(r.statusCode() != 200 && !r.asString().contains("jvm_") && !r.asString().contains("\"UP\""),
                    path + " on the portal's port: " + r.statusCode());
        }
    }

    @Test
    void validationsAndApiCallsAreMeasured() throws IOException {
        given().auth().preemptive().basic("talk-editor", "demo-pass-2026").contentType("application/yaml")
                .body(Files.readAllBytes(Path.of("examples/healthy-multisite.yaml"))).post("/api/v1/validate")
                .then().statusCode(200);
        String metrics = given().get(management("/q/metrics")).then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("drr_validation_seconds_bucket{kind=\"validate\""), "validation duration histogram");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_count")
                && l.contains("uri=\"/api/v1/validate\"")), "API calls per endpoint");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("DR Registry API"), "paths", org.hamcrest.Matchers.hasKey("/api/v1/organisations"),
                        // every count of people says what it measures (docs/people-counts.md)
                        "components.schemas.ScenarioSummary.properties.usersLost.description",
                        org.hamcrest.Matchers.containsString("counts once per service"),
                        "components.schemas.ScenarioSummary.properties.usersLostLargestService.description",
                        org.hamcrest.Matchers.containsString("at least this many"),
                        "components.schemas.FindingView.properties.usersLost.description",
                        org.hamcrest.Matchers.containsString("not a sum"));
    }

    @Test
    void everyMigrationFileWasAppliedAndHibernateValidatedTheSchema() throws SQLException, IOException {
        long files;
        try (Stream<Path> s = Files.list(Path.of("db-migrations"))) {
            files = s.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) filter (where success), count(*) from flyway_schema_history where version is not null")) {
            rs.next();
            assertEquals(files, rs.getLong(1), "applied migrations");
            assertEquals(files, rs.getLong(2), "no failed migration");
        }
    }
}
