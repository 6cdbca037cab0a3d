package kr.drregistry.filing;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.topology.api.PolicyService;

/**
 * Post-incident reports. Their structured content and checks belong to the incident work (issue 7); until then a
 * report is any JSON object, frozen in canonical form with an empty report.
 */
@ApplicationScoped
public class IncidentContent implements FilingContent {
    @Inject
    PolicyService policies;

    @Override
    public FilingType type() {
        return FilingType.INCIDENT;
    }

    @Override
    public void check(byte[] body, String mediaType) {
        JsonDocuments.object(body, mediaType);
    }

    @Override
    public Frozen freeze(String draft, String mediaType) {
        String canonical = JsonDocuments.canonical(JsonDocuments.object(draft.getBytes(StandardCharsets.UTF_8), mediaType));
        var policy = policies.current();
        return new Frozen(canonical, "{\"findings\":[]}", kr.drregistry.topology.validation.ValidationReport.summarize(java.util.List.of()), policy.id(), policy.version());
    }

    @Override
    public String render(String canonicalJson, boolean yaml) {
        return yaml ? JsonDocuments.yaml(canonicalJson) : canonicalJson;
    }
}
