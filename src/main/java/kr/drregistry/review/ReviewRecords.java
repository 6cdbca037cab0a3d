package kr.drregistry.review;

import kr.drregistry.filing.Filing;
import kr.drregistry.filing.FilingEvents;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.Roles;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;
import kr.drregistry.topology.api.ReportView;

/**
 * What reviewers record on a submitted version beside their decisions: a disposition per finding (confirmed,
 * accepted risk with a justification, false positive) and comments on the version, its sections and its findings.
 * Both are append-only and audited. The operator of the filing reads all of it and may answer comments; only
 * regulator reviewers dispose findings.
 */
@ApplicationScoped
public class ReviewRecords {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    public static final Set<String> DISPOSITIONS = Set.of("CONFIRMED", "ACCEPTED_RISK", "FALSE_POSITIVE");
    public static final Set<String> ANCHORS = Set.of("filing", "section", "finding");

    @Inject
    jakarta.enterprise.event.Event<FilingEvents.Disposed> disposed;
    @Inject
    FilingService filings;
    @Inject
    FilingQueries filingQueries;
    @Inject
    TenantScope scope;
    @Inject
    AuditTrail audit;
    @Inject
    ObjectMapper json;

    public record DispositionView(int version, String findingKey, String rule, String disposition, String justification,
                                  String decidedBy, Instant decidedAt) implements CarryOver.Disposed {
    }

    public record CommentView(UUID id, int version, String anchorKind, String anchor, String body, String author,
                              boolean regulator, Instant createdAt) {
    }

    /**
     * The review record of a version: the disposition made on it in force per finding key ({@code current}), every
     * disposition made on it (oldest first), and the comments (oldest first). {@code carried} are dispositions of
     * earlier versions still in force because the same finding is still there; {@code resolved} those whose finding
     * is gone (see {@link CarryOver}); {@code earlier} every disposition of earlier versions, oldest first.
     */
    public record ReviewRecord(UUID filingId, int version, Map<String, DispositionView> current,
                               List<DispositionView> history, List<CommentView> comments,
                               Map<String, DispositionView> carried, List<CarryOver.Resolved<DispositionView>> resolved,
                               List<DispositionView> earlier) {
        /** The disposition in force for a finding of this version: its own, else one carried over (null if none). */
        public DispositionView of(String findingKey) {
            DispositionView d = current.get(findingKey);
            return d != null ? d : carried.get(findingKey);
        }

        /** Every disposition of this finding key on this and earlier versions, oldest first. */
        public List<DispositionView> historyOf(String findingKey) {
            List<DispositionView> all = new java.util.ArrayList<>();
            earlier.stream().filter(d -> d.findingKey().equals(findingKey)).forEach(all::add);
            history.stream().filter(d -> d.findingKey().equals(findingKey)).forEach(all::add);
            return all;
        }

        /** Comments anchored to one finding or section. */
        public List<CommentView> on(String anchorKind, String anchor) {
            return comments.stream().filter(c -> c.anchorKind().equals(anchorKind) && anchor.equals(c.anchor())).toList();
        }

        public List<CommentView> general() {
            return comments.stream().filter(c -> c.anchorKind().equals("filing")).toList();
        }
    }

    @Transactional
    public ReviewRecord record(UUID filingId, int version) {
        Filing f = filings.readable(filingId);
        FilingVersion v = requireVersion(f, version);
        List<DispositionView> all = FindingDisposition.<FindingDisposition>list(
                        "filingId = ?1 and versionNumber <= ?2 order by decidedAt, id", f.id, version).stream()
                .map(d -> new DispositionView(d.versionNumber, d.findingKey, d.rule, d.disposition, d.justification,
                        d.decidedBy, d.decidedAt)).toList();
        List<DispositionView> history = all.stream().filter(d -> d.version() == version).toList();
        List<DispositionView> earlier = all.stream().filter(d -> d.version() < version).toList();
        Map<String, DispositionView> current = new LinkedHashMap<>();
        history.forEach(d -> current.put(d.findingKey(), d));
        CarryOver.Result<DispositionView> carry = earlier.isEmpty()
                ? new CarryOver.Result<>(Map.of(), Map.of(), List.of())
                : CarryOver.of(version, findings(v).keySet(), all, n -> java.util.Optional.ofNullable(
                        filingQueries.version(f.id, n)).map(x -> findings(x).keySet()).orElse(null));
        List<CommentView> comments = ReviewComment.<ReviewComment>list(
                        "filingId = ?1 and versionNumber = ?2 order by createdAt, id", f.id, version).stream()
                .map(c -> new CommentView(c.id, c.versionNumber, c.anchorKind, c.anchor, c.body, c.author, c.authorIsRegulator,
                        c.createdAt)).toList();
        return new ReviewRecord(f.id, version, Map.copyOf(current), history, comments, Map.copyOf(carry.carried()),
                carry.resolved(), earlier);
    }

