package kr.drregistry.filing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.filing.FilingViews.DecisionView;
import kr.drregistry.filing.FilingViews.DraftView;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.filing.FilingViews.VersionView;

/**
 * The hot read of a filing — its state, version summaries and decisions — in one SQL round trip, without an
 * entity graph or a JTA transaction (the API's most frequent call). Whether the actor may see the row is still
 * decided by {@link FilingService} through the tenancy scope.
 */
@ApplicationScoped
class FilingReads {
    private static final String SQL = """
            select f.organisation_id, o.slug, f.type, f.plan_year, f.title, f.status, f.latest_version,
                   f.draft_media_type, f.draft_version, f.draft_updated_at, f.draft_updated_by, f.created_at, f.created_by,
                   (select coalesce(json_agg(json_build_object('filingId', v.filing_id, 'number', v.number,
                           'sha256', v.content_sha256, 'submittedAt', v.submitted_at, 'submittedBy', v.submitted_by,
                           'policy', json_build_object('id', v.policy_id, 'version', v.policy_version),
                           'findings', json_build_object('critical', v.count_critical, 'high', v.count_high,
                               'medium', v.count_medium, 'low', v.count_low, 'info', v.count_info)) order by v.number), '[]')
                      from filing_version v where v.filing_id = f.id) as versions,
                   (select coalesce(json_agg(json_build_object('version', d.version_number, 'decision', d.decision,
                           'reason', d.reason, 'dueDate', d.due_date, 'decidedBy', d.decided_by, 'decidedAt', d.decided_at)
                           order by d.decided_at), '[]')
                      from filing_decision d where d.filing_id = f.id) as decisions
              from filing f join organisation o on o.id = f.organisation_id
             where f.id = ?
            """;
    private static final TypeReference<List<VersionView>> VERSIONS = new TypeReference<>() { };
    private static final TypeReference<List<DecisionView>> DECISIONS = new TypeReference<>() { };

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    /** The filing as the API shows it, with its organisation id; null when there is no such filing. */
    Row find(UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                FilingView view = new FilingView(id, rs.getString("slug"), FilingType.valueOf(rs.getString("type")),
                        (Integer) rs.getObject("plan_year"), rs.getString("title"), FilingStatus.valueOf(rs.getString("status")),
                        rs.getInt("latest_version"),
                        new DraftView(rs.getString("draft_media_type") != null, rs.getLong("draft_version"),
                                rs.getString("draft_media_type"), instant(rs.getTimestamp("draft_updated_at")),
                                rs.getString("draft_updated_by")),
                        json.readValue(rs.getString("versions"), VERSIONS), json.readValue(rs.getString("decisions"), DECISIONS),
                        instant(rs.getTimestamp("created_at")), rs.getString("created_by"));
                return new Row(rs.getObject("organisation_id", UUID.class), view);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not read filing " + id, e);
        }
    }

    /** A filing's view and the organisation that owns it. */
    record Row(UUID organisationId, FilingView view) {
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
