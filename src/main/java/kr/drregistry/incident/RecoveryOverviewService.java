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
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
    EntityManager em;
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
            throw ProblemException.forbidden("the sector's declared-vs-actual recovery is for the regulator");
        }
        // each organisation's latest submitted topology version (DISTINCT ON: one pass, not a subquery per version)
        @SuppressWarnings("unchecked")
        List<Object[]> latestTopologies = em.createNativeQuery("""
                select distinct on (f.organisation_id) f.organisation_id, v.filing_id, v.number, v.submitted_at
                  from filing f join filing_version v on v.filing_id = f.id
                 where f.type = 'TOPOLOGY'
                 order by f.organisation_id, v.submitted_at desc""").getResultList();
        if (latestTopologies.isEmpty()) {
            return List.of();
        }
        List<Object[]> incidentVersions = em.createQuery("""
                select f.id, f.organisationId, f.title, v.content from Filing f, FilingVersion v
                where v.filingId = f.id and v.number = f.latestVersion and f.type = :incident and f.latestVersion > 0""", Object[].class)
                .setParameter("incident", FilingType.INCIDENT).getResultList();
        Instant now = clock.instant();
        Map<UUID, List<RecoveryComparison.Outcome>> outcomes = new HashMap<>();
        Map<UUID, Integer> incidentCounts = new HashMap<>();
        for (Object[] r : incidentVersions) {
            UUID org = (UUID) r[1];
            JsonNode report = report((String) r[3]);
            if (report == null) {
                continue;
            }
            try {
                outcomes.computeIfAbsent(org, k -> new ArrayList<>()).addAll(
                        RecoveryComparison.outcomes(r[0].toString(), (String) r[2], IncidentJson.read(report), now));
                incidentCounts.merge(org, 1, Integer::sum);
            } catch (InvalidIncidentException e) {
                // a stored stage that no longer reads is left out rather than failing the whole view
            }
        }
        Map<UUID, Organisation> orgs = Organisation.<Organisation>list("id in ?1",
                latestTopologies.stream().map(r -> (UUID) r[0]).distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o));
        List<OperatorRecovery> out = new ArrayList<>();
        for (Object[] r : latestTopologies) {
            UUID org = (UUID) r[0];
            Organisation o = orgs.get(org);
            UUID filingId = (UUID) r[1];
            int number = ((Number) r[2]).intValue();
            var declared = filed.declared(filingId, number);
            if (declared.isEmpty()) {
                continue; // a stored version that no longer parses is left out (logged), not a failure of the whole view
            }
            out.add(new OperatorRecovery(o.slug, o.nameKo, o.nameEn == null ? o.nameKo : o.nameEn, filingId, number, instant(r[3]), incidentCounts.getOrDefault(org, 0),
                    RecoveryComparison.compare(declared.get().topology(), declared.get().drills(), outcomes.getOrDefault(org, List.of()))));
        }
        out.sort(Comparator.comparingLong(OperatorRecovery::marked).reversed().thenComparing(OperatorRecovery::name));
        return out;
    }

    private static Instant instant(Object ts) {
        if (ts instanceof Instant i) {
            return i;
        }
        if (ts instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ts == null ? null : ((java.sql.Timestamp) ts).toInstant();
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
