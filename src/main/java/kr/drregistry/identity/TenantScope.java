package kr.drregistry.identity;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.platform.ProblemException;

/**
 * The one place that decides whose data an actor may see and change. Operators read and write only their own
 * organisation's data; regulators read everything and write no operator content; admins manage organisations.
 * Anything outside an actor's scope is reported as not found, never as forbidden, so that its existence is not
 * confirmed. Every service that touches organisation-owned data goes through here.
 */
@ApplicationScoped
public class TenantScope {
    @Inject
    CurrentActor current;

    /** The organisation whose data an operator is confined to, or null when the actor may read every organisation. */
    public UUID readableOrganisation() {
        Actor a = current.get();
        return a.isOperator() && !a.isAdmin() ? a.organisationId() : null;
    }

    public boolean canRead(UUID organisationId) {
        if (!current.get().mayRead()) {
            return false;
        }
        UUID only = readableOrganisation();
        return only == null || only.equals(organisationId);
    }

    /** Passes when the actor may read data of the organisation; otherwise 404 naming {@code what}. */
    public void requireReadable(UUID organisationId, String what) {
        if (!canRead(organisationId)) {
            throw ProblemException.notFound(what);
        }
    }

    /**
     * Passes when the actor may change operator content of the organisation: its own editors and officers
     * (and admins). Regulators may read but never edit operator content: 403 for them, 404 for other operators.
     */
    public Actor requireOperatorWrite(UUID organisationId, String what) {
        Actor a = current.get();
        requireReadable(organisationId, what);
        if (a.isAdmin()) {
            return a;
        }
        if (!a.isOperator() || !a.organisationId().equals(organisationId) || !a.mayEdit()) {
            throw ProblemException.forbidden("only the organisation's own editors and officers may change " + what);
        }
        return a;
    }

    public Actor actor() {
        return current.get();
    }
}
