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

    @Override
    public FilingType type() {
        return FilingType.TOPOLOGY;
    }

    @Override
    public void check(byte[] body, String mediaType) {
        topologies.parse(body, mediaType);
    }

    @Override
    public Frozen freeze(String draft, String mediaType) {
        Topology topology = topologies.parse(draft.getBytes(StandardCharsets.UTF_8), mediaType);
        ValidationReport report = topologies.validate(topology);
        try {
            return new Frozen(new String(CanonicalJson.write(topology), StandardCharsets.UTF_8),
                    json.writeValueAsString(ReportView.of(report)), report.summary(), report.policyId(), report.policyVersion());
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
