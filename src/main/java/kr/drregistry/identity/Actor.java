package kr.drregistry.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: a person (or, later, an API token) with the organisation it acts for. Every action is
 * attributable to an actor.
 */
public record Actor(UUID userId, /* null for an API token */ String username, String displayName, UUID organisationId, String organisationSlug,
                    OrganisationKind organisationKind, Set<String> roles) implements kr.drregistry.audit.Accountable {
    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isRegulator() {
        return organisationKind == OrganisationKind.REGULATOR;
    }

    public boolean isOperator() {
        return organisationKind.isOperator();
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    /** An operator system calling with an API token (its roles are its scopes). */
    public boolean isToken() {
        return userId == null;
    }

    public boolean mayRead() {
        return !isToken() || roles.contains(Roles.SCOPE_READ);
    }

    public boolean mayValidate() {
        return !isToken() || roles.contains(Roles.SCOPE_VALIDATE);
    }

    /** Drafts operator content: the organisation's editors and officers, or a token with the submit scope. */
    public boolean mayEdit() {
        return isToken() ? roles.contains(Roles.SCOPE_SUBMIT) : roles.contains(Roles.OPERATOR_EDITOR) || roles.contains(Roles.OPERATOR_OFFICER);
    }

    /** Signs off and submits: the disaster-management officer, or a token with the submit scope. */
    public boolean maySubmit() {
        return isToken() ? roles.contains(Roles.SCOPE_SUBMIT) : roles.contains(Roles.OPERATOR_OFFICER);
    }
}
