package kr.drregistry.platform;

import io.restassured.response.Response;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Portal;

/** The portal's topology workspace as the budget tests use it. */
final class BudgetPages {
    private BudgetPages() {
    }

    /** A new topology filing of {@code user}'s organisation (the test's own: any plan year is free); its id. */
    static String newTopology(String user, int year) {
        return Api.create(Api.as(user), "TOPOLOGY", year, "예산 " + year);
    }

    /** The topology workspace page of a new filing of {@code user}'s organisation (see {@link #newTopology}). */
    static String workspace(String user, int year) {
        return "/portal/filings/" + newTopology(user, year) + "/topology";
    }

    /** A form post of the signed-in browser (with the CSRF token of {@code csrfPage}). */
    static Response post(Browserless b, String path, String csrfPage, Object... form) {
        return Portal.post(b, path, csrfPage, form);
    }
}
