package kr.drregistry.filing;

import java.time.Instant;
import java.util.UUID;

import kr.drregistry.platform.UuidEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A filing with its mutable draft. Submitted versions are {@link FilingVersion} rows. */
@Entity
@Table(name = "filing")
public class Filing extends UuidEntity {
    @Column(name = "organisation_id")
    public UUID organisationId;
    @Enumerated(EnumType.STRING)
    public FilingType type;
    @Column(name = "plan_year")
    public Integer planYear;
    public String title;
    @Enumerated(EnumType.STRING)
    public FilingStatus status;
    /**
     * The draft document in its stored form ({@link kr.drregistry.platform.StoredText}: read it with
     * {@code StoredText.decode}); loaded only when asked for (it can be tens of megabytes).
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "draft_content")
    public byte[] draftStored;
    /** The draft's length in characters (Unicode code points), kept with it (V41); null without a draft. */
    @Column(name = "draft_chars")
    public Long draftChars;
    @Column(name = "draft_media_type")
    public String draftMediaType;
    /** SHA-256 (hex) of the draft's UTF-8 bytes as saved; null for a draft saved before it was kept (V40). */
    @Column(name = "draft_sha256")
    public String draftSha256;
    /** Optimistic version of the draft: the ETag of the filing. */
    @Column(name = "draft_version")
    public long draftVersion;
    @Column(name = "draft_updated_at")
    public Instant draftUpdatedAt;
    @Column(name = "draft_updated_by")
    public String draftUpdatedBy;
    @Column(name = "latest_version")
    public int latestVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    /** The reviewer the regulator lead assigned the filing to (null: unassigned). */
    @Column(name = "assigned_to")
    public String assignedTo;
    @Column(name = "assigned_at")
    public Instant assignedAt;
}
