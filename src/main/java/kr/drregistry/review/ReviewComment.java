package kr.drregistry.review;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.drregistry.platform.UuidEntity;

/** A comment on a version, one of its sections or one of its findings (append-only). */
@Entity
@Immutable
@Table(name = "review_comment")
public class ReviewComment extends UuidEntity {
    @Column(name = "filing_id")
    public UUID filingId;
    @Column(name = "version_number")
    public int versionNumber;
    @Column(name = "anchor_kind")
    public String anchorKind;
    public String anchor;
    public String body;
    public String author;
    @Column(name = "author_is_regulator")
    public boolean authorIsRegulator;
    @Column(name = "created_at")
    public Instant createdAt;
}
