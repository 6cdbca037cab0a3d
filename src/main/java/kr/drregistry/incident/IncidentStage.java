package kr.drregistry.incident;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.drregistry.platform.UuidEntity;

/** The stage of a submitted incident version, its due time and whether it was late (immutable). */
@Entity
@Immutable
@Table(name = "incident_stage")
public class IncidentStage extends UuidEntity {
    @Column(name = "filing_id")
    public UUID filingId;
    @Column(name = "version_number")
    public int versionNumber;
    public String stage;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    public boolean late;
    @Column(name = "first_of_stage")
    public boolean firstOfStage;
    @Column(name = "topology_filing_id")
    public UUID topologyFilingId;
    @Column(name = "topology_version")
    public Integer topologyVersion;
}
