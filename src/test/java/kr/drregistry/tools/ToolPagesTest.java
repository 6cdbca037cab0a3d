package kr.drregistry.tools;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * "검증 도구 내려받기" (/tools), public: the jar with its SHA-256 as the page states it, the checksum file
 * {@code sha256sum -c} reads, the CI examples; an installation without the jar says so and offers no broken link.
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class ToolPagesTest {
    private static final Path JAR = Path.of("target/test-tools/dr-validate.jar");

    @Test
    void thePageOffersTheJarWithItsSha256AndTheCiExamples() throws Exception {
        byte[] content = ("a stand-in for dr-validate.jar " + System.nanoTime()).getBytes();
        Files.createDirectories(JAR.getParent());
        Files.write(JAR, content);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        String ko = given().header("Accept-Language", "ko").get("/tools").then().statusCode(200).extract().asString();
        assertTrue(ko.contains("<h1>검증 도구 내려받기</h1>"), ko);
        assertTrue(ko.contains("<code id=\"tool-sha256\" class=\"tool-sha\">" + sha + "</code>"), "the page states the jar's SHA-256");
        assertTrue(ko.contains("href=\"/tools/dr-validate.jar\""));
        assertTrue(ko.contains("github/codeql-action/upload-sarif"), "the GitHub Actions example uploads the SARIF");
        assertTrue(ko.contains("${{ vars.DRR_REGISTRY }}"), "the workflow's expressions are shown as written");
        assertTrue(ko.contains("check --registry https://registry.example") && ko.contains("facilities 범위의 API 토큰"),
                "the page says how CI resolves other organisations' facilities against this registry");
        assertTrue(ko.contains("<a href=\"/tools\">검증 도구</a>"), "every page's footer links here");
        String en = given().header("Accept-Language", "en").get("/tools").then().statusCode(200).extract().asString();
        assertTrue(en.contains("<h1>Download the validator</h1>"), en);

        byte[] downloaded = given().get("/tools/dr-validate.jar").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"dr-validate.jar\"")
                .extract().asByteArray();
        assertArrayEquals(content, downloaded);
        assertEquals(sha + "  dr-validate.jar\n", given().get("/tools/dr-validate.jar.sha256").then().statusCode(200).extract().asString());

        // a new build is a new checksum
        byte[] next = (new String(content) + " rebuilt").getBytes();
        Files.write(JAR, next);
        Files.setLastModifiedTime(JAR, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        String nextSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(next));
        assertTrue(given().get("/tools").asString().contains(nextSha));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void aVisitorSeesTheDownloadAndTheExamplesInTheSiteLayoutWithoutCspViolations() throws Exception {
        Files.createDirectories(JAR.getParent());
        Files.write(JAR, "a stand-in for dr-validate.jar".getBytes());
        try (kr.drregistry.support.Browser b = kr.drregistry.support.Browser.open(base, "ko")) {
            b.go("/tools");
            assertEquals("검증 도구 내려받기", b.find("h1").getText());
            assertTrue(b.find("a.krds-btn.primary").isDisplayed(), "the download button");
            assertEquals("pre", b.find("pre.tool-code").getCssValue("white-space"), "the examples keep their lines");
            b.screenshotPage("tools-ko");
            b.assertNoCspViolations("/tools");
        }
    }

    @Test
    void withoutTheJarThePageSaysSoAndTheDownloadIsNotFound() throws Exception {
        Files.deleteIfExists(JAR);
        String ko = given().header("Accept-Language", "ko").get("/tools").then().statusCode(200).extract().asString();
        assertTrue(ko.contains("이 설치본에는 검증 도구 파일이 없습니다"), ko);
        assertFalse(ko.contains("href=\"/tools/dr-validate.jar\""), "no broken link");
        given().get("/tools/dr-validate.jar").then().statusCode(404).contentType(org.hamcrest.Matchers.containsString("problem+json"));
    }
}
