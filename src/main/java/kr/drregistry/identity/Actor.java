package kr.drregistry.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: a person (or, later, an API token) with the organisation it acts for. Every action is
 * attributable to an actor.
 */
public record Actor(UUID userId, String username, String displayName, UUID organisationId, String organisationSlug,
                    OrganisationKind organisationKind, Set<String> roles) {
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
}
