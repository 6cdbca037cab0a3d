package kr.drregistry.identity.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether OIDC sign-in is on and which claims carry organisation and roles. Templates: {@code inject:ssoLogin}. */
@ApplicationScoped
@Named("ssoLogin")
public class SsoSettings {
    @ConfigProperty(name = "drr.oidc.enabled", defaultValue = "false")
    boolean enabled;
    @ConfigProperty(name = "drr.oidc.organisation-claim", defaultValue = "organisation")
    String organisationClaim;
    @ConfigProperty(name = "drr.oidc.roles-claim", defaultValue = "roles")
    String rolesClaim;

    public boolean enabled() {
        return enabled;
    }

    public String organisationClaim() {
        return organisationClaim;
    }

    public String rolesClaim() {
        return rolesClaim;
    }
}
