package kr.drregistry.incident;

import kr.drregistry.filing.FilingContent;
import kr.drregistry.filing.FilingType;
import kr.drregistry.filing.JsonDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.platform.ProblemException;

/**
 * Post-incident reports (incident/v1 JSON, see {@code kr.drregistry.incident}). A draft is read strictly and its
 * affected services and sites are checked against the organisation's latest submitted topology. Incidents are
 * submitted per stage ({@code POST /api/v1/incidents/{id}/stages/{stage}/submit}), which records the stage, its due
 * time and lateness; the generic submission refuses them.
 */
@ApplicationScoped
public class IncidentContent implements FilingContent {
    @Inject
    IncidentService incidents;
    @Inject
    CurrentActor current;

    @Override
    public FilingType type() {
        return FilingType.INCIDENT;
    }

    @Override
    public void check(byte[] body, String mediaType) {
        JsonDocuments.requireJson(mediaType);
        Actor actor = current.get();
        incidents.check(body, actor.isOperator() ? actor.organisationId() : null);
    }

    @Override
    public Frozen freeze(String draft, String mediaType) {
        throw ProblemException.conflict("submit-per-stage", m -> m.submit_per_stage());
    }

    @Override
    public String render(String canonicalJson, boolean yaml) {
        return yaml ? JsonDocuments.yaml(canonicalJson) : canonicalJson;
    }
}
