package kr.drregistry.review.web;

import static kr.drregistry.support.Api.as;

import java.util.Map;

import io.restassured.http.ContentType;
import kr.drregistry.support.Api;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** Filings for the export and policy tests, all of one organisation that the test owns (any plan year is free in it). */
public final class ExportFilings {
    /** The plan year of a test's filing unless it asks for another. */
    public static final int YEAR = 2027;

    private final Tenant tenant;

    private ExportFilings(Tenant tenant) {
        this.tenant = tenant;
    }

    /** Filings of a new organisation named after {@code purpose} (call it inside the running app, e.g. from a test's field). */
    public static ExportFilings ofNewTenant(String purpose) {
        return new ExportFilings(Tenants.fresh(purpose));
    }

    public Tenant tenant() {
        return tenant;
    }

    /** A Kakao-like topology submitted as version 1 for {@code planYear}. */
    public String submitted(String title, int planYear) {
        String id = Api.create(as(tenant.officer()), "TOPOLOGY", planYear, title);
        Api.saveYaml(as(tenant.officer()), id, 0, Api.kakao(tenant));
        Api.submit(as(tenant.officer()), id);
        return id;
    }

    /** A Kakao-like topology submitted as version 1 for {@link #YEAR}. */
    public String submitted(String title) {
        return submitted(title, YEAR);
    }

    /** The reviewer starts the review and asks for changes, with a reason and a due date. */
    public static void changesRequested(String id, String reason) {
        as("reviewer").contentType(ContentType.JSON).body("{\"move\": \"START_REVIEW\", \"version\": 1}").post("/api/v1/filings/" + id + "/review")
                .then().statusCode(200);
        as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("move", "REQUEST_CHANGES", "version", 1, "reason", reason, "dueDate", "2061-03-31"))
                .post("/api/v1/filings/" + id + "/review").then().statusCode(200);
    }

    /** The key of the first finding of version 1. */
    public static String firstFindingKey(String id) {
        Map<String, Object> finding = as("reviewer").get("/api/v1/filings/" + id + "/versions/1/findings").then().statusCode(200)
                .extract().path("findings[0]");
        @SuppressWarnings("unchecked")
        Map<String, String> subject = (Map<String, String>) finding.get("subject");
        return finding.get("rule") + "|" + subject.get("kind") + "|" + subject.get("id") + "|"
                + (finding.get("scenario") == null ? "" : finding.get("scenario"));
    }
}
