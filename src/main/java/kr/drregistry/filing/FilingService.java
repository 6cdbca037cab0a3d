package kr.drregistry.filing;

import kr.drregistry.rules.Josa;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.filing.FilingStatus.Move;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.filing.FilingViews.Page;
import kr.drregistry.filing.FilingViews.VersionView;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.Roles;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ChunkedBytes;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.StoredText;
import kr.drregistry.platform.ProblemException.FieldError;
import kr.drregistry.rules.Severity;

/**
 * The filing lifecycle, shared by the portal and the API: create, save drafts (optimistically versioned), submit
 * (one transaction, idempotent by key), review moves, and reads. Whose filings an actor sees is decided by
 * {@link TenantScope}; an operator never learns that another organisation's filing exists (404).
 */
@ApplicationScoped
public class FilingService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    @Inject
    TenantScope scope;
    @Inject
    AuditTrail audit;
    @Inject
    EntityManager em;
    @Inject
    Instance<FilingContent> contents;
    @Inject
    FilingReads reads;
    @Inject
    FilingQueries queries;
    @Inject
    jakarta.enterprise.event.Event<FilingEvents.Submitted> submitted;
    @Inject
    jakarta.enterprise.event.Event<FilingEvents.Decided> decided;

    private Map<FilingType, FilingContent> byType;

    private FilingContent content(FilingType type) {
        if (byType == null) {
            byType = contents.stream().collect(Collectors.toMap(FilingContent::type, Function.identity()));
        }
        return byType.get(type);
    }

    @Transactional
    public FilingView create(FilingType type, Integer planYear, String title) {
        Actor actor = scope.actor();
        if (!actor.isOperator() || !actor.mayEdit()) {
            throw ProblemException.forbidden(m -> m.forbidden_draft());
        }
        validateNew(type, planYear, title);
        if (type != FilingType.INCIDENT) {
            Filing existing = Filing.find("organisationId = ?1 and type = ?2 and planYear = ?3", actor.organisationId(),
                    type, planYear).firstResult();
            if (existing != null) {
                throw ProblemException.of(409, "filing-exists", "이 연도의 신고가 이미 있습니다", "The filing exists already",
                                m -> m.filing_exists(planYear, type.name()), List.of())
                        .withSee("/portal/filings/" + existing.id);
            }
        }
        Filing f = new Filing();
        f.id = UUID.randomUUID();
        f.organisationId = actor.organisationId();
        f.type = type;
        f.planYear = planYear;
        f.title = title.strip();
        f.status = FilingStatus.DRAFT;
        f.createdAt = clock.instant();
        f.createdBy = actor.username();
        f.persist();
        audit.record(actor, "filing.created", "filing", f.id.toString(), type + " " + planYear + " " + f.title);
        return view(f);
    }

    /** One filing as the API shows it (one SQL round trip; see {@link FilingReads}). */
    public FilingView get(UUID id) {
        FilingReads.Row row = reads.find(id);
        if (row == null) {
            throw ProblemException.notFound("filing " + id);
        }
        requireReadable(id, row.organisationId(), row.view().latestVersion());
        return visible(row.view(), row.organisationId());
    }

    /** Reads need neither dirty checking nor flushes. */
    private void readOnly() {
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
    }

    /** Organisation slugs never change: remembered by id. */
    private final Map<UUID, String> slugs = new java.util.concurrent.ConcurrentHashMap<>();

    private String slug(UUID organisationId) {
        return slugs.computeIfAbsent(organisationId, id -> Organisation.<Organisation>findById(id).slug);
    }

    /** Filings the actor may see, filtered and paginated (newest first). Regulators see submitted filings only. */
    @Transactional
    public Page<FilingView> list(FilingType type, FilingStatus status, Integer year, int page, int size) {
        readOnly();
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        UUID only = scope.readableOrganisation();
        if (only != null) {
            q.append(" and organisationId = :org");
            params.put("org", only);
        } else {
            q.append(" and latestVersion > 0");
        }
        if (!scope.actor().mayRead()) {
            return new Page<>(List.of(), page, size, 0);
        }
        if (type != null) {
            q.append(" and type = :type");
            params.put("type", type);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status);
        }
        if (year != null) {
            q.append(" and planYear = :year");
            params.put("year", year);
        }
        var query = Filing.<Filing>find(q + " order by createdAt desc, id", params);
        long total = query.count();
        List<FilingView> items = query.page(page, size).list().stream().map(this::view).toList();
        return new Page<>(items, page, size, total);
    }

    /**
     * Replaces the draft. {@code expectedVersion} is the draft version the editor started from (If-Match); a stale
     * one is refused with 412 and nothing is overwritten. A malformed body is refused whole.
     */
    @Transactional
    public FilingView saveDraft(UUID id, byte[] body, String mediaType, Long expectedVersion) {
        Filing f = readable(id);
        Actor actor = scope.requireOperatorWrite(f.organisationId, "filing " + id);
        if (expectedVersion == null) {
            throw new ProblemException(428, "precondition-required", "If-Match가 필요합니다", "Precondition required",
                    "send If-Match with the filing's ETag so that a concurrent change is never overwritten", List.of())
                    .withText(m -> m.precondition_required());
        }
        em.lock(f, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(f);
        if (f.draftVersion != expectedVersion) {
            throw new ProblemException(412, "stale-draft", "다른 사람이 먼저 저장했습니다", "The draft changed meanwhile",
                    "the draft is at version " + f.draftVersion + ", you edited version " + expectedVersion
                            + "; reload it and apply your change again", List.of())
                    .withText(m -> m.stale_draft(f.draftVersion, expectedVersion));
        }
        String sha = sha256(body);
        // the stored form is made on the other core while the body is checked
        java.util.concurrent.CompletableFuture<byte[]> stored = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> StoredText.encode(body));
        content(f.type).check(body, sha, mediaType, slug(f.organisationId));
        f.draftStored = stored.join();
        f.draftChars = StoredText.chars(body);
        f.draftSha256 = sha;
        f.draftMediaType = mediaType;
        f.draftVersion++;
        f.draftUpdatedAt = clock.instant();
        f.draftUpdatedBy = actor.username();
        audit.record(actor, "draft.saved", "filing", f.id.toString(), "draft version " + f.draftVersion);
        return view(f);
    }

    /**
     * Submits the draft as a new immutable version: canonical JSON, its SHA-256, the validation report and the
     * policy, in one transaction. A repeated {@code idempotencyKey} returns the version the first request created.
     */
    @Transactional
    public VersionView submit(UUID id, String idempotencyKey) {
        Filing f = readable(id);
        Actor actor = scope.actor();
        scope.requireOperatorWrite(f.organisationId, "filing " + id);
        if (!actor.maySubmit()) {
            throw ProblemException.forbidden(m -> m.forbidden_submit());
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key must be 1 to 200 characters",
                    List.of(FieldError.of("/Idempotency-Key", "1 to 200 characters", "1~200자")));
        }
        em.lock(f, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(f);
        if (idempotencyKey != null) {
            SubmissionKey used = SubmissionKey.find("filingId = ?1 and key = ?2", f.id, idempotencyKey).firstResult();
            if (used != null) {
                return versionView(f, FilingVersion.of(f.id, used.versionNumber));
            }
        }
        if (f.draftMediaType == null) {
            throw ProblemException.conflict("empty-draft", m -> m.empty_draft());
        }
        FilingStatus next = move(f, Move.SUBMIT);
        // the draft's text is read only if the content needs it (a topology parsed when it was saved here does not)
        FilingContent.Frozen frozen = content(f.type).freeze(() -> {
            String draft = queries.draftContent(f.id);
            if (draft == null) {
                throw ProblemException.conflict("empty-draft", m -> m.empty_draft());
            }
            return draft;
        }, f.draftSha256, f.draftMediaType, slug(f.organisationId));
        FilingVersion v = new FilingVersion();
        v.id = UUID.randomUUID();
        v.filingId = f.id;
        v.number = f.latestVersion + 1;
        v.contentSha256 = frozen.canonicalSha256();
        v.submittedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        v.submittedBy = actor.username();
        v.policyId = frozen.policyId();
        v.policyVersion = frozen.policyVersion();
        v.countCritical = frozen.counts().getOrDefault(Severity.CRITICAL, 0);
        v.countHigh = frozen.counts().getOrDefault(Severity.HIGH, 0);
        v.countMedium = frozen.counts().getOrDefault(Severity.MEDIUM, 0);
        v.countLow = frozen.counts().getOrDefault(Severity.LOW, 0);
        v.countInfo = frozen.counts().getOrDefault(Severity.INFO, 0);
        // the finding rows first: PostgreSQL loads them while the content may still be writing the stored report on
        // another thread (the rows come from the findings in memory); then the version row, then the rows' counts, which
        // V44 checks against the version
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        try {
            List<VersionFindings.Row> rows = frozen.findings().rows();
            session.doWork(c -> VersionFindings.storeRows(c, f.id, v.number, f.planYear, v.submittedAt,
                    frozen.findings()::fullJson, rows));
            kr.drregistry.platform.ChunkedBytes report = frozen.storedReport().get();
            session.doWork(c -> insertVersion(c, v, frozen.storedCanonical(), report));
            frozen.kept().keep(v);
            session.doWork(c -> VersionFindings.storeCounts(c, f.id, v.number));
        } finally {
            frozen.discard();
        }
        em.createNativeQuery("update attachment set frozen_in_version = ?1 where filing_id = ?2 and frozen_in_version is null")
                .setParameter(1, v.number).setParameter(2, f.id).executeUpdate();
        f.latestVersion = v.number;
        f.status = next;
        if (idempotencyKey != null) {
            SubmissionKey k = new SubmissionKey();
            k.filingId = f.id;
            k.key = idempotencyKey;
            k.versionNumber = v.number;
            k.createdAt = clock.instant();
            k.persist();
        }
        audit.record(actor, "filing.submitted", "filing", f.id.toString(),
                "version " + v.number + " sha256 " + v.contentSha256 + " policy " + v.policyId + "@" + v.policyVersion);
        submitted.fire(new FilingEvents.Submitted(f.id, v.number));
        return versionView(f, v);
    }

    /**
     * Writes the version row with its content and report in their stored form ({@link StoredText}), as bytes made
     * before (a Java String of a large report would take twice its size in memory, and the driver would encode it again).
     * The entity {@code v} stays unmanaged: a submitted version is never changed.
     */
    private static void insertVersion(java.sql.Connection c, FilingVersion v, ChunkedBytes content, ChunkedBytes report)
            throws java.sql.SQLException {
        try (var ps = c.prepareStatement("insert into filing_version (id, filing_id, number, content, content_sha256, "
                + "submitted_at, submitted_by, policy_id, policy_version, report, count_critical, count_high, count_medium, "
                + "count_low, count_info) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, v.id);
            ps.setObject(2, v.filingId);
            ps.setInt(3, v.number);
            ps.setBinaryStream(4, content.open(), content.size());
            ps.setString(5, v.contentSha256);
            ps.setTimestamp(6, java.sql.Timestamp.from(v.submittedAt));
            ps.setString(7, v.submittedBy);
            ps.setString(8, v.policyId);
            ps.setString(9, v.policyVersion);
            ps.setBinaryStream(10, report.open(), report.size());
            ps.setInt(11, v.countCritical);
            ps.setInt(12, v.countHigh);
            ps.setInt(13, v.countMedium);
            ps.setInt(14, v.countLow);
            ps.setInt(15, v.countInfo);
            ps.executeUpdate();
        }
    }

    /**
     * A reviewer's move (start review, request changes with a due date, accept, reject) on {@code version}, the version
     * the reviewer read. It must still be the latest when the filing is locked: a version submitted meanwhile is a 409
     * ({@code stale-version}) and nothing changes, so no decision ever lands on a version nobody reviewed.
     */
    @Transactional
    public FilingView review(UUID id, int version, Move move, String reason, LocalDate dueDate) {
        Filing f = readable(id);
        Actor actor = scope.actor();
        if (!actor.isRegulator() || !actor.has(Roles.REGULATOR_REVIEWER)) {
            throw ProblemException.forbidden(m -> m.forbidden_review());
        }
        if (move == Move.SUBMIT) {
            throw ProblemException.invalid("submitting is the operator's move", List.of());
        }
        if ((move == Move.REQUEST_CHANGES || move == Move.REJECT) && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("a reason is required", List.of(FieldError.of("/reason", "a reason is required", "사유를 입력하세요")));
        }
        if (move == Move.REQUEST_CHANGES && (dueDate == null || !dueDate.isAfter(kr.drregistry.platform.SystemClock.today(clock)))) {
            throw ProblemException.invalid("a future due date is required",
                    List.of(FieldError.of("/dueDate", "a future due date is required", "미래의 기한이 필요합니다")));
        }
        em.lock(f, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(f);
        requireLatest(f.id, version, f.latestVersion);
        f.status = move(f, move);
        FilingDecision d = new FilingDecision();
        d.id = UUID.randomUUID();
        d.filingId = f.id;
        d.versionNumber = f.latestVersion;
        d.decision = move.name();
        d.reason = reason;
        d.dueDate = dueDate;
        d.decidedBy = actor.username();
        d.decidedAt = clock.instant();
        d.persist();
        audit.record(actor, "review." + move.name().toLowerCase(), "filing", f.id.toString(),
                "version " + f.latestVersion + (reason == null ? "" : ": " + reason));
        decided.fire(new FilingEvents.Decided(f.id, f.latestVersion, move.name(), reason, dueDate));
        return view(f);
    }

    /** A submitted version; a regulator opening it is recorded in the audit trail. */
    @Transactional
    public FilingVersion version(UUID id, int number) {
        return version(id, number, true);
    }

    /**
     * Version {@code number} of filing {@code id} if the actor may read it; {@code recordOpening} false for what a page
     * shows beside a version whose opening that page already recorded (one audit entry per opening, not more).
     */
    public FilingVersion version(UUID id, int number, boolean recordOpening) {
        Filing f = readable(id);
        FilingVersion v = FilingVersion.of(f.id, number);
        if (v == null) {
            throw ProblemException.notFound("version " + number + " of filing " + id);
        }
        Actor actor = scope.actor();
        if (recordOpening && actor.isRegulator()) {
            audit.record(actor, "version.opened", "filing", f.id.toString(), "version " + number);
        }
        return v;
    }

    /** The working draft as its editors see it (never shown to regulators: 404). */
    public record DraftContent(String body, String mediaType, long version, Instant updatedAt, String updatedBy) {
    }

    /** The filing whose draft the caller may read (else 404, as if there were none), in a read-only transaction. */
    private Filing withReadableDraft(UUID id) {
        Filing f = readable(id);
        if (!scope.canReadDrafts(f.organisationId)) {
            throw ProblemException.notFound("draft of filing " + id);
        }
        readOnly();
        return f;
    }

    /**
     * The draft without its text: {@code chars} is the text's length in characters (0 without a draft); {@code sha256}
     * the SHA-256 of its bytes as saved (null without a draft, or for one saved before it was kept).
     */
    public record DraftInfo(String mediaType, long version, Instant updatedAt, String updatedBy, long chars, String sha256) {
    }

    /** What {@link #draft} says of the draft, without reading its text (a big draft is tens of megabytes). */
    @Transactional
    public DraftInfo draftInfo(UUID id) {
        Filing f = withReadableDraft(id);
        Long chars = f.draftMediaType == null ? null : f.draftChars;
        return new DraftInfo(f.draftMediaType, f.draftVersion, f.draftUpdatedAt, f.draftUpdatedBy, chars == null ? 0 : chars,
                f.draftMediaType == null ? null : f.draftSha256);
    }

    @Transactional
    public DraftContent draft(UUID id) {
        Filing f = withReadableDraft(id);
        String body = f.draftMediaType == null ? null : queries.draftContent(f.id);
        return new DraftContent(body, f.draftMediaType, f.draftVersion, f.draftUpdatedAt, f.draftUpdatedBy);
    }

    /**
     * Starts a revision from a submitted version: its content (YAML for topologies, JSON otherwise) becomes the
     * draft. Like a save, it needs the draft version the editor saw, so that unsaved work of others is never lost.
     */
    @Transactional
    public FilingView revise(UUID id, int fromVersion, Long expectedDraftVersion) {
        Filing f = readable(id);
        scope.requireOperatorWrite(f.organisationId, "filing " + id);
        FilingVersion v = FilingVersion.of(f.id, fromVersion);
        if (v == null) {
            throw ProblemException.notFound("version " + fromVersion + " of filing " + id);
        }
        boolean yaml = f.type == FilingType.TOPOLOGY;
        String body = content(f.type).render(v.content, yaml);
        FilingView saved = saveDraft(id, body.getBytes(StandardCharsets.UTF_8), yaml ? "application/yaml" : "application/json",
                expectedDraftVersion);
        audit.record(scope.actor(), "draft.revised", "filing", f.id.toString(), "draft started from version " + fromVersion);
        return saved;
    }

    /** A version's content as JSON or YAML, with its SHA-256. */
    public record Rendered(String body, String sha256) {
    }

    @Transactional
    public Rendered content(UUID id, int number, boolean yaml) {
        Filing f = readable(id);
        FilingVersion v = version(id, number);
        return new Rendered(content(f.type).render(v.content, yaml), v.contentSha256);
    }

    /**
     * The report frozen with a version, as stored (the full JSON, or a content's own form of it), given to
     * {@code reader} as its UTF-8 bytes, or null when the version has none, after the access check of
     * {@link #version(UUID, int)}: a 100,000-component report is read by a streaming parser instead of being turned
     * into one string.
     */
    @Transactional
    public <T> T readReport(UUID id, int number, java.util.function.Function<java.io.InputStream, T> reader) {
        FilingVersion v = version(id, number);
        java.util.List<T> out = new java.util.ArrayList<>(1);
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (var ps = c.prepareStatement("select report from filing_version where filing_id = ? and number = ?")) {
                ps.setObject(1, v.filingId);
                ps.setInt(2, v.number);
                try (var rs = ps.executeQuery()) {
                    java.io.InputStream in = rs.next() ? rs.getBinaryStream(1) : null;
                    out.add(in == null ? null : reader.apply(StoredText.decoding(in)));
                }
            }
        });
        return out.get(0);
    }

    /** The filing if the actor may see it; 404 otherwise (also for regulators on never-submitted drafts). */
    public Filing readable(UUID id) {
        Filing f = Filing.findById(id);
        if (f == null) {
            throw ProblemException.notFound("filing " + id);
        }
        requireReadable(id, f.organisationId, f.latestVersion);
        return f;
    }

    /** Operators see their own organisation's filings; regulators see filings once something was submitted. */
    private void requireReadable(UUID id, UUID organisationId, int latestVersion) {
        scope.requireReadableFiling(organisationId, latestVersion, "filing " + id);
    }

    /**
     * Passes when {@code version} is the filing's latest version. An older one means a newer version arrived since the
     * reviewer read it: 409 naming the newer version. One that was never submitted is invalid input.
     */
    public static void requireLatest(UUID id, int version, int latest) {
        if (version == latest) {
            return;
        }
        if (version < 1 || version > latest) {
            throw ProblemException.invalid("version " + version + " of filing " + id + " was never submitted",
                    List.of(FieldError.of("/version", "no version " + version + "; the latest version is " + latest,
                            "제출 버전 " + Josa.attach(version, "은/는") + " 없습니다. 최신 제출 버전은 " + latest + "입니다")));
        }
        throw new ProblemException(409, "stale-version", "그사이 새 제출 버전이 들어왔습니다", "A newer version arrived",
                "you decided on version " + version + ", but version " + latest
                        + " was submitted since; nothing was decided: read version " + latest + " and decide on it",
                List.of(new FieldError("/version", "stale", "version " + version + " was superseded by version " + latest
                        + " while you were reviewing; nothing was decided. Review version " + latest + " and decide on it.",
                        "검토하던 제출 버전 " + version + " 뒤에 제출 버전 " + Josa.attach(latest, "이/가") + " 들어와 아무것도 결정되지 않았습니다. 제출 버전 "
                                + Josa.attach(latest, "을/를") + " 검토하고 결정하세요.", null, null)))
                .withText(m -> m.stale_version(version, latest));
    }

    private static FilingStatus move(Filing f, Move move) {
        try {
            return f.status.after(move);
        } catch (FilingStatus.IllegalTransition e) {
            throw ProblemException.conflict("illegal-transition", m -> m.illegal_transition(f.status.name(), move.name()));
        }
    }

    private static void validateNew(FilingType type, Integer planYear, String title) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (type == null) {
            errors.add(FieldError.of("/type", "type is one of TOPOLOGY, PLAN, INCIDENT", "유형은 TOPOLOGY, PLAN, INCIDENT 중 하나입니다"));
        }
        if (type != FilingType.INCIDENT && (planYear == null || planYear < 2000 || planYear > 2100)) {
            errors.add(FieldError.of("/planYear", "a plan year between 2000 and 2100 is required", "계획 연도(2000~2100)가 필요합니다"));
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            errors.add(FieldError.of("/title", "a title of 1 to 200 characters is required", "1~200자의 제목이 필요합니다"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("the filing is incomplete", errors);
        }
    }

    FilingView view(Filing f) {
        List<VersionView> versions = em.createQuery("select new kr.drregistry.filing.FilingViews$VersionView(v.filingId, "
                        + "v.number, v.contentSha256, v.submittedAt, v.submittedBy, v.policyId, v.policyVersion, v.countCritical, "
                        + "v.countHigh, v.countMedium, v.countLow, v.countInfo) from FilingVersion v where v.filingId = :id order by v.number",
                VersionView.class).setParameter("id", f.id).getResultList();
        List<FilingViews.DecisionView> decisions = FilingDecision.<FilingDecision>list("filingId = ?1 order by decidedAt", f.id)
                .stream().map(d -> new FilingViews.DecisionView(d.versionNumber, d.decision, d.reason, d.dueDate, d.decidedBy, d.decidedAt))
                .toList();
        return visible(new FilingView(f.id, slug(f.organisationId), f.type, f.planYear, f.title, f.status, f.latestVersion,
                new FilingViews.DraftView(f.draftMediaType != null, f.draftVersion, f.draftMediaType, f.draftUpdatedAt, f.draftUpdatedBy),
                versions, decisions, f.createdAt, f.createdBy), f.organisationId);
    }

    /** The view as the actor may see it: whether a draft exists, and who works on it, only for the organisation's own. */
    private FilingView visible(FilingView v, UUID organisationId) {
        if (scope.canReadDrafts(organisationId)) {
            return v;
        }
        return new FilingView(v.id(), v.organisation(), v.type(), v.planYear(), v.title(), v.status(), v.latestVersion(),
                NO_DRAFT, v.versions(), v.decisions(), v.createdAt(), v.createdBy());
    }

    private static final FilingViews.DraftView NO_DRAFT = new FilingViews.DraftView(false, 0, null, null, null);

    public static VersionView versionView(Filing f, FilingVersion v) {
        return new VersionView(f.id, v.number, v.contentSha256, v.submittedAt, v.submittedBy,
                new FilingViews.PolicyRef(v.policyId, v.policyVersion),
                new FilingViews.Counts(v.countCritical, v.countHigh, v.countMedium, v.countLow, v.countInfo));
    }

    public static String sha256(String canonical) {
        return sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    /** A new SHA-256 digest (the hash of drafts and versions). */
    public static java.security.MessageDigest sha256Digest() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