    /** Every comment on every version of a filing, newest first (the filing page's feedback timeline). */
    @Transactional
    public List<CommentView> comments(UUID filingId) {
        Filing f = filings.readable(filingId);
        return ReviewComment.<ReviewComment>list("filingId = ?1 order by createdAt desc, id", f.id).stream()
                .map(c -> new CommentView(c.id, c.versionNumber, c.anchorKind, c.anchor, c.body, c.author, c.authorIsRegulator,
                        c.createdAt)).toList();
    }

    /** How many findings of each version carry each disposition (in force), by version number. */
    @Transactional
    public Map<Integer, Map<String, Integer>> dispositionCounts(UUID filingId) {
        Filing f = filings.readable(filingId);
        Map<Integer, Map<String, String>> latest = new java.util.TreeMap<>();
        for (FindingDisposition d : FindingDisposition.<FindingDisposition>list("filingId = ?1 order by decidedAt, id", f.id)) {
            latest.computeIfAbsent(d.versionNumber, k -> new LinkedHashMap<>()).put(d.findingKey, d.disposition);
        }
        Map<Integer, Map<String, Integer>> counts = new java.util.TreeMap<>();
        latest.forEach((v, byKey) -> byKey.values().forEach(d -> counts.computeIfAbsent(v, k -> new java.util.TreeMap<>()).merge(d, 1, Integer::sum)));
        return counts;
    }

    /** A reviewer disposes one finding of a version; the finding must be in that version's frozen report. */
    @Transactional
    public DispositionView dispose(UUID filingId, int version, String findingKey, String disposition, String justification) {
        Filing f = filings.readable(filingId);
        Actor actor = scope.actor();
        if (!actor.isRegulator() || !actor.has(Roles.REGULATOR_REVIEWER)) {
            throw ProblemException.forbidden(m -> m.forbidden_dispose());
        }
        FilingVersion v = requireVersion(f, version);
        String d = disposition == null ? null : disposition.strip().toUpperCase(java.util.Locale.ROOT);
        if (d == null || !DISPOSITIONS.contains(d)) {
            throw ProblemException.invalid("disposition is one of CONFIRMED, ACCEPTED_RISK, FALSE_POSITIVE",
                    List.of(FieldError.of("/disposition", "one of CONFIRMED, ACCEPTED_RISK, FALSE_POSITIVE",
                            "CONFIRMED(확인), ACCEPTED_RISK(위험 수용), FALSE_POSITIVE(오탐) 중 하나입니다")));
        }
        String why = justification == null || justification.isBlank() ? null : justification.strip();
        if ("ACCEPTED_RISK".equals(d) && why == null) {
            throw ProblemException.invalid("accepting a risk needs a justification",
                    List.of(FieldError.of("/justification", "accepting a risk needs a justification", "위험 수용에는 근거가 필요합니다")));
        }
        if (why != null && why.length() > 10_000) {
            throw ProblemException.invalid("the justification is too long",
                    List.of(FieldError.of("/justification", "at most 10,000 characters", "10,000자 이하로 쓰세요")));
        }
        ReportView.FindingView finding = findings(v).get(findingKey);
        if (finding == null) {
            throw ProblemException.invalid("no such finding in version " + version,
                    List.of(FieldError.of("/findingKey", "not a finding of this version: " + findingKey,
                            "이 제출 버전의 발견사항이 아닙니다: " + findingKey)));
        }
        FindingDisposition row = new FindingDisposition();
        row.id = UUID.randomUUID();
        row.filingId = f.id;
        row.versionNumber = version;
        row.findingKey = findingKey;
        row.rule = finding.rule();
        row.disposition = d;
        row.justification = why;
        row.decidedBy = actor.username();
        row.decidedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        row.persist();
        audit.record(actor, "finding.disposed", "filing", f.id.toString(),
                "version " + version + " " + findingKey + " " + d + (why == null ? "" : ": " + why));
        disposed.fire(new FilingEvents.Disposed(f.id, version));
        return new DispositionView(version, findingKey, row.rule, d, why, row.decidedBy, row.decidedAt);
    }

