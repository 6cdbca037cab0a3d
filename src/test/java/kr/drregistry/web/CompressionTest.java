package kr.drregistry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import kr.drregistry.support.Browserless;

/**
 * Issue 18 point 2: reports travel compressed to clients that accept gzip; HTML pages, which carry CSRF tokens, never
 * do (BREACH).
 */
@QuarkusTest
class CompressionTest {
    @Test
    void reportsAreGzippedForClientsThatAcceptItAndPagesAreNot() throws Exception {
        RestAssuredConfig gzip = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().contentDecoders(DecoderConfig.ContentDecoder.GZIP));
        given().config(gzip).auth().preemptive().basic("talk-editor", Browserless.PASSWORD).header("Accept-Encoding", "gzip")
                .contentType("application/yaml").body(Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml")))
                .post("/api/v1/validate").then().statusCode(200).header("Content-Encoding", equalTo("gzip"))
                .body("findings.total", org.hamcrest.Matchers.greaterThan(10));
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders())).auth().preemptive().basic("talk-editor", Browserless.PASSWORD)
                .contentType("application/yaml").body(Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml")))
                .post("/api/v1/validate").then().statusCode(200).header("Content-Encoding", not(equalTo("gzip")));
        Browserless editor = Browserless.signIn("talk-editor");
        given().config(gzip).cookies(editor.cookies()).header("Accept-Encoding", "gzip").accept("text/html").get("/portal")
                .then().statusCode(200).header("Content-Encoding", not(equalTo("gzip")));
    }
}
