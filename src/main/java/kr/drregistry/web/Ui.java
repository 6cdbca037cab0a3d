package kr.drregistry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.Roles;

/**
 * What the page layout needs to know about the reader, for templates: {@code {inject:ui.actor.displayName}},
 * {@code {#if inject:ui.operator}…{/if}}.
 */
@Named("ui")
@RequestScoped
public class Ui {
    @Inject
    CurrentActor current;

    @Inject
    jakarta.ws.rs.core.HttpHeaders headers;
    @Inject
    io.vertx.core.http.HttpServerRequest request;

    /** "ko" or "en": the language this page is rendered in. */
    public String getLang() {
        return UiLocale.resolve(headers).getLanguage();
    }

    /** The path and query of this page, to come back to after switching language. */
    public String getPath() {
        String uri = request.uri();
        return uri == null || !uri.startsWith("/") ? "/" : uri;
    }

    @Inject
    CsrfTokens csrf;

    /**
     * Whether this request has a CSRF token for its forms: only a portal session has one (it is bound to it). Pages
     * without (the sign-in page) leave out what would need it.
     */
    public boolean isCsrfReady() {
        return csrf.getToken() != null;
    }

    public boolean isSignedIn() {
        return current.isAuthenticated();
    }

    /** The signed-in actor, or null on public pages. */
    public Actor getActor() {
        return isSignedIn() ? current.get() : null;
    }

    public boolean isOperator() {
        Actor a = getActor();
        return a != null && a.isOperator();
    }

    public boolean isRegulator() {
        Actor a = getActor();
        return a != null && a.isRegulator();
    }

    public boolean isReviewer() {
        Actor a = getActor();
        return a != null && a.has(Roles.REGULATOR_REVIEWER);
    }

    public boolean isLead() {
        Actor a = getActor();
        return a != null && a.has(Roles.REGULATOR_LEAD);
    }

    public boolean isAdmin() {
        Actor a = getActor();
        return a != null && a.isAdmin();
    }
}
