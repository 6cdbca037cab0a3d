package kr.drregistry.filing;

import java.time.Instant;
import java.util.UUID;

import kr.drregistry.platform.UuidEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

/** A document attached to a filing; frozen with the version it was submitted in. */
@Entity
@Table(name = "attachment")
public class Attachment extends UuidEntity {
    @Column(name = "filing_id")
    public UUID filingId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Column(name = "frozen_in_version")
    public Integer frozenInVersion;
}
