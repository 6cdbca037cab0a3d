package kr.drregistry.web;

import java.net.URI;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.OrganisationService;
import kr.drregistry.identity.OrganisationView;
import kr.drregistry.identity.Roles;

/** The web shell: sign-in, sign-out, the language switch and each role's home page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ShellPages {
    @Inject
    CurrentActor current;
    @Inject
    OrganisationService organisations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut, int freeFailures,
                                             List<kr.drregistry.identity.DemoAccounts.Account> demo, String demoPassword);

        static native TemplateInstance admin(List<OrganisationView> organisations);
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "drr.login.free-failures", defaultValue = "5")
    int freeFailures;
    @Inject
    kr.drregistry.identity.session.SessionStore sessions;
    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;
    @Inject
    io.vertx.ext.web.RoutingContext routing;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "drr.demo.enabled")
    boolean demo;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "drr.demo.password")
    String demoPassword;

    /** The sign-in form; with demo data on, also the demo accounts and their password. */
    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("out") String out) {
        return Templates.login(error != null, out != null, freeFailures,
                demo ? kr.drregistry.identity.DemoAccounts.accounts() : List.of(), demo ? demoPassword : "");
    }

    /**
     * Signs out: the server-side session ends (a copy of its cookies opens nothing any more, on any replica; the
     * person's sessions in other browsers stay), the sign-out is audited and both session cookies are emptied.
     */
    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        String key = identity.getAttribute(kr.drregistry.identity.session.SessionStore.ATTRIBUTE);
        if (key != null) {
            sessions.signOut(key, current.get(), routing);
        }
        sessions.clearCookies(routing);
        return Response.seeOther(URI.create("/login?out=1")).build();
    }

    /** Switches the language and goes back to the page the reader was on (local paths only). */
    @GET
    @Path("lang/{language}")
    public Response language(@PathParam("language") String language, @QueryParam("back") String back) {
        String lang = UiLocale.isSupported(language) ? language : "ko";
        String target = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
        NewCookie cookie = new NewCookie.Builder(UiLocale.COOKIE).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).secure(routing.request().isSSL()).value(lang).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }

    /** Each role lands on its own home. */
    @GET
    @Authenticated
    public Response home() {
        Actor a = current.get();
        String target = a.isAdmin() && !a.has(Roles.REGULATOR_REVIEWER) ? "/admin" : a.isRegulator() ? "/regulator" : "/portal";
        return Response.seeOther(URI.create(target)).build();
    }

    @GET
    @Path("admin")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance admin() {
        return Templates.admin(organisations.list());
    }
}
