package kr.drregistry.incident;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.filing.Filing;
import kr.drregistry.filing.FilingEvents;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingStatus;
import kr.drregistry.filing.FilingStatus.Move;
import kr.drregistry.filing.FilingType;
import kr.drregistry.filing.FilingVersion;
import kr.drregistry.filing.FilingViews.Counts;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.filing.FilingViews.PolicyRef;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.incident.IncidentViews.IncidentSummary;
import kr.drregistry.incident.IncidentViews.IncidentView;
import kr.drregistry.incident.IncidentViews.NewIncident;
import kr.drregistry.incident.IncidentViews.StageView;
import kr.drregistry.incident.IncidentViews.SubmissionView;
import kr.drregistry.incident.IncidentViews.TimelineView;
import kr.drregistry.incident.model.FiledTopology;
import kr.drregistry.incident.model.IncidentJson;
import kr.drregistry.incident.model.IncidentPolicy;
import kr.drregistry.incident.model.IncidentReport;
import kr.drregistry.incident.model.InvalidIncidentException;
import kr.drregistry.incident.model.Schedule;
import kr.drregistry.incident.rules.IncidentChecks;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;
import kr.drregistry.topology.api.ReportView;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Severity;
import kr.drregistry.topology.validation.ValidationReport;

/**
 * Post-incident reports, shared by the portal and the API. An incident is a filing of type INCIDENT whose draft is
 * the report as known now; each stage the policy defines is submitted as an immutable filing version, with the due
 * time it was held to and whether it came late. Affected services and sites are checked against the organisation's
 * latest submitted topology, and the INC findings are frozen with each stage. The regulator acknowledges, requests
 * information (with a due date) and closes, through the filing decisions.
 */
