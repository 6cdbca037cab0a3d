package kr.drregistry.topology.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.Roles;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.validation.InvalidPolicyException;
import kr.drregistry.topology.validation.Policies;
import kr.drregistry.topology.validation.Policy;
import kr.drregistry.topology.validation.PolicyJson;

/**
 * The active validation policy. The shipped default is stored on first start; the regulator lead publishes new
 * versions (a new row each time, never an update of an old one). The active policy is cached in memory and
 * re-read when a version is published.
 */
@ApplicationScoped
public class PolicyService {
    @Inject
    CurrentActor current;

    private volatile Policy active;

    /**
     * Stores the shipped default on first start, and a newer shipped default after an upgrade, unless the
     * regulator has published a policy of its own (then theirs stays active).
     */
    @Transactional
    void seed(@Observes StartupEvent start) {
        Policy shipped = Policies.defaultPolicy();
        RulePolicy current = RulePolicy.find("active", true).firstResult();
        boolean known = RulePolicy.count("policyId = ?1 and version = ?2", shipped.id(), shipped.version()) > 0;
        if (current == null || (!known && SYSTEM.equals(current.createdBy))) {
            RulePolicy.update("active = false where active = true");
            store(shipped, PolicyJson.write(shipped), SYSTEM);
        }
        active = null;
    }

    private static final String SYSTEM = "system";

    /** The policy every validation uses now. */
    public Policy current() {
        Policy p = active;
        if (p == null) {
            p = load();
            active = p;
        }
        return p;
    }

    @Transactional
    Policy load() {
        RulePolicy row = RulePolicy.find("active", true).firstResult();
        return PolicyJson.read(new ByteArrayInputStream(row.document.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every stored version, newest first. */
    @Transactional
    public List<PolicyVersionView> versions() {
        return RulePolicy.<RulePolicy>list("order by createdAt desc").stream()
                .map(r -> new PolicyVersionView(r.policyId, r.version, r.active, r.createdAt, r.createdBy)).toList();
    }

    /**
     * Publishes a new policy version (regulator lead only): the document must be a complete, valid policy with a
     * version not used before for that policy id; it becomes the active one.
     */
    @Transactional
    public Policy publish(String document) {
        Actor actor = current.get();
        if (!actor.has(Roles.REGULATOR_LEAD)) {
            throw ProblemException.forbidden("only the regulator lead publishes validation policies");
        }
        Policy policy;
        try {
            policy = PolicyJson.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidPolicyException e) {
            throw ProblemException.invalid(e.getMessage(), List.of());
        }
        if (RulePolicy.count("policyId = ?1 and version = ?2", policy.id(), policy.version()) > 0) {
            throw ProblemException.conflict("policy-version-exists",
                    "policy " + policy.id() + " version " + policy.version() + " exists; published versions never change");
        }
        RulePolicy.update("active = false where active = true");
        store(policy, PolicyJson.write(policy), actor.username());
        active = null;
        return policy;
    }

    private static void store(Policy policy, String document, String by) {
        RulePolicy row = new RulePolicy();
        row.id = UUID.randomUUID();
        row.policyId = policy.id();
        row.version = policy.version();
        row.document = document;
        row.active = true;
        row.createdAt = Instant.now();
        row.createdBy = by;
        row.persist();
    }

    /** A stored policy version, for listings. */
    public record PolicyVersionView(String id, String version, boolean active, Instant createdAt, String createdBy) {
    }
}
