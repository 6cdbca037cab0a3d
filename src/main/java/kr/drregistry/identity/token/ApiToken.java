package kr.drregistry.identity.token;

import java.time.Instant;

import kr.drregistry.platform.UuidEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kr.drregistry.identity.Organisation;

/** An organisation's API token. Only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends UuidEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;
    public String name;
    @Column(name = "token_prefix")
    public String prefix;
    @Column(name = "token_hash")
    public String hash;
    /** Comma-separated: read, validate, submit, facilities. */
    public String scopes;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
