package kr.drregistry.identity;

import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs work as a local account, as if that person had signed in: inside a request context whose security identity
 * carries the account's roles and its {@link Actor} (exactly what {@link ActorAugmentor} attaches to a real request),
 * so every service checks tenancy and roles as it does for the portal and the API. For work done on a person's behalf
 * outside a request: the demo data, and test fixtures. It never touches passwords and is not reachable over HTTP.
 */
@ApplicationScoped
public class RunAs {
    @Inject
    CurrentIdentityAssociation identities;

    /** Runs {@code work} as {@code username} (an active local account) and returns its result. */
    public <T> T as(String username, Supplier<T> work) {
        Actor actor = QuarkusTransaction.joiningExisting().call(() -> ActorAugmentor.load(username));
        if (actor == null) {
            throw new IllegalArgumentException("no active local account " + username);
        }
        SecurityIdentity identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username))
                .addRoles(actor.roles()).addAttribute(ActorAugmentor.ATTRIBUTE, actor).build();
        ManagedContext requests = Arc.container().requestContext();
        boolean activated = !requests.isActive();
        if (activated) {
            requests.activate();
        }
        SecurityIdentity before = activated ? null : identities.getIdentity();
        identities.setIdentity(identity);
        try {
            return work.get();
        } finally {
            if (activated) {
                requests.terminate();
            } else {
                identities.setIdentity(before);
            }
        }
    }

    /** Runs {@code work} as {@code username}. */
    public void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
