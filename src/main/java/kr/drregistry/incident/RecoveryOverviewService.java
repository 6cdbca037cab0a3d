package kr.drregistry.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingType;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.incident.model.IncidentJson;
import kr.drregistry.incident.model.InvalidIncidentException;
import kr.drregistry.incident.rules.RecoveryComparison;
import kr.drregistry.platform.ProblemException;

/**
 * The regulator's declared-vs-drill-vs-actual view of the sector: for every operator with a submitted topology, each
 * declared service's RTO/RPO (latest submitted topology version), the most recent drill listing it (drills of that
 * topology) and the worst recovery time and data loss among the operator's submitted incident reports (the latest
 * submitted stage of each incident). Read on every call (two queries); the declared side of each topology version is
 * parsed once and kept ({@link FiledTopologies}). Regulators only: operators never see other operators' numbers.
 */
@ApplicationScoped
public class RecoveryOverviewService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    @Inject
    TenantScope scope;
    @Inject
    FilingQueries filingQueries;
    @Inject
    FiledTopologies filed;
    @Inject
    ObjectMapper json;

    /** One operator: where its declared targets come from and its rows. */
    public record OperatorRecovery(String slug, String name, String nameEn, UUID topologyFilingId, int topologyVersion, Instant topologySubmittedAt,
                                   int incidents, List<RecoveryComparison.Row> rows) {
        public long marked() {
            return rows.stream().filter(RecoveryComparison.Row::marked).count();
        }
    }

    @Transactional
    public List<OperatorRecovery> sector() {
        if (!scope.actor().isRegulator()) {
            throw ProblemException.forbidden(m -> m.forbidden_regulator_view());
        }
        // each organisation's latest submitted topology version (DISTINCT ON: one pass, not a subquery per version)
        List<FilingQueries.OrganisationVersion> latestTopologies = filingQueries.latestSubmittedOfEachOrganisation(FilingType.TOPOLOGY);
        if (latestTopologies.isEmpty()) {
            return List.of();
        }
        List<FilingQueries.LatestContent> incidentVersions = filingQueries.latestContents(FilingType.INCIDENT);
        Instant now = clock.instant();
        Map<UUID, List<RecoveryComparison.Outcome>> outcomes = new HashMap<>();
        Map<UUID, Integer> incidentCounts = new HashMap<>();
        for (FilingQueries.LatestContent r : incidentVersions) {
            UUID org = r.organisationId();
            JsonNode report = report(r.content());
            if (report == null) {
                continue;
            }
            try {
                outcomes.computeIfAbsent(org, k -> new ArrayList<>()).addAll(
                        RecoveryComparison.outcomes(r.filingId().toString(), r.title(), IncidentJson.read(report), now));
                incidentCounts.merge(org, 1, Integer::sum);
            } catch (InvalidIncidentException e) {
                // a stored stage that no longer reads is left out rather than failing the whole view
            }
        }
        Map<UUID, Organisation> orgs = Organisation.<Organisation>list("id in ?1",
                latestTopologies.stream().map(FilingQueries.OrganisationVersion::organisationId).distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o));
        List<OperatorRecovery> out = new ArrayList<>();
        for (FilingQueries.OrganisationVersion r : latestTopologies) {
            UUID org = r.organisationId();
            Organisation o = orgs.get(org);
            UUID filingId = r.filingId();
            int number = r.number();
            var declared = filed.declared(filingId, number);
            if (declared.isEmpty()) {
                continue; // a stored version that no longer parses is left out (logged), not a failure of the whole view
            }
            out.add(new OperatorRecovery(o.slug, o.nameKo, o.nameEn == null ? o.nameKo : o.nameEn, filingId, number, r.submittedAt(), incidentCounts.getOrDefault(org, 0),
                    RecoveryComparison.compare(declared.get().topology(), declared.get().drills(), outcomes.getOrDefault(org, List.of()))));
        }
        out.sort(Comparator.comparingLong(OperatorRecovery::marked).reversed().thenComparing(OperatorRecovery::name));
        return out;
    }

    private JsonNode report(String content) {
        try {
            JsonNode node = json.readTree(content).get("report");
            return node == null || !node.isObject() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