    /**
     * A comment on the version ({@code filing}), a section ({@code section}, e.g. {@code officer} or {@code services})
     * or a finding ({@code finding}, its key). Reviewers comment; the filing's operators may answer.
     */
    @Transactional
    public CommentView comment(UUID filingId, int version, String anchorKind, String anchor, String body) {
        Filing f = filings.readable(filingId);
        Actor actor = scope.actor();
        boolean regulator = actor.isRegulator() && actor.has(Roles.REGULATOR_REVIEWER);
        if (!regulator) {
            scope.requireOperatorWrite(f.organisationId, "filing " + filingId);
        }
        FilingVersion v = requireVersion(f, version);
        String kind = anchorKind == null ? "filing" : anchorKind.strip();
        if (!ANCHORS.contains(kind)) {
            throw ProblemException.invalid("anchorKind is one of filing, section, finding",
                    List.of(FieldError.of("/anchorKind", "one of filing, section, finding", "filing, section, finding 중 하나입니다")));
        }
        String at = anchor == null || anchor.isBlank() ? null : anchor.strip();
        if (!kind.equals("filing") && (at == null || at.length() > 600)) {
            throw ProblemException.invalid("a section or finding comment names what it is about",
                    List.of(FieldError.of("/anchor", "name the section or finding (at most 600 characters)", "대상 항목이나 발견사항을 지정하세요")));
        }
        if (kind.equals("finding") && !findings(v).containsKey(at)) {
            throw ProblemException.invalid("no such finding in version " + version,
                    List.of(FieldError.of("/anchor", "not a finding of this version: " + at, "이 제출 버전의 발견사항이 아닙니다: " + at)));
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 10_000) {
            throw ProblemException.invalid("a comment has 1 to 10,000 characters",
                    List.of(FieldError.of("/body", "write 1 to 10,000 characters", "1~10,000자로 쓰세요")));
        }
        ReviewComment c = new ReviewComment();
        c.id = UUID.randomUUID();
        c.filingId = f.id;
        c.versionNumber = version;
        c.anchorKind = kind;
        c.anchor = kind.equals("filing") ? null : at;
        c.body = text;
        c.author = actor.username();
        c.authorIsRegulator = regulator;
        c.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        c.persist();
        audit.record(actor, "review.commented", "filing", f.id.toString(),
                "version " + version + " " + kind + (c.anchor == null ? "" : " " + c.anchor));
        return new CommentView(c.id, version, kind, c.anchor, text, c.author, regulator, c.createdAt);
    }

    private FilingVersion requireVersion(Filing f, int version) {
        FilingVersion v = filingQueries.version(f.id, version);
        if (v == null) {
            throw ProblemException.notFound("version " + version + " of filing " + f.id);
        }
        return v;
    }

    /** The findings frozen with a version, by key. */
    Map<String, ReportView.FindingView> findings(FilingVersion v) {
        Map<String, ReportView.FindingView> byKey = new LinkedHashMap<>();
        try {
            kr.drregistry.topology.api.StoredReport.read(json, v.report).findings().forEach(f -> byKey.putIfAbsent(f.key(), f));
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalStateException("the report of version " + v.number + " of filing " + v.filingId + " is unreadable", e);
        }
        return byKey;
    }
}
