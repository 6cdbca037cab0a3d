package kr.drregistry.filing;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.topology.api.ReportView;
import kr.drregistry.topology.api.TopologyService;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.CanonicalJson;
import kr.drregistry.topology.parse.YamlWriter;
import kr.drregistry.topology.validation.ValidationReport;

/** drr/v1 topology filings: parsed strictly, validated with the active policy, frozen as canonical JSON. */
@ApplicationScoped
public class TopologyContent implements FilingContent {
    @Inject
    TopologyService topologies;
    @Inject
    ObjectMapper json;
    @Inject
    kr.drregistry.topology.api.PolicyService policies;

    @Override
    public FilingType type() {
        return FilingType.TOPOLOGY;
    }

    /** Drafts up to this size are remembered parsed, so that submitting the draft just saved needs no second parse. */
    private static final int REMEMBER_BYTES = 16 * 1024 * 1024;
    private final java.util.Map<String, Topology> recentlyParsed = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Topology> eldest) {
                    return size() > 4;
                }
            });

    @Override
    public void check(byte[] body, String mediaType) {
        Topology topology = topologies.parse(body, mediaType);
        if (body.length <= REMEMBER_BYTES) {
            recentlyParsed.put(key(body, mediaType), topology);
        }
    }

    /** The parsed draft: remembered from its save on this instance (same bytes, same media type), else parsed. */
    private Topology parsed(String draft, String mediaType) {
        byte[] bytes = draft.getBytes(StandardCharsets.UTF_8);
        Topology remembered = bytes.length <= REMEMBER_BYTES ? recentlyParsed.get(key(bytes, mediaType)) : null;
        return remembered != null ? remembered : topologies.parse(bytes, mediaType);
    }

    private static String key(byte[] body, String mediaType) {
        return FilingService.sha256(body) + "|" + mediaType;
    }

    @Override
    public Frozen freeze(String draft, String mediaType) {
        Topology topology = parsed(draft, mediaType);
        // the canonical form is written on another core while the filing is validated
        java.util.concurrent.CompletableFuture<String> canonical = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> new String(CanonicalJson.write(topology), StandardCharsets.UTF_8));
        kr.drregistry.topology.validation.Analysis analysis = topologies.analyze(topology);
        ValidationReport report = analysis.report();
        int maxTier = (int) policies.current().param(kr.drregistry.topology.validation.Policy.CONCENTRATION_MAX_TIER);
        try {
            String reportJson = json.writeValueAsString(ReportView.of(report));
            return new Frozen(canonical.join(), reportJson, report.summary(), report.policyId(), report.policyVersion(),
                    kr.drregistry.topology.sector.Exposures.of(topology, analysis.loss(), maxTier));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report could not be written", e);
        }
    }

    @Override
    public String render(String canonicalJson, boolean yaml) {
        if (!yaml) {
            return canonicalJson;
        }
        Topology topology = topologies.parse(canonicalJson.getBytes(StandardCharsets.UTF_8), "application/json");
        return YamlWriter.toYaml(topology);
    }
}
