package kr.drregistry.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * Every route of the app, with who may call it: the API routes from the OpenAPI document (and, to be sure nothing is
 * left out of it, from the JAX-RS resources), the pages from the JAX-RS resources. Each route's declared access (the
 * token scope and people's roles of {@link ApiAccess} on the API, {@code @RolesAllowed}/{@code @Authenticated}/the
 * public paths on pages) must be the one in {@link #API} and {@link #PAGES}: a new route that declares nothing, or declares
 * something else, fails here until the table says what it should be. Then every API route is called with a token
 * that lacks its scope (or, for people-only routes, with a token that has every scope) and must be refused with 403
 * before anything runs.
 */
@QuarkusTest
class RouteAccessTest {
    private static final String PW = "demo-pass-2026";
    private static final String OPERATOR = "operator-editor,operator-officer";
    private static final String OFFICER = "operator-officer";
    private static final String REGULATOR = "regulator-lead,regulator-reviewer";

    /**
     * Method, path, and who: {@code token=<scope>|any|denied people=<roles>|*} for the API, {@code public},
     * {@code people=*} (any signed-in person) or {@code people=<roles>} for pages.
     */
    private static final String API = """
            DELETE /api/v1/tokens/{id}                                   token=denied people=%1$s
            GET /api/v1/audit                                            token=denied people=admin,regulator-lead
            GET /api/v1/audit/verify                                     token=denied people=admin,regulator-lead
            GET /api/v1/facilities/{organisation}/{site}                 token=facilities people=*
            GET /api/v1/filings                                          token=read people=*
            GET /api/v1/filings/{id}                                     token=read people=*
            GET /api/v1/filings/{id}/attachments                         token=read people=*
            GET /api/v1/filings/{id}/attachments/{attachment}            token=read people=*
            GET /api/v1/filings/{id}/diff                                token=read people=*
            GET /api/v1/filings/{id}/versions/{n}                        token=read people=*
            GET /api/v1/filings/{id}/versions/{n}/findings               token=read people=*
            GET /api/v1/filings/{id}/versions/{n}/revalidations          token=read people=*
            GET /api/v1/filings/{id}/versions/{n}/review                 token=read people=*
            GET /api/v1/incident-policies                                token=read people=*
            GET /api/v1/incident-policies/active                         token=read people=*
            GET /api/v1/incident-policies/{id}/{version}                 token=read people=*
            GET /api/v1/incidents                                        token=read people=*
            GET /api/v1/incidents/{id}                                   token=read people=*
            GET /api/v1/me                                               token=any people=*
            GET /api/v1/organisations                                    token=read people=*
            GET /api/v1/organisations/{slug}                             token=read people=*
            GET /api/v1/organisations/{slug}/designation/history         token=read people=*
            GET /api/v1/policies                                         token=read people=*
            GET /api/v1/policies/active                                  token=read people=*
            GET /api/v1/schema/drr-v1.json                               public token=any people=*
            GET /api/v1/schema/drr-v2.json                               public token=any people=*
            GET /api/v1/tokens                                           token=denied people=%1$s
            POST /api/v1/filings                                         token=submit people=%1$s
            POST /api/v1/filings/{id}/attachments                        token=submit people=%1$s
            POST /api/v1/filings/{id}/review                             token=denied people=regulator-reviewer
            POST /api/v1/filings/{id}/submit                             token=submit people=%2$s
            POST /api/v1/filings/{id}/versions/{n}/comments              token=submit people=operator-editor,operator-officer,regulator-reviewer
            POST /api/v1/filings/{id}/versions/{n}/dispositions          token=denied people=regulator-reviewer
            POST /api/v1/filings/{id}/versions/{n}/revalidations         token=validate people=operator-editor,operator-officer,regulator-lead,regulator-reviewer
            POST /api/v1/incident-policies                               token=denied people=regulator-lead
            POST /api/v1/incident-policies/{id}/{version}/activate       token=denied people=regulator-lead
            POST /api/v1/incidents                                       token=submit people=%1$s
            POST /api/v1/incidents/{id}/acknowledge                      token=denied people=regulator-reviewer
            POST /api/v1/incidents/{id}/close                            token=denied people=regulator-reviewer
            POST /api/v1/incidents/{id}/request-information              token=denied people=regulator-reviewer
            POST /api/v1/incidents/{id}/stages/{stage}/submit            token=submit people=%2$s
            POST /api/v1/incidents/{id}/timeline                         token=submit people=%1$s
            POST /api/v1/policies                                        token=denied people=regulator-lead
            POST /api/v1/tokens                                          token=denied people=%1$s
            POST /api/v1/validate                                        token=validate people=*
            PUT /api/v1/filings/{id}/draft                               token=submit people=%1$s
            PUT /api/v1/incidents/{id}/draft                             token=submit people=%1$s
            PUT /api/v1/organisations/{slug}/designation                 token=denied people=operator-officer,regulator-lead
            """.formatted(OPERATOR, OFFICER);

    private static final String PAGES = """
            GET /                                                        people=*
            GET /admin                                                   people=admin
            GET /admin/audit                                             people=admin,regulator-lead
            GET /admin/audit/export.csv                                  people=admin,regulator-lead
            GET /filings/{id}/pictures                                   people=*
            GET /filings/{id}/pictures/cell                              people=*
            GET /filings/{id}/pictures/graph.json                        people=*
            GET /filings/{id}/pictures/loss.json                         people=*
            GET /filings/{id}/pictures/overview                          people=*
            GET /filings/{id}/pictures/whatif                            people=*
            GET /filings/{id}/versions/{n}                               people=*
            GET /filings/{id}/versions/{n}/content.json                  people=*
            GET /filings/{id}/versions/{n}/content.yaml                  people=*
            GET /filings/{id}/versions/{n}/export.pdf                    people=*
            GET /filings/{id}/versions/{n}/findings.csv                  people=*
            GET /guide                                                   public
            GET /guide/{format}                                          public
            GET /guide/{format}/examples/{file}                          public
            GET /lang/{language}                                         public
            GET /login                                                   public
            GET /oidc/login                                              people=*
            GET /portal                                                  people=%1$s
            GET /portal/filings/{id}                                     people=%1$s
            GET /portal/filings/{id}/attachments                         people=%1$s
            GET /portal/filings/{id}/attachments/{attachment}            people=%1$s
            GET /portal/filings/{id}/plan                                people=%1$s
            GET /portal/filings/{id}/submit                              people=%1$s
            GET /portal/filings/{id}/topology                            people=%1$s
            GET /portal/filings/{id}/versions/{n}/receipt                people=%1$s
            GET /portal/incidents                                        people=*
            GET /portal/incidents/due                                    people=*
            GET /portal/incidents/{id}                                   people=*
            GET /portal/tokens                                           people=%1$s
            GET /privacy                                                 public
            GET /regulator                                               people=%2$s
            GET /regulator/coverage                                      people=%2$s
            GET /regulator/export/filings/{id}/record.csv                people=%2$s
            GET /regulator/export/filings/{id}/record.pdf                people=%2$s
            GET /regulator/export/queue.csv                              people=%2$s
            GET /regulator/export/queue.pdf                              people=%2$s
            GET /regulator/export/sector.csv                             people=%2$s
            GET /regulator/export/sector.pdf                             people=%2$s
            GET /regulator/filings/{id}/versions/{n}                     people=%2$s
            GET /regulator/incidents                                     people=%2$s
            GET /regulator/incidents/policies                            people=%2$s
            GET /regulator/incidents/recovery                            people=%2$s
            GET /regulator/incidents/recovery/export.csv                 people=%2$s
            GET /regulator/incidents/recovery/export.pdf                 people=%2$s
            GET /regulator/incidents/{id}                                people=%2$s
            GET /regulator/policy                                        people=%2$s
            GET /regulator/policy/parameters                             people=regulator-lead
            GET /regulator/policy/rules/{rule}                           people=regulator-lead
            GET /regulator/sector                                        people=%2$s
            GET /regulator/trends                                        people=%2$s
            GET /tools                                                   public
            GET /tools/dr-validate.jar                                   public
            GET /tools/dr-validate.jar.sha256                            public
            POST /filings/{id}/versions/{n}/revalidate                   people=operator-editor,operator-officer,regulator-lead,regulator-reviewer
            POST /logout                                                 people=*
            POST /portal/filings                                         people=%1$s
            POST /portal/filings/{id}/attachments                        people=%1$s
            POST /portal/filings/{id}/plan                               people=%1$s
            POST /portal/filings/{id}/revise                             people=%1$s
            POST /portal/filings/{id}/submit                             people=%1$s
            POST /portal/filings/{id}/topology                           people=%1$s
            POST /portal/filings/{id}/topology/check                     people=%1$s
            POST /portal/filings/{id}/topology/example                   people=%1$s
            POST /portal/filings/{id}/topology/upload                    people=%1$s
            POST /portal/incidents                                       people=*
            POST /portal/incidents/{id}                                  people=*
            POST /portal/incidents/{id}/timeline                         people=*
            POST /portal/tokens                                          people=%1$s
            POST /portal/tokens/{id}/revoke                              people=%1$s
            POST /regulator/filings/{id}/assign                          people=regulator-lead
            POST /regulator/filings/{id}/versions/{n}/comments           people=%2$s
            POST /regulator/filings/{id}/versions/{n}/decision           people=%2$s
            POST /regulator/filings/{id}/versions/{n}/dispositions       people=%2$s
            POST /regulator/incidents/policies                           people=regulator-lead
            POST /regulator/incidents/policies/activate                  people=regulator-lead
            POST /regulator/incidents/{id}/{move}                        people=%2$s
            POST /regulator/policy/parameters                            people=regulator-lead
            POST /regulator/policy/rules/{rule}                          people=regulator-lead
            POST /regulator/views                                        people=%2$s
            POST /regulator/views/{id}/delete                            people=%2$s
            """.formatted(OPERATOR, REGULATOR);

    /** A route: HTTP method and path template (parameters without their regular expressions). */
    record Route(String method, String path) implements Comparable<Route> {
        @Override
        public String toString() {
            return method + " " + path;
        }

        @Override
        public int compareTo(Route o) {
            return toString().compareTo(o.toString());
        }

        boolean api() {
            return path.startsWith("/api/");
        }
    }

    @Test
    void everyRouteDeclaresWhoMayCallItAndTheOpenApiDocumentListsEveryApiRoute() throws Exception {
        Map<Route, Method> resources = resourceMethods();
        Set<Route> openApi = openApiRoutes();
        Set<Route> apiFromResources = resources.keySet().stream().filter(Route::api).collect(Collectors.toCollection(TreeSet::new));
        Set<Route> notDocumented = new TreeSet<>(apiFromResources);
        notDocumented.removeAll(openApi);
        Set<Route> notImplemented = new TreeSet<>(openApi);
        notImplemented.removeAll(apiFromResources);
        assertEquals("[] []", notDocumented + " " + notImplemented,
                "the OpenAPI document lists exactly the API routes of the resources (missing from it, not in the resources)");

        Map<String, String> expected = new TreeMap<>();
        for (String line : (API + PAGES).strip().split("\n")) {
            String[] parts = line.strip().split("\\s+", 3);
            expected.put(parts[0] + " " + parts[1], parts[2]);
        }
        Map<String, String> actual = new TreeMap<>();
        resources.forEach((route, method) -> actual.put(route.toString(), declared(route, method)));

        List<String> problems = new ArrayList<>();
        actual.forEach((route, who) -> {
            String want = expected.get(route);
            if (want == null) {
                problems.add("route not in the table (say who may call it): " + route + "   " + who);
            } else if (!want.equals(who)) {
                problems.add(route + ": declared '" + who + "' but the table says '" + want + "'");
            }
        });
        expected.keySet().stream().filter(r -> !actual.containsKey(r)).forEach(r -> problems.add("route in the table but gone: " + r));
        if (!problems.isEmpty()) {
            fail(problems.size() + " route(s) differ:\n" + String.join("\n", problems));
        }
    }

    /** Every route gets its request timer: the metrics keep more route templates than the app has routes. */
    @Test
    void theMetricsHaveRoomForEveryRoute() throws Exception {
        int routes = resourceMethods().size();
        int kept = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.micrometer.binder.http-server.max-uri-tags", Integer.class);
        assertTrue(kept > routes + 50, "quarkus.micrometer.binder.http-server.max-uri-tags (" + kept + ") leaves room above the "
                + routes + " routes (and the not-found and redirect templates)");
    }

    @Test
    void everyApiRouteRefusesATokenWithoutItsScopeBeforeAnythingRuns() throws Exception {
        Map<String, String> withoutScope = Map.of(
                "read", token("validate,submit,facilities"),
                "validate", token("read,submit,facilities"),
                "submit", token("read,validate,facilities"),
                "facilities", token("read,validate,submit"));
        String everyScope = token("read,validate,submit,facilities");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Route, Method> e : resourceMethods().entrySet()) {
            Route route = e.getKey();
            if (!route.api()) {
                continue;
            }
            ApiAccess access = access(e.getValue());
            if (access == null || access.token() == ApiAccess.Scope.ANY) {
                continue;
            }
            String token = access.token() == ApiAccess.Scope.DENIED ? everyScope : withoutScope.get(access.token().scopeName());
            Response r = call(route, token);
            checked++;
            if (r.statusCode() != 403 || !"urn:drr:problem:token-scope".equals(r.jsonPath().getString("type"))) {
                problems.add(route + " with a token without " + access.token() + " answered " + r.statusCode() + " " + r.asString());
            }
        }
        assertTrue(checked >= 40, "all API routes with a scope were called, " + checked);
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void aTokenWithTheScopeGetsPastTheGateAndPeopleOutsideTheRolesAreRefused() {
        // the reported cases: a read-only token validated; a validate-only token listed organisations
        String readOnly = token("read");
        String validateOnly = token("validate");
        given().auth().oauth2(readOnly).contentType("application/yaml").body("format: drr/v1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/validate")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(validateOnly).get("/api/v1/organisations").then().statusCode(403);
        given().auth().oauth2(validateOnly).get("/api/v1/organisations/example-talk").then().statusCode(403);
        given().auth().oauth2(readOnly).get("/api/v1/organisations").then().statusCode(200);
        given().auth().oauth2(validateOnly).contentType("application/yaml").body("format: drr/v1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/validate")
                .then().statusCode(org.hamcrest.Matchers.not(403));
        given().auth().oauth2(validateOnly).get("/api/v1/me").then().statusCode(200);
        // a person outside the roles a route names: refused by the same gate
        given().auth().preemptive().basic("talk-editor", PW).contentType(ContentType.JSON).body("{\"move\": \"ACCEPT\", \"version\": 1}")
                .post("/api/v1/filings/" + UUID.randomUUID() + "/review").then().statusCode(403);
        given().auth().preemptive().basic("reviewer", PW).get("/api/v1/tokens").then().statusCode(403);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String token(String scopes) {
        String json = Arrays.stream(scopes.split(",")).map(s -> '"' + s + '"').collect(Collectors.joining(","));
        return given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON)
                .body("{\"name\": \"route-" + UUID.randomUUID().toString().substring(0, 8) + "\", \"scopes\": [" + json + "]}")
                .post("/api/v1/tokens").then().statusCode(201).extract().path("secret");
    }

    private static Response call(Route route, String token) {
        String path = route.path().replace("{slug}", "example-talk").replace("{n}", "1").replace("{stage}", "initial")
                .replace("{version}", "1").replaceAll("\\{[a-z]+}", UUID.randomUUID().toString());
        var request = given().redirects().follow(false).auth().oauth2(token).contentType(ContentType.JSON).body("{}");
        return request.request(route.method(), path);
    }

    /** What a route declares, in the table's words. */
    private static String declared(Route route, Method method) {
        if (route.api()) {
            ApiAccess access = access(method);
            String who = access == null ? "undeclared"
                    : "token=" + access.token().name().toLowerCase(java.util.Locale.ROOT) + " people=" + roles(access.people());
            return publicPath(route.path()) ? "public " + who : who;
        }
        if (method.isAnnotationPresent(PermitAll.class) || publicPath(route.path())) {
            return "public";
        }
        RolesAllowed roles = annotation(method, RolesAllowed.class);
        if (annotation(method, DenyAll.class) != null) {
            return "denied";
        }
        return roles == null ? "people=*" : "people=" + roles(roles.value());
    }

    private static String roles(String[] roles) {
        return roles.length == 0 ? "*" : Arrays.stream(roles).sorted().collect(Collectors.joining(","));
    }

    static ApiAccess access(Method method) {
        return annotation(method, ApiAccess.class);
    }

    private static <A extends Annotation> A annotation(Method method, Class<A> type) {
        A a = method.getAnnotation(type);
        if (a != null) {
            return a;
        }
        // a method-level security annotation of another kind overrides the class's
        if (method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class)
                || method.isAnnotationPresent(Authenticated.class) || method.isAnnotationPresent(DenyAll.class)) {
            return null;
        }
        return method.getDeclaringClass().getAnnotation(type);
    }

    /** Paths the HTTP policy lets through without signing in ({@code quarkus.http.auth.permission.public.paths}). */
    private static boolean publicPath(String path) {
        String paths = ConfigProvider.getConfig().getValue("quarkus.http.auth.permission.public.paths", String.class);
        for (String p : paths.split(",")) {
            p = p.strip();
            if (p.endsWith("/*") ? path.startsWith(p.substring(0, p.length() - 1)) || path.equals(p.substring(0, p.length() - 2))
                    : path.equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Route> openApiRoutes() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Set<Route> routes = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            if (!p.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<String> methods = p.getValue().fieldNames(); methods.hasNext(); ) {
                String m = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch", "head").contains(m)) {
                    routes.add(new Route(m.toUpperCase(java.util.Locale.ROOT), p.getKey()));
                }
            }
        }
        return routes;
    }

    /** Every JAX-RS resource method of the app, found by scanning its compiled classes for {@code @Path}. */
    static Map<Route, Method> resourceMethods() throws IOException {
        Path root = Path.of("target/classes");
        Map<Route, Method> routes = new TreeMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = verb(m);
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path methodPath = m.getAnnotation(jakarta.ws.rs.Path.class);
                    routes.put(new Route(verb, join(classPath.value(), methodPath == null ? "" : methodPath.value())), m);
                }
            }
        }
        return routes;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        } else if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        } else if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        } else if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        } else if (m.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        } else if (m.isAnnotationPresent(HEAD.class)) {
            return "HEAD";
        }
        return null;
    }

    private static String join(String a, String b) {
        String p = ("/" + a + "/" + b).replaceAll("/+", "/").replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
