package kr.drregistry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Errors are RFC 9457 problems with JSON Pointers, and never show a stack trace or class name. */
@QuarkusTest
class ProblemDetailsTest {
    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    private static final String PW = "demo-pass-2026";

    @Test
    void anUnknownApiPathIsAProblem404() {
        given().auth().preemptive().basic("talk-editor", PW).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:not-found"), "title", equalTo("찾을 수 없습니다"),
                        "status", equalTo(404), "instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void invalidInputNamesEachFieldByJsonPointer() {
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"dailyUsers\": -5, \"trafficSharePct\": 140, \"version\": 0}")
                .put("/api/v1/organisations/example-talk/designation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:invalid-input"), "title", equalTo("Invalid input"),
                        "errors.pointer", hasItem("/dailyUsers"), "errors.pointer", hasItem("/trafficSharePct"));
    }

    /** Each field's sentence is Korean in messageKo and English in message, whichever language the request asked for. */
    @Test
    void eachFieldErrorIsSaidInKoreanAndInEnglish() {
        for (String language : new String[] {"en", "ko"}) {
            given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON).header("Accept-Language", language)
                    .body("{\"dailyUsers\": -5, \"trafficSharePct\": 140, \"contactEmail\": \"no-at-sign\", \"reason\": \" \", \"version\": 0}")
                    .put("/api/v1/organisations/example-talk/designation")
                    .then().statusCode(400)
                    .body("errors.find { it.pointer == '/dailyUsers' }.messageKo", equalTo("0 이상이어야 합니다."),
                            "errors.find { it.pointer == '/dailyUsers' }.message", equalTo("Must be 0 or more."),
                            "errors.find { it.pointer == '/trafficSharePct' }.messageKo", equalTo("100 이하여야 합니다."),
                            "errors.find { it.pointer == '/contactEmail' }.messageKo", equalTo("전자우편 주소 형식(이름@도메인)이 아닙니다."),
                            "errors.find { it.pointer == '/reason' }.messageKo", equalTo("값을 입력하세요. 빈칸이나 공백만으로는 안 됩니다."),
                            "errors.find { it.pointer == '/reason' }.message", equalTo("Enter a value; blank or spaces only is not one."));
        }
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"dailyUsers\": \"many\", \"version\": 0}")
                .put("/api/v1/organisations/example-talk/designation")
                .then().statusCode(400)
                .body("errors[0].messageKo", equalTo("정수여야 합니다."), "errors[0].message", equalTo("Must be a whole number."),
                        "errors[0].line", equalTo(1));
    }

    @Test
    void aWrongTypeIsPointedAtWithoutLeakingClassNames() {
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON)
                .body("{\"dailyUsers\": \"many\", \"version\": 0}")
                .put("/api/v1/organisations/example-talk/designation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/dailyUsers"))
                .body(not(containsString("java.")), not(containsString("Exception")));
    }

    @Test
    void malformedJsonIsAProblemWithItsPosition() {
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON)
                .body("{\"dailyUsers\": ")
                .put("/api/v1/organisations/example-talk/designation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:invalid-json"))
                .body(not(containsString("Exception")));
    }

    @Test
    void anUnknownPageIsAnHtmlErrorPageInTheReadersLanguage() {
        kr.drregistry.support.Browserless talk = kr.drregistry.support.Browserless.signIn("talk-editor");
        given().cookies(talk.cookies()).accept("text/html").header("Accept-Language", "en").get("/no/such/page")
                .then().statusCode(404).contentType(containsString("text/html")).body(containsString("Not found"));
    }

    /**
     * Issue 19: an error page is a page of the product — the signed-in header and menu stay, it says in the page's
     * language what happened and what to do next, and a duplicate filing links to the existing one.
     */
    @Test
    void errorPagesSayWhatHappenedAndWhatToDoNextInThePagesLanguageInsideTheLayout() {
        kr.drregistry.support.Tenants.Tenant tenant = kr.drregistry.support.Tenants.fresh("errors");
        kr.drregistry.support.Browserless officer = kr.drregistry.support.Browserless.signIn(tenant.officer());
        String notFound = given().cookies(officer.cookies()).accept("text/html").get("/no/such/page")
                .then().statusCode(404).extract().asString();
        assertTrue(notFound.contains("요청한 주소에 페이지나 자료가 없습니다.") && notFound.contains("홈에서 다시 찾아 주세요"), notFound);
        assertTrue(notFound.contains("class=\"drr-user\"") && notFound.contains("/logout"), "the signed-in header stays");

        String id = given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": 2031, \"title\": \"first\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .header("Accept-Language", "ko").body("{\"type\": \"TOPOLOGY\", \"planYear\": 2031, \"title\": \"again\"}")
                .post("/api/v1/filings").then().statusCode(409)
                .body("detail", equalTo("2031년 DR 구성 신고가 이미 있습니다. 새로 만들지 말고 그 신고를 열어 초안을 고치세요."));
        String csrf = officer.csrfToken("/portal");
        String duplicate = given().cookies(officer.cookies()).accept("text/html").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf).formParam("type", "TOPOLOGY").formParam("planYear", "2031").formParam("title", "again")
                .post("/portal/filings").then().statusCode(409).extract().asString();
        assertTrue(duplicate.contains("href=\"/portal/filings/" + id + "\"") && duplicate.contains("기존 신고 열기"),
                "the way forward is the existing filing: " + duplicate);
        assertTrue(!duplicate.contains("exists already"), "no English sentence on a Korean page");
        assertTrue(duplicate.contains("2031년 DR 구성 신고가 이미 있습니다."), duplicate);

        String english = given().cookies(officer.cookies()).cookie("drr-lang", "en").accept("text/html")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf).formParam("type", "TOPOLOGY").formParam("planYear", "2031").formParam("title", "again")
                .post("/portal/filings").then().statusCode(409).extract().asString();
        assertTrue(english.contains("A topology filing for 2031 exists already: open it and revise its draft instead.")
                && english.contains("href=\"/portal/filings/" + id + "\"") && english.contains("Open the existing filing"), english);
        assertTrue(!english.contains("신고가 이미 있습니다"), "no Korean sentence on an English page");
    }

    /** Issue 19: the API says the detail in the language asked for; what clients read by machine stays the same. */
    @Test
    void aProblemsDetailIsInTheLanguageAskedForAndItsMachineFieldsDoNotChange() {
        kr.drregistry.support.Tenants.Tenant tenant = kr.drregistry.support.Tenants.fresh("errors-lang");
        given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": 2032, \"title\": \"first\"}")
                .post("/api/v1/filings").then().statusCode(201);
        for (String language : new String[] {"ko", "en"}) {
            String detail = given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                    .header("Accept-Language", language).body("{\"type\": \"TOPOLOGY\", \"planYear\": 2032, \"title\": \"again\"}")
                    .post("/api/v1/filings").then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:drr:problem:filing-exists"), "status", equalTo(409),
                            "title", equalTo(language.equals("en") ? "The filing exists already" : "이 연도의 신고가 이미 있습니다"))
                    .extract().path("detail");
            assertTrue(language.equals("en") ? detail.equals("A topology filing for 2032 exists already: open it and revise its draft instead.")
                    : detail.equals("2032년 DR 구성 신고가 이미 있습니다. 새로 만들지 말고 그 신고를 열어 초안을 고치세요."), detail);
        }
        // a 403 of the role says who may do it, in each language
        String ko = given().auth().preemptive().basic(tenant.editor(), tenant.password()).header("Accept-Language", "ko")
                .get("/api/v1/audit/verify").then().statusCode(403).body("type", equalTo("urn:drr:problem:forbidden"))
                .extract().path("detail");
        String en = given().auth().preemptive().basic(tenant.editor(), tenant.password()).header("Accept-Language", "en")
                .get("/api/v1/audit/verify").then().statusCode(403).body("type", equalTo("urn:drr:problem:forbidden"))
                .extract().path("detail");
        assertTrue(!ENGLISH_WORD.matcher(ko).find() && ko.endsWith("."), "Korean detail: " + ko);
        assertTrue(en.matches("[ -~]+"), "English detail: " + en);
        // a problem with no sentence of its own (a wrong body) is still said in Korean
        String invalid = given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .header("Accept-Language", "ko").body("{\"planYear\": 2032}").post("/api/v1/filings")
                .then().statusCode(400).body("type", equalTo("urn:drr:problem:invalid-input")).extract().path("detail");
        assertTrue(!ENGLISH_WORD.matcher(invalid).find(), "Korean detail: " + invalid);
    }

    /** An English word of four letters or more (product names such as "DR", "API" and "YAML" are shorter or allowed). */
    private static final java.util.regex.Pattern ENGLISH_WORD = java.util.regex.Pattern.compile("\\b(?!YAML|JSON|ETag)[A-Za-z]{4,}\\b");

    /** Issue 19: a bad YAML upload is told in Korean, with line and column, and none of the parser's English. */
    @Test
    void aBadYamlIsToldInKoreanWithoutTheParsersEnglish() {
        kr.drregistry.support.Tenants.Tenant tenant = kr.drregistry.support.Tenants.fresh("errors-yaml");
        String yaml = "format: drr/v1\noperator: " + tenant.slug() + "\n\tsites: []\n";
        io.restassured.path.json.JsonPath ko = given().auth().preemptive().basic(tenant.editor(), tenant.password())
                .contentType("application/yaml").header("Accept-Language", "ko")
                .body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/validate")
                .then().statusCode(400).body("type", equalTo("urn:drr:problem:malformed-document"), "errors[0].line", equalTo(3),
                        "errors[0].column", equalTo(1), "errors[0].code", equalTo("syntax"))
                .extract().jsonPath();
        assertTrue(ko.getString("detail").startsWith("문서 구문이 올바르지 않습니다(3행 1열)."), ko.getString("detail"));
        assertTrue(ko.getString("errors[0].messageKo").equals("YAML 구문 오류입니다(3행 1열). 들여쓰기에 탭 문자를 썼습니다. "
                + "YAML 들여쓰기는 공백(스페이스)으로만 합니다."), ko.getString("errors[0].messageKo"));
        assertTrue(!ko.prettify().contains("while scanning") && !ko.prettify().contains("cannot start any token"), ko.prettify());
        String en = given().auth().preemptive().basic(tenant.editor(), tenant.password())
                .contentType("application/yaml").header("Accept-Language", "en")
                .body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/validate")
                .then().statusCode(400).extract().path("detail");
        assertTrue(en.startsWith("The document is not well-formed (line 3, column 1)."), en);
    }

    /**
     * Issue 19: a 403 page says in the page's language what the role may not do and whom to ask, with a way back; a 404
     * page leads to the person's dashboard.
     */
    @Test
    void aForbiddenPageSaysWhomToAskAndANotFoundPageLeadsToTheDashboard() {
        kr.drregistry.support.Tenants.Tenant tenant = kr.drregistry.support.Tenants.fresh("errors-403");
        kr.drregistry.support.Browserless editor = kr.drregistry.support.Browserless.signIn(tenant.editor());
        String ko = given().cookies(editor.cookies()).accept("text/html").header("Referer", base + "portal/tokens")
                .get("/regulator/coverage").then().statusCode(403).extract().asString();
        assertTrue(ko.contains("권한이 없습니다") && ko.contains("이 화면은 규제기관 계정만 볼 수 있습니다.")
                && ko.contains("기관의 재난관리책임자에게"), ko);
        assertTrue(ko.contains("href=\"/portal/tokens\"") && ko.contains("이전 페이지로"), "the way back: " + ko);
        assertTrue(ko.contains("href=\"/portal\"") && ko.contains("내 신고 대시보드로"), "the way home: " + ko);
        String en = given().cookies(editor.cookies()).cookie("drr-lang", "en").accept("text/html")
                .get("/regulator/coverage").then().statusCode(403).extract().asString();
        assertTrue(en.contains("Forbidden") && en.contains("ask your organisation")
                && en.contains("To my filings dashboard"), en);
        assertTrue(!en.contains("권한이 없습니다"), en);

        String notFound = given().cookies(editor.cookies()).accept("text/html").get("/portal/filings/" + java.util.UUID.randomUUID())
                .then().statusCode(404).extract().asString();
        assertTrue(notFound.contains("찾는 자료가 없거나 이 계정으로는 볼 수 없습니다.") && notFound.contains("href=\"/portal\""), notFound);
        assertTrue(!notFound.contains("was not found") && !notFound.contains("topology filing"), "no English on a Korean page: " + notFound);
    }
}
