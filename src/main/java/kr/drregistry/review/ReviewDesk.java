package kr.drregistry.review;

import kr.drregistry.filing.Filing;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingStatus;
import kr.drregistry.filing.FilingType;
import kr.drregistry.filing.FilingVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.filing.FilingStatus.Move;
import kr.drregistry.filing.FilingViews.DecisionView;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.review.VersionRecords.VersionRecord;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.Roles;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.plan.form.PlanField;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanJson;
import kr.drregistry.plan.model.PlanSections;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;
import kr.drregistry.topology.diff.TopologyDiffReport;

/**
 * The regulator's review of one submitted version: everything the review page shows (the version record, its
 * review record with carried-over dispositions, what changed since the version reviewed before, the plan's
 * sections read-only) and the decision made from it. Reading it records one {@code version.opened} audit entry
 * (through {@link FilingService#version}); tenancy and who may do what stay with {@link FilingService} and
 * {@link ReviewRecords}.
 */
@ApplicationScoped
public class ReviewDesk {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    /** Most topology changes listed one by one; the rest are counted. */
    public static final int SHOWN_CHANGES = 50;

    @Inject
    kr.drregistry.topology.api.TopologyDiffs topologyDiffs;
    @Inject
    FilingService filings;
    @Inject
    FilingQueries filingQueries;
    @Inject
    VersionRecords versions;
    @Inject
    ReviewRecords reviews;
    @Inject
    TenantScope scope;
    @Inject
    ObjectMapper json;
    @Inject
    jakarta.persistence.EntityManager em;

    /** The version compared with: the last earlier version a reviewer decided on, else the previous one. */
    public enum BaselineKind {
        DECIDED, PREVIOUS, NONE
    }

    /** One plan section, read-only: its fields as (path, value) rows. */
    public record PlanSection(String name, List<Field> fields) {
    }

    /**
     * One value of a plan section. {@code label}: the plan editor's field ({@code {plan:field(f.label)}}), null for a
     * member the editor does not know (shown by its {@code path}); {@code rows}: the row numbers it sits in ({@code 2}, {@code 1.3}), empty outside rows;
     * {@code flag}: a yes/no value.
     */
    public record Field(String path, String value, PlanField label, String rows, boolean flag) {
    }

    /**
     * @param mayReview     the actor may dispose findings and comment (a regulator reviewer)
     * @param decidable     the version is the latest and its filing awaits a decision (SUBMITTED or UNDER_REVIEW)
     */
    public record Review(VersionRecord record, ReviewRecords.ReviewRecord review, BaselineKind baselineKind, int baseline,
                         DecisionView baselineDecision, TopologyDiffReport topologyChanges,
                         List<PlanSections.SectionChange> planChanges, List<PlanSection> planSections,
                         boolean mayReview, boolean decidable) {
        public boolean mayDecide() {
            return mayReview && decidable;
        }

        public boolean compared() {
            return baselineKind != BaselineKind.NONE;
        }

        public boolean hasChanges() {
            return topologyChanges != null ? !topologyChanges.isEmpty() : planChanges != null && !planChanges.isEmpty();
        }

        public List<kr.drregistry.topology.diff.Change> shownChanges() {
            if (topologyChanges == null) {
                return List.of();
            }
            List<kr.drregistry.topology.diff.Change> all = topologyChanges.changes();
            return all.size() > SHOWN_CHANGES ? all.subList(0, SHOWN_CHANGES) : all;
        }

        public int hiddenChanges() {
            return topologyChanges == null ? 0 : Math.max(0, topologyChanges.changes().size() - SHOWN_CHANGES);
        }

        /** Comments on one plan or topology section. */
        public List<ReviewRecords.CommentView> sectionComments(String section) {
            return review.on("section", section);
        }
    }

    /** A report with more findings than this opens on its digest unless every finding is asked for (presentation). */
    public static final int BIG_REPORT = 500;

    /** Sections a topology comment can be anchored to (the diff's sections without the top level). */
    public static final List<String> TOPOLOGY_SECTIONS = List.of("sites", "services", "components", "placements", "dependencies", "drills");

    /**
     * The review of a version; with {@code allFindings} false a big report (more than {@link #BIG_REPORT}
     * findings) comes as its digest, what the page lists first.
     */
    @Transactional
    public Review open(UUID id, int number, boolean allFindings) {
        Actor actor = scope.actor();
        if (!actor.isRegulator()) {
            throw ProblemException.notFound("review of filing " + id);
        }
        VersionRecord r = versions.forReview(id, number, allFindings ? Integer.MAX_VALUE : BIG_REPORT);
        ReviewRecords.ReviewRecord review = reviews.record(id, number);
        FilingView filing = r.filing();
        DecisionView decided = filing.decisions().stream()
                .filter(d -> d.version() < number && !Move.START_REVIEW.name().equals(d.decision()))
                .reduce((a, b) -> b.version() >= a.version() ? b : a).orElse(null);
        BaselineKind kind = decided != null ? BaselineKind.DECIDED : number > 1 ? BaselineKind.PREVIOUS : BaselineKind.NONE;
        int baseline = decided != null ? decided.version() : number - 1;
        TopologyDiffReport topologyChanges = null;
        List<PlanSections.SectionChange> planChanges = null;
        List<PlanSection> sections = List.of();
        if (filing.type() == FilingType.TOPOLOGY && kind != BaselineKind.NONE) {
            topologyChanges = topologyDiffs.diff(id, baseline, number);
        }
        if (filing.type() == FilingType.PLAN) {
            String content = content(id, number);
            PlanContent now = plan(content);
            if (kind != BaselineKind.NONE) {
                planChanges = PlanSections.changed(plan(content(id, baseline)), now);
            }
            sections = sections(content);
        }
        boolean decidable = number == filing.latestVersion()
                && (filing.status() == FilingStatus.SUBMITTED || filing.status() == FilingStatus.UNDER_REVIEW);
        return new Review(r, review, kind, baseline, decided, topologyChanges, planChanges, sections,
                actor.has(Roles.REGULATOR_REVIEWER), decidable);
    }

