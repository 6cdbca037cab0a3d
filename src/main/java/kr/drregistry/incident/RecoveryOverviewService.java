package kr.drregistry.incident;

import java.nio.charset.StandardCharsets;
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
import kr.drregistry.incident.model.FiledTopology;
import kr.drregistry.incident.model.IncidentJson;
import kr.drregistry.incident.model.InvalidIncidentException;
import kr.drregistry.incident.rules.RecoveryComparison;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.api.TopologyService;
import kr.drregistry.topology.model.Topology;

/**
 * The regulator's declared-vs-drill-vs-actual view of the sector: for every operator with a submitted topology, each
 * declared service's RTO/RPO (latest submitted topology version), the most recent drill listing it (drills of that
 * topology) and the worst recovery time and data loss among the operator's submitted incident reports (the latest
 * submitted stage of each incident). Read fresh on every call (two queries, one topology parse per operator); nothing
 * is cached. Regulators only: operators never see other operators' numbers.
 */
@ApplicationScoped
public class RecoveryOverviewService {
    @Inject
    TenantScope scope;
    @Inject
    EntityManager em;
    @Inject
    TopologyService topologies;
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
        List<Object[]> latestTopologies = em.createQuery("""
                select f.organisationId, v.filingId, v.number, v.content, v.submittedAt from FilingVersion v, Filing f
                where v.filingId = f.id and f.type = :topology and v.submittedAt = (
                  select max(v2.submittedAt) from FilingVersion v2, Filing f2
                  where v2.filingId = f2.id and f2.type = :topology and f2.organisationId = f.organisationId)""", Object[].class)
                .setParameter("topology", FilingType.TOPOLOGY).getResultList();
        if (latestTopologies.isEmpty()) {
            return List.of();
        }
        List<Object[]> incidentVersions = em.createQuery("""
                select f.id, f.organisationId, f.title, v.content from Filing f, FilingVersion v
                where v.filingId = f.id and v.number = f.latestVersion and f.type = :incident and f.latestVersion > 0""", Object[].class)
                .setParameter("incident", FilingType.INCIDENT).getResultList();
        Instant now = Instant.now();
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
            int number = (Integer) r[2];
            Topology t = topologies.parse(((String) r[3]).getBytes(StandardCharsets.UTF_8), "application/json");
            FiledTopology declared = FiledTopology.of(t, filingId.toString(), number);
            out.add(new OperatorRecovery(o.slug, o.nameKo, o.nameEn == null ? o.nameKo : o.nameEn, filingId, number, (Instant) r[4], incidentCounts.getOrDefault(org, 0),
                    RecoveryComparison.compare(declared, t.drills(), outcomes.getOrDefault(org, List.of()))));
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
