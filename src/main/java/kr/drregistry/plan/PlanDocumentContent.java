package kr.drregistry.plan;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanJson;
import kr.drregistry.plan.model.PlanParseException;
import kr.drregistry.filing.FilingContent;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingType;
import kr.drregistry.filing.JsonDocuments;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.plan.rules.PlanValidator;
import kr.drregistry.policy.PolicyService;
import kr.drregistry.topology.api.ReportView;
import kr.drregistry.topology.api.TopologyService;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.ValidationReport;

/**
 * Disaster-management plans (plan/v1 JSON): read strictly, checked by the MAN rules with the active policy. The
 * tier-1 services whose procedures MAN-011 asks for come from the organisation's latest submitted topology.
 */
@ApplicationScoped
public class PlanDocumentContent implements FilingContent {
    @Inject
    PolicyService policies;
    @Inject
    TopologyService topologies;
    @Inject
    CurrentActor current;
    @Inject
    FilingQueries filingQueries;
    @Inject
    ObjectMapper json;

    @Override
    public FilingType type() {
        return FilingType.PLAN;
    }

    @Override
    public void check(byte[] body, String mediaType) {
        JsonDocuments.requireJson(mediaType);
        read(body);
    }

    @Override
    public Frozen freeze(String draft, String mediaType) {
        PlanContent plan = read(draft.getBytes(StandardCharsets.UTF_8));
        ValidationReport report = validate(plan);
        try {
            return new Frozen(new String(PlanJson.canonical(plan), StandardCharsets.UTF_8),
                    json.writeValueAsString(ReportView.of(report)), report.summary(), report.policyId(), report.policyVersion());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The MAN findings of {@code plan} under the active policy, exactly as a submission freezes them (the officer's
     * sign-off shows them before submitting).
     */
    public ValidationReport validate(PlanContent plan) {
        Policy policy = policies.current();
        List<Finding> findings = PlanValidator.validate(plan, policy, tier1Services());
        return new ValidationReport(policy.id(), policy.version(), ValidationReport.summarize(findings), findings, List.of());
    }

    @Override
    public String render(String canonicalJson, boolean yaml) {
        return yaml ? JsonDocuments.yaml(canonicalJson) : canonicalJson;
    }

    private static PlanContent read(byte[] body) {
        try {
            return PlanJson.read(body);
        } catch (PlanParseException e) {
            Integer line = e.errors().isEmpty() ? null : e.errors().get(0).line();
            Integer column = e.errors().isEmpty() ? null : e.errors().get(0).column();
            throw TopologyService.problem(e.errors(), e.tooLarge(), false, line, column);
        }
    }

    /** Tier-1 service ids of the organisation's most recently submitted topology (empty when none). */
    public Set<String> tier1Services() {
        String latest = filingQueries.latestSubmitted(current.get().organisationId(), FilingType.TOPOLOGY)
                .flatMap(v -> filingQueries.versionContent(v.filingId(), v.number())).orElse(null);
        if (latest == null) {
            return Set.of();
        }
        Topology t = topologies.parse(latest.getBytes(StandardCharsets.UTF_8), "application/json");
        return t.services().stream().filter(s -> s.tier() == 1).map(Service::id).collect(Collectors.toSet());
    }
}
