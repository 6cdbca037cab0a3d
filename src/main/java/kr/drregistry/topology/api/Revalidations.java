package kr.drregistry.topology.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.filing.Filing;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingType;
import kr.drregistry.filing.FilingVersion;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.api.ReportView.FacilityView;
import kr.drregistry.topology.api.ReportView.FindingView;

/**
 * Re-validation (FILING-FORMAT-V2.md §2 F1, §7.10): the report frozen with a submitted topology version never changes,
 * so when a provider's filing it resolved a {@code facilityRef} against is accepted anew, or the regulator activates a
 * new policy, the only way to see what the version's content means today is to ask: the organisation's own people (or
 * its token with the validate scope) and regulators may re-validate a version. That runs the frozen content again
 * under today's policy and accepted filings, keeps the new report beside the version (append-only), writes the audit
 * trail, and says what changed against the frozen report: findings that appear, findings gone, references that now
 * resolve to another filing version. The portal's version and review pages and the API share this service.
 */
@ApplicationScoped
public class Revalidations {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    @Inject
    FilingService filings;
    @Inject
    FilingQueries filingQueries;
    @Inject
    TopologyService topologies;
    @Inject
    TenantScope scope;
    @Inject
    AuditTrail audit;
    @Inject
    ObjectMapper json;

    /**
     * A re-validation as people and programs see it: when, by whom, under which policy, its report, and its
     * difference from the report frozen with the version.
     */
    public record RevalidationView(UUID id, UUID filingId, int version, Instant madeAt, String madeBy, String madeByName,
                                   ReportView.PolicyRef policy, ReportView.PolicyRef frozenPolicy,
                                   Map<String, Integer> summary, List<FindingView> appeared, List<FindingView> gone,
                                   List<FacilityChange> facilitiesChanged, ReportView report) {
        /** Whether today's judgement differs from the frozen one in findings or facility versions. */
        public boolean changed() {
            return !appeared.isEmpty() || !gone.isEmpty() || !facilitiesChanged.isEmpty();
        }
    }

    /** A facility reference whose filing version (or resolution) differs from the frozen report's. */
    public record FacilityChange(String reference, String frozen, String now) {
    }

    /** Re-validates version {@code number} of topology filing {@code filingId} and keeps the result. */
    @Transactional
    public RevalidationView revalidate(UUID filingId, int number) {
        FilingVersion v = filings.version(filingId, number); // 404 for whom may not read it
        Filing filing = filingQueries.filing(filingId);
        Actor actor = scope.requireRevalidation(filing.organisationId, "version " + number + " of filing " + filingId);
        if (filing.type != FilingType.TOPOLOGY) {
            throw ProblemException.conflict("not-topology", m -> m.not_topology());
        }
        ReportView report = ReportView.of(topologies.validate(
                topologies.parse(v.content.getBytes(StandardCharsets.UTF_8), "application/json")));
        Revalidation r = new Revalidation();
        r.id = UUID.randomUUID();
        r.filingId = filingId;
        r.versionNumber = number;
        r.madeAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        r.madeBy = actor.username();
        r.policyId = report.policy().id();
        r.policyVersion = report.policy().version();
        r.report = write(report);
        r.persist();
        RevalidationView view = view(r, report, v);
        audit.record(actor, "version.revalidated", "filing", filingId.toString(), "version " + number + " under policy "
                + r.policyId + " " + r.policyVersion + ": " + view.appeared().size() + " findings appeared, "
                + view.gone().size() + " gone, " + view.facilitiesChanged().size() + " facility references changed");
        return view;
    }

    /**
     * The re-validations of a version, newest first (readable by whoever may read the version); a regulator's reading
     * is recorded as an opening of the version unless {@code besideOpenedVersion} (a page that recorded it already).
     */
    @Transactional
    public List<RevalidationView> list(UUID filingId, int number, boolean besideOpenedVersion) {
        FilingVersion v = filings.version(filingId, number, !besideOpenedVersion);
        List<Revalidation> rows = Revalidation.list("filingId = ?1 and versionNumber = ?2 order by madeAt desc",
                filingId, number);
        List<RevalidationView> out = new ArrayList<>(rows.size());
        for (Revalidation r : rows) {
            out.add(view(r, read(r.report), v));
        }
        return out;
    }

    private RevalidationView view(Revalidation r, ReportView now, FilingVersion v) {
        ReportView frozen = read(v.report);
        Set<String> before = new LinkedHashSet<>();
        frozen.findings().forEach(f -> before.add(f.key()));
        Set<String> after = new LinkedHashSet<>();
        now.findings().forEach(f -> after.add(f.key()));
        List<FindingView> appeared = now.findings().stream().filter(f -> !before.contains(f.key())).toList();
        List<FindingView> gone = frozen.findings().stream().filter(f -> !after.contains(f.key())).toList();
        kr.drregistry.identity.AppUser who = kr.drregistry.identity.AppUser.find("username", r.madeBy).firstResult();
        return new RevalidationView(r.id, r.filingId, r.versionNumber, r.madeAt, r.madeBy,
                who == null ? r.madeBy : who.displayName, now.policy(), frozen.policy(),
                now.summary(), appeared, gone, facilityChanges(frozen.facilities(), now.facilities()), now);
    }

    private static List<FacilityChange> facilityChanges(List<FacilityView> frozen, List<FacilityView> now) {
        Map<String, String> was = new java.util.LinkedHashMap<>();
        if (frozen != null) {
            frozen.forEach(f -> was.put(f.reference(), f.filingVersion()));
        }
        List<FacilityChange> changes = new ArrayList<>();
        if (now != null) {
            for (FacilityView f : now) {
                String before = was.get(f.reference());
                if (!Objects.equals(before, f.filingVersion())) {
                    changes.add(new FacilityChange(f.reference(), before, f.filingVersion()));
                }
            }
        }
        return changes;
    }

    private String write(ReportView report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a re-validation report could not be written", e);
        }
    }

    /** A frozen or re-validated report (a re-validation keeps its report as full JSON; a version, as stored). */
    private ReportView read(String report) {
        try {
            return StoredReport.read(json, report);
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalStateException("a stored report could not be read", e);
        }
    }
}
