package kr.drregistry.identity;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.drregistry.platform.UuidEntity;

/** One change of an organisation's designation figures (append-only: the database refuses UPDATE and DELETE). */
@Entity
@Table(name = "designation_change")
public class DesignationChange extends UuidEntity {
    @Column(name = "organisation_id")
    public UUID organisationId;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "by_regulator")
    public boolean byRegulator;
    public String reason;
    @Column(name = "row_version")
    public long rowVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_values")
    public DesignationFigures before;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_values")
    public DesignationFigures after;

    /** The latest change of the organisation's figures, or null when they never changed since it was registered. */
    static DesignationChange latestOf(UUID organisationId) {
        return find("organisationId = ?1 order by changedAt desc", organisationId).firstResult();
    }
}
