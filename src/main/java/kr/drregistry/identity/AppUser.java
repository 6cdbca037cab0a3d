package kr.drregistry.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import kr.drregistry.platform.UuidEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A local account. The password is stored as a bcrypt hash (modular crypt format). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class AppUser extends UuidEntity {
    @Username
    public String username;
    @Password(PasswordType.MCF)
    @Column(name = "password_hash")
    public String passwordHash;
    @Column(name = "display_name")
    public String displayName;
    public String email;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;
    /** Comma-separated role names ({@link kr.drregistry.identity.Roles}). */
    @Roles
    public String roles;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;
    /** The OpenID Connect provider (issuer) and subject this account is linked to; both null for local accounts. */
    @Column(name = "oidc_issuer")
    public String oidcIssuer;
    @Column(name = "oidc_subject")
    public String oidcSubject;
    public static AppUser findByUsername(String username) {
        return find("username", username).firstResult();
    }

    public static AppUser findByOidcSubject(String issuer, String subject) {
        return find("oidcIssuer = ?1 and oidcSubject = ?2", issuer, subject).firstResult();
    }

    public boolean isOidc() {
        return oidcSubject != null;
    }

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
