package kr.drregistry.identity;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.platform.ProblemException;

/**
 * The one place that decides whose data an actor may see and change. Operators read and write only their own
 * organisation's data, including its work in progress (drafts, attachments not yet submitted); regulators, and the
 * platform admin with them, read only what operators submitted and write no operator content; the admin manages the
 * platform (users, policy data), never an operator's filings. Anything outside an actor's scope is reported as not
 * found, never as forbidden, so that its existence is not confirmed. Every service that touches organisation-owned
 * data goes through here.
 */
@ApplicationScoped
public class TenantScope {
    @Inject
    CurrentActor current;

    /** The organisation whose data an operator is confined to, or null when the actor may read every organisation. */
    public UUID readableOrganisation() {
        Actor a = current.get();
        return a.isOperator() ? a.organisationId() : null;
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
     * Whether the actor sees the organisation's work in progress: drafts and their authors, attachments not yet
     * submitted, incident timelines after the last submitted stage. Only the organisation's own people and tokens.
     */
    public boolean canReadDrafts(UUID organisationId) {
        Actor a = current.get();
        return a.isOperator() && a.organisationId().equals(organisationId) && a.mayRead();
    }

    /**
     * Passes when the actor may read a filing (of any type) whose latest submitted version is {@code latestVersion}:
     * the organisation's own people always, regulators (and the admin) once something was submitted; 404 otherwise.
     */
    public void requireReadableFiling(UUID organisationId, int latestVersion, String what) {
        if (!canRead(organisationId) || (latestVersion == 0 && !canReadDrafts(organisationId))) {
            throw ProblemException.notFound(what);
        }
    }

    /** Whether the actor may see an attachment: submitted with a version ({@code frozenInVersion}), or its own draft's. */
    public boolean canReadAttachment(UUID organisationId, Integer frozenInVersion) {
        return canRead(organisationId) && (frozenInVersion != null || canReadDrafts(organisationId));
    }

    /**
     * Passes when the actor may change operator content of the organisation: its own editors and officers (or a
     * token with the submit scope). Regulators and the platform admin may read but never edit operator content: 403
     * for them, 404 for other operators.
     */
    public Actor requireOperatorWrite(UUID organisationId, String what) {
        Actor a = current.get();
        requireReadable(organisationId, what);
        if (!a.isOperator() || !a.organisationId().equals(organisationId) || !a.mayEdit()) {
            throw ProblemException.forbidden(m -> m.forbidden_operator_write(what));
        }
        return a;
    }

    /**
     * Passes when the actor may re-validate a submitted version of the organisation (judge its frozen content again
     * under today's policy and accepted facility filings): the organisation's own editors and officers, or its token
     * with the validate scope, and the regulator's reviewers and lead. Others who may read it get 403; the rest 404.
     */
    public Actor requireRevalidation(UUID organisationId, String what) {
        Actor a = current.get();
        requireReadable(organisationId, what);
        boolean own = a.isOperator() && a.organisationId().equals(organisationId)
                && (a.isToken() ? a.mayValidate() : a.mayEdit());
        boolean regulator = a.isRegulator() && (a.has(Roles.REGULATOR_REVIEWER) || a.has(Roles.REGULATOR_LEAD));
        if (!own && !regulator) {
            throw ProblemException.forbidden(m -> m.forbidden_revalidate(what));
        }
        return a;
    }

    /**
     * Passes when the actor may change an operator's designation figures, which decide whether it must file: the
     * organisation's disaster-management officer (a person, not a token), or the regulator lead as a correction.
     * Editors, reviewers, the platform admin and tokens may not (403); another operator's organisation is not found.
     * Returns whether the change is the regulator's.
     */
    public boolean requireDesignationChange(UUID organisationId, OrganisationKind kind, String what) {
        Actor a = current.get();
        requireReadable(organisationId, what);
        if (a.isRegulator() && a.has(Roles.REGULATOR_LEAD) && kind.isOperator()) {
            return true;
        }
        if (!a.isToken() && a.isOperator() && a.organisationId().equals(organisationId) && a.has(Roles.OPERATOR_OFFICER)) {
            return false;
        }
        throw ProblemException.forbidden(m -> m.forbidden_designation(what));
    }

    /**
     * The person whose own things (saved views) the actor works on: only that person reads or changes them, so they
     * are looked up by this id and another's are not found. An API token is no person: 403.
     */
    public UUID person() {
        Actor a = current.get();
        if (a.isToken() || a.userId() == null) {
            throw ProblemException.forbidden(m -> m.forbidden_person_only());
        }
        return a.userId();
    }

    public Actor actor() {
        return current.get();
    }
}