@ApplicationScoped
public class IncidentService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    @Inject
    FiledTopologies filed;
    @Inject
    FilingService filings;
    @Inject
    FilingQueries filingQueries;
    @Inject
    TenantScope scope;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;
    @Inject
    IncidentPolicyService policies;
    @Inject
    ObjectMapper json;
    @Inject
    Event<FilingEvents.Submitted> submitted;

    /** Opens an incident under the active policy; its draft starts with the times given. */
    @Transactional
    public IncidentView create(NewIncident body) {
        if (body == null) {
            throw ProblemException.invalid("a JSON body {title, detectedAt, occurredAt?, classifiedAt?, summary?} is required", List.of());
        }
        if (body.detectedAt() == null) {
            throw ProblemException.invalid("detectedAt is required: the first report's deadline counts from it",
                    List.of(FieldError.of("/detectedAt", "when the incident was detected is required", "탐지 시각이 필요합니다")));
        }
        IncidentReport start = new IncidentReport(body.summary(), body.occurredAt(), body.detectedAt(), body.classifiedAt(),
                null, null, null, null, null, null, null, null, null, null);
        try {
            IncidentJson.read(IncidentJson.canonical(start).getBytes(StandardCharsets.UTF_8));
        } catch (InvalidIncidentException e) {
            throw IncidentProblems.invalid("the incident times are inconsistent", e);
        }
        FilingView f = filings.create(FilingType.INCIDENT, null, body.title());
        IncidentPolicy policy = policies.active();
        Incident i = new Incident();
        i.id = f.id();
        i.policyId = policy.id();
        i.policyVersion = policy.version();
        times(i, start);
        i.persist();
        filings.saveDraft(f.id(), IncidentJson.canonical(start).getBytes(StandardCharsets.UTF_8), "application/json", 0L);
        audit.record(scope.actor(), "incident.opened", "filing", f.id().toString(), "policy " + policy.id() + "@" + policy.version());
        return get(f.id());
    }

    /** Replaces the report draft (If-Match: the draft version); refused whole when malformed. */
    @Transactional
    public IncidentView saveDraft(UUID id, byte[] body, String mediaType, Long expectedVersion) {
        incidentFiling(id);
        filings.saveDraft(id, body, mediaType, expectedVersion);
        return get(id);
    }

    /** The report draft checked as the API and portal accept it: strict shape and affected services/sites vs. topology. */
    public IncidentReport check(byte[] body, UUID organisationId) {
        IncidentReport report;
        try {
            report = IncidentJson.read(body);
        } catch (InvalidIncidentException e) {
            throw IncidentProblems.invalid("the incident report is not valid", e);
        }
        if (organisationId != null) {
            Filed t = latestTopology(organisationId);
            List<InvalidIncidentException.Problem> problems = IncidentChecks.references(report, t == null ? null : t.topology());
            if (!problems.isEmpty()) {
                throw IncidentProblems.invalid("affected services and sites must be in the filed topology", problems);
            }
        }
        return report;
    }

    /**
     * Submits the draft as stage {@code stageId}: a new immutable version with the report, the timeline so far, the
     * INC findings and the policy; recorded with the stage's due time and whether it is late. Stages go in policy
     * order; a stage submitted before may be submitted again (an update), which is never late.
     */
    @Transactional
    public SubmissionView submitStage(UUID id, String stageId) {
        Filing f = incidentFiling(id);
        Actor actor = scope.requireOperatorWrite(f.organisationId, "incident " + id);
        if (!actor.maySubmit()) {
            throw ProblemException.forbidden(m -> m.forbidden_submit());
        }
        em.lock(f, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(f);
        if (f.status == FilingStatus.ACCEPTED) {
            throw ProblemException.conflict("incident-closed", m -> m.incident_closed());
        }
        Incident incident = row(f);
        IncidentPolicy policy = policies.get(incident.policyId, incident.policyVersion);
        IncidentPolicy.Stage stage = policy.stage(stageId);
        if (stage == null) {
            throw ProblemException.notFound("stage " + stageId + " of policy " + policy.id() + "@" + policy.version());
        }
        List<Schedule.Submission> before = submissions(id);
        if (!Schedule.submittable(policy, stageId, before)) {
            throw ProblemException.conflict("stage-order", m -> m.stage_order(
                    policy.stages().stream().map(IncidentPolicy.Stage::id).collect(Collectors.joining(" → "))));
        }
        String draft = draftBody(f);
        if (draft == null) {
            throw ProblemException.conflict("empty-draft", m -> m.empty_draft());
        }
        IncidentReport report = check(draft.getBytes(StandardCharsets.UTF_8), f.organisationId);
        List<InvalidIncidentException.Problem> missing = IncidentChecks.required(report, stage);
        if (!missing.isEmpty()) {
            throw IncidentProblems.invalid("the " + stage.name().en() + " is incomplete", missing);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Filed topology = latestTopology(f.organisationId);
        List<Finding> findings = IncidentChecks.findings(report, topology == null ? null : topology.topology(), policy, now);
        boolean first = Schedule.first(stageId, before);
        Instant due = first ? Schedule.due(policy, policy.indexOf(stageId), report, before) : null;
        boolean late = due != null && now.isAfter(due);

        ObjectNode content = json.createObjectNode();
        content.put("stage", stageId);
        content.set("report", IncidentJson.tree(report));
        ArrayNode timeline = content.putArray("timeline");
        for (TimelineEntry e : TimelineEntry.<TimelineEntry>list("filingId = ?1 order by at, recordedAt", id)) {
            timeline.addObject().put("at", e.at.toString()).put("text", e.text).put("recordedBy", e.recordedBy)
                    .put("recordedAt", e.recordedAt.toString());
        }
        if (topology != null) {
            content.putObject("topology").put("filing", topology.filingId().toString()).put("version", topology.version());
        }
        String canonical = IncidentJson.canonical(content);
        ValidationReport validation = new ValidationReport(policy.id(), policy.version(), ValidationReport.summarize(findings),
                findings, List.of());
        FilingVersion v = new FilingVersion();
        v.id = UUID.randomUUID();
        v.filingId = id;
        v.number = f.latestVersion + 1;
        v.content = canonical;
        v.contentSha256 = sha256(canonical);
        v.submittedAt = now;
        v.submittedBy = actor.username();
        v.policyId = policy.id();
        v.policyVersion = policy.version();
        try {
            v.report = json.writeValueAsString(ReportView.of(validation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        v.countCritical = validation.summary().get(Severity.CRITICAL);
        v.countHigh = validation.summary().get(Severity.HIGH);
        v.countMedium = validation.summary().get(Severity.MEDIUM);
        v.countLow = validation.summary().get(Severity.LOW);
        v.countInfo = validation.summary().get(Severity.INFO);
        v.persist();
        em.flush();
        IncidentStage s = new IncidentStage();
        s.id = UUID.randomUUID();
        s.filingId = id;
        s.versionNumber = v.number;
        s.stage = stageId;
        s.dueAt = due;
        s.submittedAt = now;
        s.late = late;
        s.firstOfStage = first;
        s.topologyFilingId = topology == null ? null : topology.filingId();
        s.topologyVersion = topology == null ? null : topology.version();
        s.persist();
        f.latestVersion = v.number;
        f.status = FilingStatus.SUBMITTED;
        times(incident, report);
        audit.record(actor, "incident.stage-submitted", "filing", id.toString(), stageId + " as version " + v.number
                + (late ? " (late: due " + due + ")" : "") + " sha256 " + v.contentSha256);
        submitted.fire(new FilingEvents.Submitted(id, v.number));
        return submission(policy, s, v.submittedBy, v.contentSha256, new Counts(v.countCritical, v.countHigh, v.countMedium, v.countLow, v.countInfo));
    }

    /** Appends an entry to the incident's timeline (operators; entries never change and are frozen with the next stage). */
    @Transactional
    public TimelineView appendTimeline(UUID id, Instant at, String text) {
        Filing f = incidentFiling(id);
        Actor actor = scope.requireOperatorWrite(f.organisationId, "incident " + id);
        List<FieldError> errors = new ArrayList<>();
        if (at == null) {
            errors.add(FieldError.of("/at", "when it happened is required", "일시가 필요합니다"));
        }
        if (text == null || text.isBlank() || text.length() > 4000) {
            errors.add(FieldError.of("/text", "1 to 4000 characters are required", "1~4000자를 입력하세요"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("the timeline entry is incomplete", errors);
        }
        if (f.status == FilingStatus.ACCEPTED) {
            throw ProblemException.conflict("incident-closed", m -> m.incident_closed());
        }
        TimelineEntry e = new TimelineEntry();
        e.id = UUID.randomUUID();
        e.filingId = id;
        e.at = at.truncatedTo(ChronoUnit.SECONDS);
        e.text = text.strip();
        e.recordedBy = actor.username();
        e.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.persist();
        audit.record(actor, "incident.timeline", "filing", id.toString(), e.at + " " + e.text);
        return new TimelineView(e.at, e.text, e.recordedBy, e.recordedAt);
    }

    /** The regulator confirms receipt of the latest submission. */
    @Transactional
    public IncidentView acknowledge(UUID id) {
        Filing f = incidentFiling(id);
        filings.review(id, f.latestVersion, Move.START_REVIEW, null, null);
        return get(id);
    }

    /** The regulator asks for more information by a due date; the operator answers by submitting a stage again. */
    @Transactional
    public IncidentView requestInformation(UUID id, String reason, LocalDate dueDate) {
        Filing f = incidentFiling(id);
        if (f.status == FilingStatus.SUBMITTED) {
            filings.review(id, f.latestVersion, Move.START_REVIEW, null, null);
        }
        filings.review(id, f.latestVersion, Move.REQUEST_CHANGES, reason, dueDate);
        return get(id);
    }

    /** The regulator closes the incident; nothing more is submitted to it. */
    @Transactional
    public IncidentView close(UUID id, String reason) {
        Filing f = incidentFiling(id);
        if (f.status == FilingStatus.SUBMITTED || f.status == FilingStatus.CHANGES_REQUESTED) {
            if (f.status == FilingStatus.CHANGES_REQUESTED) {
                throw ProblemException.conflict("information-requested", m -> m.information_requested());
            }
            filings.review(id, f.latestVersion, Move.START_REVIEW, null, null);
        }
        filings.review(id, f.latestVersion, Move.ACCEPT, reason, null);
        return get(id);
    }

    /** One incident as the actor may see it. */
    @Transactional
    public IncidentView get(UUID id) {
        FilingView f = filings.get(id);
        if (f.type() != FilingType.INCIDENT) {
            throw ProblemException.notFound("incident " + id);
        }
        Incident incident = row(incidentFiling(id));
        IncidentPolicy policy = policies.get(incident.policyId, incident.policyVersion);
        boolean operator = scope.canReadDrafts(incidentOrg(id));
        List<IncidentStage> stages = IncidentStage.list("filingId = ?1 order by versionNumber", id);
        Map<Integer, FilingVersion> versions = filingQueries.versionsByNumber(id);
        List<SubmissionView> submissions = stages.stream().map(s -> {
            FilingVersion v = versions.get(s.versionNumber);
            return submission(policy, s, v.submittedBy, v.contentSha256, new Counts(v.countCritical, v.countHigh, v.countMedium, v.countLow, v.countInfo));
        }).toList();
        JsonNode report = null;
        String source = null;
        JsonNode draftFindings = null;
        FilingVersion latest = versions.get(f.latestVersion());
        Instant now = clock.instant();
        IncidentReport times = fromRow(incident);
        if (operator) {
            String draft = draftBody(filingQueries.filing(id));
            if (draft != null) {
                try {
                    IncidentReport d = IncidentJson.read(draft.getBytes(StandardCharsets.UTF_8));
                    report = IncidentJson.tree(d);
                    source = "draft";
                    times = d;
                    Filed t = latestTopology(incidentOrg(id));
                    List<Finding> fs = IncidentChecks.findings(d, t == null ? null : t.topology(), policy, now);
                    draftFindings = json.valueToTree(ReportView.of(new ValidationReport(policy.id(), policy.version(),
                            ValidationReport.summarize(fs), fs, List.of())).findings());
                } catch (InvalidIncidentException e) {
                    source = "draft-invalid";
                }
            }
        }
        JsonNode findings = null;
        if (latest != null) {
            try {
                JsonNode content = json.readTree(latest.content);
                if (report == null) {
                    report = content.get("report");
                    source = "version";
                }
                findings = json.readTree(latest.report).get("findings");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        List<StageView> schedule = schedule(policy, times, stages, now);
        Instant visibleUntil = operator ? null : latest == null ? Instant.EPOCH : latest.submittedAt;
        List<TimelineView> timeline = TimelineEntry.<TimelineEntry>list("filingId = ?1 order by at, recordedAt", id).stream()
                .filter(e -> visibleUntil == null || !e.recordedAt.isAfter(visibleUntil))
                .map(e -> new TimelineView(e.at, e.text, e.recordedBy, e.recordedAt)).toList();
        return new IncidentView(id, f.organisation(), f.title(), f.status(), new PolicyRef(policy.id(), policy.version()),
                f.latestVersion(), operator ? f.draft() : null, schedule, submissions, f.decisions(), report, source, findings,
                draftFindings, timeline, f.createdAt(), f.createdBy());
    }

    /**
     * Incidents the actor may see, newest first: an operator's own (also those not yet submitted), for regulators
     * every incident with at least one submitted stage. Each with its stages' due times and an overdue flag.
     */
    @Transactional
    public List<IncidentSummary> list(boolean openOnly) {
        Actor actor = scope.actor();
        if (!actor.mayRead()) {
            return List.of();
        }
        UUID only = scope.readableOrganisation();
        List<Filing> fs = only != null
                ? filingQueries.filingsOf(only, FilingType.INCIDENT)
                : filingQueries.submitted(FilingType.INCIDENT);
        if (openOnly) {
            fs = fs.stream().filter(f -> f.status != FilingStatus.ACCEPTED).toList();
        }
        if (fs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = fs.stream().map(f -> f.id).toList();
        Map<UUID, Incident> incidents = Incident.<Incident>list("id in ?1", ids).stream().collect(Collectors.toMap(i -> i.id, i -> i));
        Map<UUID, List<IncidentStage>> stages = IncidentStage.<IncidentStage>list("filingId in ?1 order by versionNumber", ids).stream()
                .collect(Collectors.groupingBy(s -> s.filingId));
        Map<UUID, Organisation> orgs = Organisation.<Organisation>list("id in ?1", fs.stream().map(f -> f.organisationId).distinct().toList())
                .stream().collect(Collectors.toMap(o -> o.id, o -> o));
        Instant now = clock.instant();
        List<IncidentSummary> out = new ArrayList<>();
        for (Filing f : fs) {
            Incident i = incidents.containsKey(f.id) ? incidents.get(f.id) : row(f);
            IncidentPolicy policy = policies.get(i.policyId, i.policyVersion);
            List<StageView> schedule = f.status == FilingStatus.ACCEPTED
                    ? schedule(policy, fromRow(i), stages.getOrDefault(f.id, List.of()), now).stream()
                        .filter(s -> s.submittedAt() != null).toList()
                    : schedule(policy, fromRow(i), stages.getOrDefault(f.id, List.of()), now);
            StageView next = schedule.stream().filter(s -> s.submittedAt() == null).findFirst().orElse(null);
            boolean overdue = schedule.stream().anyMatch(s -> "OVERDUE".equals(s.state()));
            Organisation org = orgs.get(f.organisationId);
            out.add(new IncidentSummary(f.id, org.slug, org.nameKo, f.title, f.status, new PolicyRef(policy.id(), policy.version()),
                    f.latestVersion, i.detectedAt, i.recoveredAt, next, overdue, schedule));
        }
        return out;
    }

    /** A stage not yet submitted, with its due time: what the reminder job looks at. */
    public record OpenStage(UUID filingId, UUID organisationId, String title, String stage, String stageKo, String stageEn,
                            Instant dueAt) {
    }

    /**
     * Every stage of an open incident (not closed by the regulator) that is not submitted and has a known due time,
     * across all organisations. For the reminder job, which runs as the system and not for an actor: never expose the
     * result to a person without a tenancy check.
     */
    @Transactional
    public List<OpenStage> openStages(Instant now) {
        List<Filing> fs = filingQueries.notAccepted(FilingType.INCIDENT);
        if (fs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = fs.stream().map(f -> f.id).toList();
        Map<UUID, Incident> incidents = Incident.<Incident>list("id in ?1", ids).stream().collect(Collectors.toMap(i -> i.id, i -> i));
        Map<UUID, List<IncidentStage>> stages = IncidentStage.<IncidentStage>list("filingId in ?1 order by versionNumber", ids).stream()
                .collect(Collectors.groupingBy(s -> s.filingId));
        List<OpenStage> out = new ArrayList<>();
        for (Filing f : fs) {
            Incident i = incidents.get(f.id);
            if (i == null) {
                continue;
            }
            IncidentPolicy policy = policies.get(i.policyId, i.policyVersion);
            for (StageView s : schedule(policy, fromRow(i), stages.getOrDefault(f.id, List.of()), now)) {
                if (s.submittedAt() == null && s.dueAt() != null) {
                    out.add(new OpenStage(f.id, f.organisationId, f.title, s.id(), s.name().ko(), s.name().en(), s.dueAt()));
                }
            }
        }
        return out;
    }

    /** The services and sites an operator may name as affected (from its latest submitted topology); null when none. */
    @Transactional
    public FiledTopology topologyFor(UUID incidentId) {
        Filed t = latestTopology(incidentOrg(incidentId));
        return t == null ? null : t.topology();
    }

    private UUID incidentOrg(UUID id) {
        return incidentFiling(id).organisationId;
    }

    private static List<StageView> schedule(IncidentPolicy policy, IncidentReport times, List<IncidentStage> stages, Instant now) {
        List<Schedule.Submission> subs = stages.stream()
                .map(s -> new Schedule.Submission(s.stage, s.submittedAt, s.dueAt, s.late)).toList();
        return Schedule.of(policy, times, subs, now).stream().map(d -> new StageView(d.stage().id(), d.stage().name(), d.dueAt(),
                d.basis() == null ? null : d.basis().wire(), d.state().name(), d.submittedAt(), d.lastSubmittedAt())).toList();
    }

    private static SubmissionView submission(IncidentPolicy policy, IncidentStage s, String by, String sha, Counts counts) {
        IncidentPolicy.Stage st = policy.stage(s.stage);
        return new SubmissionView(s.versionNumber, s.stage, st == null ? null : st.name(), s.submittedAt, by, s.dueAt, s.late, s.firstOfStage, sha, counts,
                s.topologyFilingId, s.topologyVersion);
    }

    private static List<Schedule.Submission> submissions(UUID id) {
        return IncidentStage.<IncidentStage>list("filingId = ?1 order by versionNumber", id).stream()
                .map(s -> new Schedule.Submission(s.stage, s.submittedAt, s.dueAt, s.late)).toList();
    }

    private static IncidentReport fromRow(Incident i) {
        return new IncidentReport(null, i.occurredAt, i.detectedAt, i.classifiedAt, i.recoveredAt, null, null, null, null, null,
                null, null, null, null);
    }

    private static void times(Incident i, IncidentReport r) {
        i.occurredAt = r.occurredAt();
        if (r.detectedAt() != null) {
            i.detectedAt = r.detectedAt();
        }
        i.classifiedAt = r.classifiedAt();
        i.recoveredAt = r.recoveredAt();
    }

    /**
     * The incident row of a filing; an INCIDENT filing made through the generic filing API gets one on first use, under
     * the active policy, its deadlines counting from the filing's creation until the report says otherwise.
     */
    private Incident row(Filing f) {
        Incident i = Incident.findById(f.id);
        if (i == null) {
            IncidentPolicy policy = policies.active();
            i = new Incident();
            i.id = f.id;
            i.policyId = policy.id();
            i.policyVersion = policy.version();
            i.detectedAt = f.createdAt;
            i.persist();
        }
        return i;
    }

    /** The draft text (loaded on its own: it is a lazy column), null when there is none. */
    private String draftBody(Filing f) {
        return f.draftMediaType == null ? null : filingQueries.draftContent(f.id);
    }

    /** The incident filing if the actor may see it (404 otherwise, also for other filing types). */
    private Filing incidentFiling(UUID id) {
        Filing f = filingQueries.filing(id);
        if (f == null || f.type != FilingType.INCIDENT) {
            throw ProblemException.notFound("incident " + id);
        }
        scope.requireReadableFiling(f.organisationId, f.latestVersion, "incident " + id);
        return f;
    }

    /** A submitted topology version and what an incident report is checked against in it. */
    record Filed(UUID filingId, int version, FiledTopology topology) {
    }

    /** The organisation's most recently submitted topology version, or null (also when it no longer parses). */
    Filed latestTopology(UUID organisationId) {
        return filingQueries.latestSubmitted(organisationId, FilingType.TOPOLOGY)
                .flatMap(v -> filed.declared(v.filingId(), v.number()).map(d -> new Filed(v.filingId(), v.number(), d.topology())))
                .orElse(null);
    }

    static String sha256(String canonical) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
