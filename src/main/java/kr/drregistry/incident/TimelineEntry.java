package kr.drregistry.incident;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.drregistry.platform.UuidEntity;

/** One entry of an incident's append-only timeline. */
@Entity
@Immutable
@Table(name = "incident_timeline")
public class TimelineEntry extends UuidEntity {
    @Column(name = "filing_id")
    public UUID filingId;
    public Instant at;
    public String text;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
