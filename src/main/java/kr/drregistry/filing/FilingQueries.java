package kr.drregistry.filing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Every read of the {@code filing} and {@code filing_version} tables, as named questions (the house's "queries as
 * named finders"): a feature asks "the latest submitted topology of each organisation" and gets filing-owned entities
 * or the small records below, never SQL. What a feature makes of the answer — parsing a topology, computing coverage,
 * a review clock — stays in the feature. Writes stay with {@link FilingService}. ArchitectureTest keeps it so: no class
 * outside this package calls the static finders of {@link Filing} or {@link FilingVersion} or names their tables.
 */
@ApplicationScoped
public class FilingQueries {
    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    // ---- one filing, one version -------------------------------------------------------------------------------

    /** The filing {@code id} (managed, so a caller in a transaction may change it), or null when there is none. */
    public Filing filing(UUID id) {
        return Filing.findById(id);
    }

    /** Version {@code number} of filing {@code filingId}, or null when it has none. */
    public FilingVersion version(UUID filingId, int number) {
        return FilingVersion.of(filingId, number);
    }

    /** Every submitted version of a filing, by number. */
    public Map<Integer, FilingVersion> versionsByNumber(UUID filingId) {
        return FilingVersion.<FilingVersion>list("filingId = ?1", filingId).stream()
                .collect(Collectors.toMap(v -> v.number, Function.identity()));
    }

    /** The canonical content of version {@code number} of a filing alone (not the entity); empty when there is none. */
    public Optional<String> versionContent(UUID filingId, int number) {
        return em.createQuery("select v.content from FilingVersion v where v.filingId = :f and v.number = :n", String.class)
                .setParameter("f", filingId).setParameter("n", number).getResultList().stream().findFirst();
    }

    /** The draft text of an existing filing, read alone (it is a lazy column); null when it has no draft. */
    public String draftContent(UUID filingId) {
        return kr.drregistry.platform.StoredText.decode(em.createQuery("select f.draftStored from Filing f where f.id = :id",
                byte[].class).setParameter("id", filingId).getSingleResult());
    }

    /** A filing as another page names it: its title, type, plan year, organisation and latest submitted version. */
    public record FilingName(UUID id, UUID organisationId, FilingType type, Integer planYear, String title, int latestVersion) {
    }

    /** The names of these filings (those that exist), in one query. */
    public Map<UUID, FilingName> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select f.id, f.organisationId, f.type, f.planYear, f.title, f.latestVersion from Filing f "
                        + "where f.id in :ids", Object[].class).setParameter("ids", ids).getResultList().stream()
                .map(r -> new FilingName((UUID) r[0], (UUID) r[1], (FilingType) r[2], (Integer) r[3], (String) r[4], (Integer) r[5]))
                .collect(Collectors.toMap(FilingName::id, Function.identity()));
    }

    /** The ids of every filing of the organisation, drafts included. */
    public List<UUID> idsOf(UUID organisationId) {
        return em.createQuery("select f.id from Filing f where f.organisationId = :o", UUID.class)
                .setParameter("o", organisationId).getResultList();
    }

    // ---- lists of filings -------------------------------------------------------------------------------------------

    /** The organisation's filings of one type, drafts included, newest first. */
    public List<Filing> filingsOf(UUID organisationId, FilingType type) {
        return Filing.list("organisationId = ?1 and type = ?2 order by createdAt desc", organisationId, type);
    }

    /** Every filing of one type with a submitted version, across organisations, newest first. */
    public List<Filing> submitted(FilingType type) {
        return Filing.list("type = ?1 and latestVersion > 0 order by createdAt desc", type);
    }

    /** Every filing of one type the regulator has not accepted (drafts included), across organisations. */
    public List<Filing> notAccepted(FilingType type) {
        return Filing.list("type = ?1 and status <> ?2", type, FilingStatus.ACCEPTED);
    }

    /** Whether any of these organisations (by slug) has a filing at all, drafts included. */
    public boolean anyFiledBy(Collection<String> organisationSlugs) {
        return ((Number) em.createNativeQuery("select count(*) from filing f join organisation o on o.id = f.organisation_id "
                + "where o.slug in (?1)").setParameter(1, organisationSlugs).getSingleResult()).longValue() > 0;
    }

    // ---- latest versions -------------------------------------------------------------------------------------------

    /** A submitted version, named. */
    public record VersionRef(UUID filingId, int number) {
    }

    /** The organisation's most recently submitted version among its filings of one type, if any. */
    public Optional<VersionRef> latestSubmitted(UUID organisationId, FilingType type) {
        List<Object[]> latest = em.createQuery("""
                select v.filingId, v.number from FilingVersion v
                where v.filingId in (select f.id from Filing f where f.organisationId = :org and f.type = :type)
                order by v.submittedAt desc""", Object[].class)
                .setParameter("org", organisationId).setParameter("type", type).setMaxResults(1).getResultList();
        return latest.stream().findFirst().map(r -> new VersionRef((UUID) r[0], (Integer) r[1]));
    }

    /** The most recently submitted version of one organisation's filings of one type. */
    public record OrganisationVersion(UUID organisationId, UUID filingId, int number, Instant submittedAt) {
    }

    /**
     * For each organisation, its most recently submitted version among its filings of one type, ordered by
     * organisation id (DISTINCT ON: one pass, not a subquery per version).
     */
    public List<OrganisationVersion> latestSubmittedOfEachOrganisation(FilingType type) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct on (f.organisation_id) f.organisation_id, v.filing_id, v.number, v.submitted_at
                  from filing f join filing_version v on v.filing_id = f.id
                 where f.type = ?1
                 order by f.organisation_id, v.submitted_at desc""").setParameter(1, type.name()).getResultList();
        return rows.stream().map(r -> new OrganisationVersion((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(),
                instant(r[3]))).toList();
    }

    /** The latest version of a filing with its content. */
    public record LatestContent(UUID filingId, UUID organisationId, String title, String content) {
    }

    /** Every filing of one type with a submitted version, with its latest version's content. */
    public List<LatestContent> latestContents(FilingType type) {
        return em.createQuery("""
                select f.id, f.organisationId, f.title, v.content from Filing f, FilingVersion v
                where v.filingId = f.id and v.number = f.latestVersion and f.type = :type and f.latestVersion > 0""", Object[].class)
                .setParameter("type", type).getResultList().stream()
                .map(r -> new LatestContent((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** A version the regulator accepted, with its content. */
    public record AcceptedVersion(UUID filingId, int number, String content) {
    }

    /**
     * The version most recently accepted (by decision time) among the filings of one type of the organisation with
     * slug {@code organisationSlug}; empty when nothing was accepted.
     */
    public Optional<AcceptedVersion> latestAccepted(String organisationSlug, FilingType type) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select v.content, f.id, v.number
                  from filing_decision d
                  join filing f on f.id = d.filing_id
                  join organisation o on o.id = f.organisation_id
                  join filing_version v on v.filing_id = f.id and v.number = d.version_number
                 where o.slug = ?1 and f.type = ?2 and d.decision = 'ACCEPT'
                 order by d.decided_at desc
                 limit 1""").setParameter(1, organisationSlug).setParameter(2, type.name()).getResultList();
        return rows.stream().findFirst().map(r -> new AcceptedVersion((UUID) r[1], ((Number) r[2]).intValue(),
                kr.drregistry.platform.StoredText.decode((byte[]) r[0])));
    }

    /** The current filing of one type of an organisation: its latest plan year, then its newest. */
    public record CurrentFiling(UUID filingId, int latestVersion, FilingStatus status, String organisationSlug,
                                String organisationNameKo) {
    }

    /**
     * Each organisation's current submitted filing of one type (the one of the latest plan year, then the newest),
     * ordered by organisation id.
     */
    public List<CurrentFiling> currentSubmittedOfEachOrganisation(FilingType type) {
        List<CurrentFiling> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select distinct on (f.organisation_id) f.id, f.latest_version, f.status, o.slug, o.name_ko
                  from filing f join organisation o on o.id = f.organisation_id
                 where f.type = ? and f.latest_version > 0
                 order by f.organisation_id, f.plan_year desc, f.created_at desc""")) {
            ps.setString(1, type.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CurrentFiling(rs.getObject(1, UUID.class), rs.getInt(2), FilingStatus.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read each organisation's current " + type + " filing", e);
        }
        return out;
    }

    // ---- change requests ---------------------------------------------------------------------------------------

    /** A filing whose latest change request falls due on {@code dueDate}. */
    public record ChangesDue(UUID filingId, LocalDate dueDate) {
    }

    /** The filings awaiting changes whose latest change request falls due between two days (both included). */
    @SuppressWarnings("unchecked")
    public List<ChangesDue> changesDueBetween(LocalDate from, LocalDate to) {
        List<Object[]> due = em.createNativeQuery("""
                select f.id, d.due_date from filing f
                  join lateral (select due_date from filing_decision x where x.filing_id = f.id and x.decision = 'REQUEST_CHANGES'
                                 order by x.decided_at desc limit 1) d on true
                 where f.status = ?1 and d.due_date between ?2 and ?3
                """).setParameter(1, FilingStatus.CHANGES_REQUESTED.name()).setParameter(2, from).setParameter(3, to)
                .getResultList();
        return due.stream().map(r -> new ChangesDue((UUID) r[0],
                r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1])).toList();
    }

    // ---- the review queue --------------------------------------------------------------------------------------

    /** How the queue is ordered (each then by submission time, then by id). */
    public enum QueueOrder {
        SUBMITTED, OPERATOR, CRITICAL, STATUS, TYPE
    }

    /**
     * Which submitted filings the queue shows; null fields do not filter. {@code operator}: a slug, or part of the
     * Korean or English name; {@code unassigned}: only filings assigned to nobody (then {@code assignedTo} is ignored).
     */
    public record QueueCriteria(FilingStatus status, FilingType type, String operator, boolean unassigned, String assignedTo,
                                Integer minCritical, QueueOrder order, boolean descending, int limit, long offset) {
    }

    /** A submitted filing in the queue: its latest version's figures and the decision that stopped its clock. */
    public record QueuedFiling(UUID id, String operatorSlug, String operatorKo, String operatorEn, FilingType type,
                               Integer planYear, String title, FilingStatus status, int version, Instant submittedAt,
                               int critical, int high, int medium, int low, String assignedTo,
                               Instant decidedAt, LocalDate changesDue) {
    }

    /** One page of the queue and how many filings match in all. */
    public record QueuePage(List<QueuedFiling> rows, long total) {
    }

    private static final String QUEUE_FROM = """
              from filing f
              join organisation o on o.id = f.organisation_id
              join filing_version v on v.filing_id = f.id and v.number = f.latest_version
             where f.latest_version > 0
            """;

    /**
     * The filings with a submitted version that match, one page of them, filtered, sorted and paginated in SQL (one
     * query for the page, one for the count), so thousands of filings cost the same as ten. {@code decidedAt}: the
     * latest decision on the latest version; {@code changesDue}: the due date of the latest change request, for a
     * filing awaiting changes.
     */
    public QueuePage queue(QueueCriteria q) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (q.status() != null) {
            where.append(" and f.status = ?");
            params.add(q.status().name());
        }
        if (q.type() != null) {
            where.append(" and f.type = ?");
            params.add(q.type().name());
        }
        if (q.operator() != null && !q.operator().isBlank()) {
            where.append(" and (o.slug = ? or o.name_ko ilike ? or o.name_en ilike ?)");
            String like = "%" + q.operator().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(q.operator().strip());
            params.add(like);
            params.add(like);
        }
        if (q.unassigned()) {
            where.append(" and f.assigned_to is null");
        } else if (q.assignedTo() != null) {
            where.append(" and f.assigned_to = ?");
            params.add(q.assignedTo());
        }
        if (q.minCritical() != null && q.minCritical() > 0) {
            where.append(" and v.count_critical >= ?");
            params.add(q.minCritical());
        }
        String dir = q.descending() ? " desc" : " asc";
        String order = switch (q.order() == null ? QueueOrder.SUBMITTED : q.order()) {
            case OPERATOR -> "o.slug" + dir + ", v.submitted_at";
            case CRITICAL -> "v.count_critical" + dir + ", v.count_high" + dir + ", v.submitted_at";
            case STATUS -> "f.status" + dir + ", v.submitted_at";
            case TYPE -> "f.type" + dir + ", v.submitted_at";
            case SUBMITTED -> "v.submitted_at" + dir;
        };
        String select = """
                select f.id, o.slug, o.name_ko, o.name_en, f.type, f.plan_year, f.title, f.status, f.latest_version,
                       v.submitted_at, v.count_critical, v.count_high, v.count_medium, v.count_low, f.assigned_to,
                       (select d.decided_at from filing_decision d where d.filing_id = f.id and d.version_number = f.latest_version
                           and d.decision in ('ACCEPT', 'REJECT', 'REQUEST_CHANGES') order by d.decided_at desc limit 1) as decided_at,
                       case when f.status = 'CHANGES_REQUESTED' then
                           (select d.due_date from filing_decision d where d.filing_id = f.id and d.decision = 'REQUEST_CHANGES'
                               order by d.decided_at desc limit 1) end as due_date
                """ + QUEUE_FROM + where + " order by " + order + ", f.id limit ? offset ?";
        List<QueuedFiling> rows = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(select)) {
                int i = bind(ps, params);
                ps.setInt(i++, q.limit());
                ps.setLong(i, q.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp decided = rs.getTimestamp("decided_at");
                        java.sql.Date due = rs.getDate("due_date");
                        rows.add(new QueuedFiling(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name_ko"),
                                rs.getString("name_en"), FilingType.valueOf(rs.getString("type")), (Integer) rs.getObject("plan_year"),
                                rs.getString("title"), FilingStatus.valueOf(rs.getString("status")), rs.getInt("latest_version"),
                                rs.getTimestamp("submitted_at").toInstant(), rs.getInt("count_critical"), rs.getInt("count_high"),
                                rs.getInt("count_medium"), rs.getInt("count_low"), rs.getString("assigned_to"),
                                decided == null ? null : decided.toInstant(), due == null ? null : due.toLocalDate()));
                    }
                }
            }
            // without an operator or severity filter the count needs neither join (one index, not three tables)
            String countFrom = where.indexOf("o.") >= 0 || where.indexOf("v.") >= 0 ? QUEUE_FROM
                    : " from filing f where f.latest_version > 0 ";
            try (PreparedStatement ps = c.prepareStatement("select count(*) " + countFrom + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the review queue", e);
        }
        return new QueuePage(rows, total);
    }

    // ---- sector-wide counts ------------------------------------------------------------------------------------

    /** How many filings (incidents left out) with a submitted version are in each plan year and status. */
    public record YearStatusCount(int planYear, FilingStatus status, long n) {
    }

    /** {@link YearStatusCount}s of the whole sector, in no particular order (a filing without plan year counts as 0). */
    public List<YearStatusCount> submittedPlanFilingsByYearAndStatus() {
        List<YearStatusCount> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select f.plan_year, f.status, count(*) as n
                  from filing f
                 where f.latest_version > 0 and f.type <> 'INCIDENT'
                 group by 1, 2""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new YearStatusCount(rs.getInt(1), FilingStatus.valueOf(rs.getString(2)), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the filings", e);
        }
        return out;
    }

    /** How many findings of a rule and severity the latest versions of one plan year's filings have. */
    public record FindingCount(int planYear, String rule, String severity, long n) {
    }

    /** {@link FindingCount}s over the latest version of every submitted filing, in no particular order. */
    public List<FindingCount> findingsOfLatestVersionsByYear() {
        List<FindingCount> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select f.plan_year, c.rule, c.severity, sum(c.n) as n
                  from filing f
                  join version_finding_count c on c.filing_id = f.id and c.version_number = f.latest_version
                 where f.latest_version > 0
                 group by 1, 2, 3""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FindingCount(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the findings", e);
        }
        return out;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a point in time: " + o.getClass());
    }
}
