package kr.drregistry.topology.api;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The stored {@link ReportDigest} of each submitted topology version ({@code version_report_digest}, V35): written
 * once with the version, read by the pages that list a version's findings. Versions frozen before V35 have none; their
 * pages read the full report as before. Access checks are the caller's (it has read the version already).
 */
@ApplicationScoped
public class ReportDigests {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    void keep(UUID filingId, int version, String digestJson) {
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into version_report_digest (filing_id, version_number, digest) values (?, ?, ?) on conflict do nothing")) {
                ps.setObject(1, filingId);
                ps.setInt(2, version);
                ps.setString(3, digestJson);
                ps.executeUpdate();
            }
        });
    }

    /** The digest of version {@code number} of filing {@code filingId}, if it has one. */
    public Optional<ReportDigest> find(UUID filingId, int number) {
        String[] text = new String[1];
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select digest from version_report_digest where filing_id = ? and version_number = ?")) {
                ps.setObject(1, filingId);
                ps.setInt(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        text[0] = rs.getString(1);
                    }
                }
            }
        });
        if (text[0] == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text[0], ReportDigest.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report digest of " + filingId + " v" + number + " does not read", e);
        }
    }
}
