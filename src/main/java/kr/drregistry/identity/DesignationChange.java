package kr.drregistry.identity;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.ColumnTransformer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    /**
     * The figures as JSON text in jsonb columns, written and read by this class's own mapper: the app's REST mapper
     * is not used for stored data (Quarkus refuses that for JSON columns, and its settings are for HTTP).
     */
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(name = "before_values", columnDefinition = "jsonb")
    String beforeValues;
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(name = "after_values", columnDefinition = "jsonb")
    String afterValues;

    private static final ObjectMapper JSON = new ObjectMapper();

    DesignationFigures before() {
        return read(beforeValues);
    }

    DesignationFigures after() {
        return read(afterValues);
    }

    void figures(DesignationFigures before, DesignationFigures after) {
        try {
            beforeValues = JSON.writeValueAsString(before);
            afterValues = JSON.writeValueAsString(after);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DesignationFigures read(String json) {
        try {
            return JSON.readValue(json, DesignationFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("designation_change holds figures that are not DesignationFigures", e);
        }
    }

    /** The latest change of the organisation's figures, or null when they never changed since it was registered. */
    static DesignationChange latestOf(UUID organisationId) {
        return find("organisationId = ?1 order by changedAt desc", organisationId).firstResult();
    }
}
