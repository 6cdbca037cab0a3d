package kr.drregistry.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * What a person reads on a page is words, never a value as Java prints it: no list or record in brackets
 * ("[talk, pay]", "Stage[id=initial, …]"), no {@code Optional[…]}, no class name, no "null". Every page an operator and a
 * reviewer open about one filed topology, one filed plan and one incident is read, in Korean and in English; the text
 * between tags is checked (code samples, scripts, form fields and attributes are not text a person reads as a sentence).
 */
@QuarkusTest
class NoJavaTextOnPagesTest {
    @Inject
    InstantSource clock;

    /**
     * A Java collection or record: brackets around values separated by ", ", or an empty "[]" where a value goes
     * ("서비스: []"; the format guide's {@code sites[]} is notation for "each item of sites", not a printed list).
     */
    private static final Pattern JAVA_VALUE = Pattern.compile("\\[[^\\[\\]<>]*?, [^\\[\\]<>]*?]|(?<=[:=] )\\[]|Optional\\[|kr\\.drregistry\\.|\\bnull\\b");
    private static final Pattern NOT_TEXT = Pattern.compile(
            "(?is)<(script|style|pre|code|textarea|template|svg)\\b.*?</\\1>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    @Test
    void thePagesOfAFilingAPlanAndAnIncidentShowWordsNotJavaValues() {
        Filings filings = Filings.ofNewTenant("javatext");
        String topology = filings.submitted("자바 값 없음");
        String plan = filings.submittedPlan("자바 값 없음 계획");
        String incident = given().auth().preemptive().basic(filings.editor(), Filings.PW).contentType(ContentType.JSON)
                .body(Map.of("title", "결제 지연", "detectedAt", clock.instant().minus(30, ChronoUnit.MINUTES).toString()))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");

        Map<String, List<String>> pagesByPerson = new LinkedHashMap<>();
        pagesByPerson.put(filings.editor(), List.of("/portal", "/portal/filings/" + topology, "/portal/filings/" + topology + "/topology",
                "/portal/filings/" + topology + "/submit", "/filings/" + topology + "/versions/1", "/filings/" + topology + "/pictures",
                "/portal/filings/" + plan, "/portal/filings/" + plan + "/plan", "/filings/" + plan + "/versions/1",
                "/portal/incidents", "/portal/incidents/" + incident, "/portal/tokens", "/guide/drr-v1", "/guide/drr-v2", "/tools"));
        pagesByPerson.put("reviewer", List.of("/regulator", "/regulator/filings/" + topology + "/versions/1",
                "/regulator/filings/" + plan + "/versions/1", "/filings/" + topology + "/pictures", "/regulator/incidents",
                "/regulator/incidents/policies", "/regulator/incidents/recovery",
                "/regulator/policy", "/regulator/sector", "/regulator/coverage", "/regulator/trends"));

        List<String> found = new ArrayList<>();
        int read = 0;
        for (Map.Entry<String, List<String>> person : pagesByPerson.entrySet()) {
            Browserless b = Browserless.signIn(person.getKey());
            for (String language : List.of("ko", "en")) {
                b.get("/lang/" + language + "?back=/");
                for (String path : person.getValue()) {
                    io.restassured.response.Response r = b.get(path);
                    if (r.statusCode() != 200) {
                        found.add(language + " " + path + " answered " + r.statusCode());
                        continue;
                    }
                    String html = r.asString();
                    read++;
                    String text = TAG.matcher(NOT_TEXT.matcher(html).replaceAll(" ")).replaceAll("\n");
                    Matcher m = JAVA_VALUE.matcher(text);
                    while (m.find()) {
                        int from = Math.max(0, m.start() - 60);
                        found.add(language + " " + path + ": …" + text.substring(from, Math.min(text.length(), m.end() + 60))
                                .replaceAll("\\s+", " ") + "…");
                    }
                }
            }
        }
        assertTrue(read >= 50, "the pages were read: " + read);
        if (!found.isEmpty()) {
            fail(found.size() + " Java value(s) printed where a person reads words:\n" + String.join("\n", found));
        }
    }
}
