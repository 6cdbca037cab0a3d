package kr.drregistry.web;

import kr.drregistry.platform.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.platform.DatabaseAvailability;

/**
 * The answer while the database is away: {@code 503 urn:drr:problem:database-unavailable} (problem+json) with
 * {@code Retry-After} for API clients, a page that says so for people (standalone: the usual layout would need the
 * database for the signed-in user). A filter in front of authentication gives it to every request while the
 * database is known to be away, except health, metrics and static files; {@link ProblemMappers} gives it to a
 * request that found out first.
 */
@ApplicationScoped
public class DatabaseUnavailable {
    public static final String CODE = "database-unavailable";
    private static final String TITLE_KO = "데이터베이스를 일시적으로 사용할 수 없습니다";
    private static final String TITLE_EN = "Database temporarily unavailable";
    private static final String DETAIL = "the database is not reachable at the moment; retry after %d seconds";
    private static final List<String> EXEMPT = List.of("/q/", "/static/", "/vendor/", "/webjars/", "/lang/", "/favicon.ico");
    /** Before CORS (300) and authentication (200): nothing behind it would work without the database. */
    static final int FILTER_PRIORITY = 1000;

    @Inject
    DatabaseAvailability availability;

    @Inject
    ObjectMapper json;

    @Location("unavailable.html")
    Template page;

    void register(@Observes Filters filters) {
        filters.register(this::filter, FILTER_PRIORITY);
    }

    private void filter(RoutingContext rc) {
        if (availability.available() || exempt(rc.normalizedPath())) {
            rc.next();
            return;
        }
        Map<String, Cookie> cookies = new HashMap<>();
        rc.request().cookies().forEach(c -> cookies.put(c.getName(), new Cookie(c.getName(), c.getValue())));
        List<Locale> languages = rc.acceptableLanguages().stream().map(LanguageHeader::tag).map(Locale::forLanguageTag).toList();
        Locale locale = UiLocale.resolve(cookies, languages);
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        boolean html = !rc.normalizedPath().startsWith("/api/") && accept != null && accept.contains("text/html");
        String retry = rc.request().method() == HttpMethod.GET ? rc.request().uri() : "/";
        Body body = html ? page(locale, retry) : problem(locale, rc.normalizedPath());
        rc.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, body.type)
                .putHeader("Retry-After", Long.toString(DatabaseAvailability.RETRY_AFTER.toSeconds()))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(body.text);
    }

    /** The JAX-RS answer for a request whose database access failed because the database is unreachable. */
    public Response response(String path, Locale locale, boolean html, String retry) {
        availability.markUnavailable();
        Body body = html ? page(locale, retry) : problem(locale, path);
        return Response.status(503).type(body.type).header("Retry-After", DatabaseAvailability.RETRY_AFTER.toSeconds())
                .header("Cache-Control", "no-store").entity(body.text).build();
    }

    private record Body(String type, String text) {
    }

    private Body page(Locale locale, String retry) {
        String text = page.data("lang", locale.getLanguage()).data("retry", retry == null || !retry.startsWith("/") ? "/" : retry)
                .setLocale(locale).render();
        return new Body(MediaType.TEXT_HTML + ";charset=UTF-8", text);
    }

    private Body problem(Locale locale, String path) {
        boolean english = "en".equals(locale.getLanguage());
        Problem p = new Problem(Problem.type(CODE), english ? TITLE_EN : TITLE_KO, 503,
                DETAIL.formatted(DatabaseAvailability.RETRY_AFTER.toSeconds()), path, List.of());
        try {
            return new Body(Problem.MEDIA_TYPE, json.writeValueAsString(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean exempt(String path) {
        for (String prefix : EXEMPT) {
            if (path.startsWith(prefix) || path.equals(prefix)) {
                return true;
            }
        }
        return false;
    }
}