    /**
     * A reviewer's decision on version {@code number}: request changes (reason, future due date), accept, or reject
     * (reason). Only the latest version is decided: when a newer one arrived since the page was read, 409
     * ({@code stale-version}). A filing still waiting in SUBMITTED is taken under review in the same transaction, so a
     * refused decision leaves nothing behind.
     */
    @Transactional
    public FilingView decide(UUID id, int number, String decision, String reason, LocalDate dueDate) {
        Actor actor = scope.actor();
        FilingView filing = filings.get(id);
        if (!actor.isRegulator() || !actor.has(Roles.REGULATOR_REVIEWER)) {
            throw ProblemException.forbidden(m -> m.forbidden_review());
        }
        // said before any field error: a decision on a superseded version cannot be mended by filling the form in
        FilingService.requireLatest(id, number, filing.latestVersion());
        Move move;
        try {
            move = decision == null ? null : Move.valueOf(decision.strip());
        } catch (IllegalArgumentException e) {
            move = null;
        }
        if (move != Move.REQUEST_CHANGES && move != Move.ACCEPT && move != Move.REJECT) {
            throw ProblemException.invalid("decision is one of REQUEST_CHANGES, ACCEPT, REJECT", List.of(FieldError.of("/decision",
                    "choose request changes, accept or reject", "보완 요청, 승인, 반려 중 하나를 고르세요")));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if ((move == Move.REQUEST_CHANGES || move == Move.REJECT) && why == null) {
            errors.add(FieldError.of("/reason", "a reason is required", "사유를 입력하세요"));
        }
        if (move == Move.REQUEST_CHANGES && (dueDate == null || !dueDate.isAfter(kr.drregistry.platform.SystemClock.today(clock)))) {
            errors.add(FieldError.of("/dueDate", "a future due date is required", "오늘 이후의 기한을 입력하세요"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("the decision is incomplete", errors);
        }
        if (filing.status() == FilingStatus.SUBMITTED) {
            filings.review(id, number, Move.START_REVIEW, null, null);
            em.flush(); // the decision below locks and refreshes the filing: it must read UNDER_REVIEW
        }
        // both moves check under the filing's lock that version {number} is still the latest (409 otherwise)
        return filings.review(id, number, move, why, move == Move.REQUEST_CHANGES ? dueDate : null);
    }

    /** The canonical content of a version, read without another audit entry (the page's one is written). */
    private String content(UUID id, int number) {
        Filing f = filings.readable(id);
        FilingVersion v = filingQueries.version(f.id, number);
        if (v == null) {
            throw ProblemException.notFound("version " + number + " of filing " + id);
        }
        return v.content;
    }

    private static PlanContent plan(String canonical) {
        return PlanJson.read(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private List<PlanSection> sections(String canonical) {
        JsonNode root;
        try {
            root = json.readTree(canonical);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the content of a plan version is unreadable", e);
        }
        List<PlanSection> out = new ArrayList<>();
        for (String name : PlanSections.names()) {
            List<Field> fields = new ArrayList<>();
            flatten(name, List.of(name), List.of(), root.get(name), fields);
            out.add(new PlanSection(name, fields));
        }
        return out;
    }

    /** Nested values as rows: {@code contacts 1 › phone = 02-…}, labelled like the plan editor's field. */
    static void flatten(String path, List<String> names, List<Integer> rows, JsonNode node, List<Field> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                List<String> n = new ArrayList<>(names);
                n.add(e.getKey());
                flatten(path + " › " + e.getKey(), n, rows, e.getValue(), out);
            }
        } else if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode n : node) {
                scalars &= n.isValueNode();
            }
            if (scalars) {
                List<String> values = new ArrayList<>();
                node.forEach(n -> values.add(n.asText()));
                out.add(field(path, String.join(", ", values), names, rows, false));
            } else {
                int i = 1;
                for (JsonNode n : node) {
                    List<Integer> r = new ArrayList<>(rows);
                    r.add(i);
                    flatten(path + " " + i++, names, r, n, out);
                }
            }
        } else {
            out.add(field(path, node.asText(), names, rows, node.isBoolean()));
        }
    }

    private static Field field(String path, String value, List<String> names, List<Integer> rows, boolean flag) {
        return new Field(path, value, PlanField.ofKey(String.join("_", names)),
                rows.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(".")), flag);
    }
}
