package kr.drregistry.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FiledSite;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParseException;
import kr.drregistry.topology.parse.DrrParser;

/**
 * {@code --registry URL --token …}: resolves foreign {@code facilityRef}s against the registry's read-only facility
 * API ({@code GET /api/v1/facilities/{org}/{site}}, token scope {@code facilities}), i.e. against each organisation's
 * latest accepted filing exactly as the registry does, so that the report names the same filing versions. Only the
 * references the documents need are asked for, one site each, once per run; the topology itself is never sent.
 * A 404 is an unresolved reference (FILING-FORMAT-V2.md §2 F4); a refused token, an unreachable registry or any other
 * answer stops the run ({@link Unavailable}, exit code 3) rather than give a report the registry would not give.
 */
final class RegistryFacilities implements FacilityLookup {
    /** The registry cannot answer: the run stops with this message (exit code {@value DrValidate#INPUT}). */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    private final URI base;
    private final String token;
    private final Messages t;
    private final HttpClient http;
    private final DrrParser parser = new DrrParser();
    private final Map<String, Optional<FiledSite>> seen = new ConcurrentHashMap<>();

    private RegistryFacilities(URI base, String token, Messages t) {
        this.base = base;
        this.token = token;
        this.t = t;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The lookup against {@code registry} (its base URL, e.g. {@code https://drr.example.kr}); checks its arguments. */
    static FacilityLookup of(String registry, String token, Messages t) throws Engine.BadPolicy {
        URI base;
        try {
            base = URI.create(registry.endsWith("/") ? registry : registry + "/");
        } catch (IllegalArgumentException e) {
            throw new Engine.BadPolicy(t.get("error.registry-url", registry));
        }
        if (!("https".equals(base.getScheme()) || "http".equals(base.getScheme())) || base.getHost() == null) {
            throw new Engine.BadPolicy(t.get("error.registry-url", registry));
        }
        if (token == null || token.isBlank()) {
            throw new Engine.BadPolicy(t.get("error.registry-token"));
        }
        return new RegistryFacilities(base, token.strip(), t);
    }

    @Override
    public Optional<FiledSite> find(String organisation, String site) {
        if (!DrrParser.isId(organisation) || !DrrParser.isId(site)) {
            return Optional.empty(); // not a reference the registry could hold (the parser refuses such ids)
        }
        return seen.computeIfAbsent(organisation + "/" + site, reference -> fetch(organisation, site, reference));
    }

    private Optional<FiledSite> fetch(String organisation, String site, String reference) {
        URI uri = base.resolve("api/v1/facilities/" + organisation + "/" + site);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable(t.get("error.registry-unreachable", base, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(t.get("error.registry-unreachable", base, "interrupted"));
        }
        return switch (response.statusCode()) {
            case 200 -> Optional.of(filedSite(organisation, reference, response.body()));
            case 404 -> Optional.empty();
            case 401 -> throw new Unavailable(t.get("error.registry-401", base));
            case 403 -> throw new Unavailable(t.get("error.registry-403", base));
            default -> throw new Unavailable(t.get("error.registry-status", base, response.statusCode(), reference));
        };
    }

    /** The site of the answer, read by the same parser as any filing (wrapped in a document of its organisation). */
    private FiledSite filedSite(String organisation, String reference, String body) {
        try {
            JsonNode answer = Json.MAPPER.readTree(body);
            JsonNode site = answer.path("site");
            String version = answer.path("filingVersion").asText("");
            if (!site.isObject() || version.isEmpty() || !reference.equals(answer.path("reference").asText())) {
                throw new Unavailable(t.get("error.registry-answer", base, reference, "no site, filingVersion or reference"));
            }
            ObjectNode document = Json.MAPPER.createObjectNode();
            document.put("format", "drr/v2").put("operator", organisation).put("asOf", "2000-01-01");
            document.putArray("sites").add(site);
            document.putArray("services");
            document.putArray("components");
            Topology topology = parser.parseJson(Json.MAPPER.writeValueAsBytes(document));
            return new FiledSite(topology.sites().get(0), version);
        } catch (IOException e) {
            throw new Unavailable(t.get("error.registry-answer", base, reference, e.getMessage()));
        } catch (DrrParseException e) {
            throw new Unavailable(t.get("error.registry-answer", base, reference,
                    e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).pointer() + " " + ("en".equals(t.lang())
                            ? e.errors().get(0).message() : e.errors().get(0).messageKo())));
        }
    }
}
