package kr.drregistry.filing.web;

import java.nio.charset.StandardCharsets;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/**
 * Filings made through the API (Basic auth, If-Match) for the page tests, all of one organisation that the test owns:
 * every plan year is free in it, so the filings here take {@link #YEAR} unless a test asks for another.
 */
public final class Filings {
    public static final String PW = Browserless.PASSWORD;
    /** The plan year of a test's filing (any year would do: the organisation is the test's own). */
    public static final int YEAR = 2027;

    private final Tenant tenant;

    public Filings(Tenant tenant) {
        this.tenant = tenant;
    }

    /** Filings of a new organisation named after {@code purpose} (call it inside the running app, e.g. from a test's field). */
    public static Filings ofNewTenant(String purpose) {
        return new Filings(Tenants.fresh(purpose));
    }

    public Tenant tenant() {
        return tenant;
    }

    public String editor() {
        return tenant.editor();
    }

    public String officer() {
        return tenant.officer();
    }

    /** Creates a filing of {@code type} for {@code planYear} as the editor. */
    public String create(String type, int planYear, String title) {
        return Api.create(Api.as(tenant.editor()), type, planYear, title + " " + planYear);
    }

    /** Creates a filing of {@code type} for {@link #YEAR} as the editor. */
    public String create(String type, String title) {
        return create(type, YEAR, title);
    }

    /** The Kakao-like example as this organisation's topology. */
    public byte[] kakao() {
        return Api.kakao(tenant).getBytes(StandardCharsets.UTF_8);
    }

    /** A topology filing with the Kakao-like example saved as its draft (draft version 1). */
    public String topologyWithKakaoDraft() {
        String id = create("TOPOLOGY", "DR 구성");
        Api.saveYaml(Api.as(tenant.editor()), id, 0, Api.kakao(tenant));
        return id;
    }

    public Response filing(String id) {
        return Api.as(tenant.editor()).accept(ContentType.JSON).get("/api/v1/filings/" + id);
    }

    /** Submits through the API as the officer (for tests about versions rather than the sign-off). */
    public String submitted() {
        String id = topologyWithKakaoDraft();
        Api.submit(Api.as(tenant.officer()), id);
        return id;
    }

    public static byte[] plan() {
        return Api.plan().getBytes(StandardCharsets.UTF_8);
    }

    /** A plan filing with the example plan submitted as version 1 (draft version 1). */
    public String planSubmitted() {
        String id = create("PLAN", "재난관리계획");
        Api.saveJson(Api.as(tenant.editor()), id, 0, Api.plan());
        Api.submit(Api.as(tenant.officer()), id);
        return id;
    }

    public static Response review(String id, String body) {
        return Api.review(id, body);
    }
}
