package kr.drregistry.incident;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.Roles;
import kr.drregistry.incident.model.IncidentPolicies;
import kr.drregistry.incident.model.IncidentPolicy;
import kr.drregistry.incident.model.IncidentPolicyJson;
import kr.drregistry.incident.model.InvalidIncidentException;
import kr.drregistry.platform.ProblemException;

/**
 * Incident reporting policies as versioned data. The shipped policies (Korean default, DORA-style) are stored on
 * first start, the Korean one active. The regulator lead publishes new versions (a new row, never an update) and
 * selects which policy new incidents are reported under; an incident keeps the policy version it was created with.
 */
@ApplicationScoped
public class IncidentPolicyService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    private static final String SYSTEM = "system";

    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;

    /** Parsed versions by "id@version": stored versions never change. */
    private final Map<String, IncidentPolicy> parsed = new ConcurrentHashMap<>();

    @Transactional
    void seed(@Observes StartupEvent start) {
        for (IncidentPolicy p : IncidentPolicies.shipped()) {
            if (IncidentPolicyRow.count("policyId = ?1 and version = ?2", p.id(), p.version()) == 0) {
                store(p, SYSTEM, false);
            }
        }
        if (IncidentPolicyRow.count("active", true) == 0) {
            IncidentPolicy def = IncidentPolicies.korean();
            IncidentPolicyRow.update("active = true where policyId = ?1 and version = ?2", def.id(), def.version());
        }
    }

    /** The policy new incidents are reported under. */
    @Transactional
    public IncidentPolicy active() {
        IncidentPolicyRow row = IncidentPolicyRow.find("active", true).firstResult();
        return parse(row);
    }

    /** A stored version (incidents keep theirs). */
    @Transactional
    public IncidentPolicy get(String id, String version) {
        IncidentPolicy p = parsed.get(id + "@" + version);
        if (p != null) {
            return p;
        }
        IncidentPolicyRow row = IncidentPolicyRow.find("policyId = ?1 and version = ?2", id, version).firstResult();
        if (row == null) {
            throw ProblemException.notFound("incident policy " + id + " version " + version);
        }
        return parse(row);
    }

    private IncidentPolicy parse(IncidentPolicyRow row) {
        return parsed.computeIfAbsent(row.policyId + "@" + row.version,
                k -> IncidentPolicyJson.readStored(row.document.getBytes(StandardCharsets.UTF_8), IncidentPolicies.korean()));
    }

    /** A stored version, for listings. */
    public record VersionView(String id, String version, boolean active, Instant createdAt, String createdBy) {
    }

    @Transactional
    public List<VersionView> versions() {
        return IncidentPolicyRow.<IncidentPolicyRow>list("order by createdAt desc, policyId, version").stream()
                .map(r -> new VersionView(r.policyId, r.version, r.active, r.createdAt, r.createdBy)).toList();
    }

    /**
     * Publishes a new version (regulator lead): a complete, valid policy with a version not used before for its id.
     * It becomes active when {@code activate} is true.
     */
    @Transactional
    public VersionView publish(String document, boolean activate) {
        lead(); // refused before the document is even read
        IncidentPolicy policy;
        try {
            policy = IncidentPolicyJson.read(document.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidIncidentException e) {
            throw IncidentProblems.invalid("the incident policy is not valid", e);
        }
        return publish(policy, activate);
    }

    /** As {@link #publish(String, boolean)}, for a document already read (the lead's form reads it for its preview). */
    @Transactional
    public VersionView publish(IncidentPolicy policy, boolean activate) {
        Actor actor = lead();
        if (exists(policy.id(), policy.version())) {
            throw ProblemException.conflict("policy-version-exists", "incident policy " + policy.id() + " version "
                    + policy.version() + " exists; published versions never change");
        }
        if (activate) {
            IncidentPolicyRow.update("active = false where active = true");
        }
        IncidentPolicyRow row = store(policy, actor.username(), activate);
        audit.record(actor, "incident-policy.published", "incident-policy", policy.id() + "@" + policy.version(),
                activate ? "published and activated" : "published");
        return new VersionView(row.policyId, row.version, row.active, row.createdAt, row.createdBy);
    }

    /** Selects the policy new incidents are reported under (regulator lead). */
    @Transactional
    public VersionView activate(String id, String version) {
        Actor actor = lead();
        IncidentPolicyRow row = IncidentPolicyRow.find("policyId = ?1 and version = ?2", id, version).firstResult();
        if (row == null) {
            throw ProblemException.notFound("incident policy " + id + " version " + version);
        }
        // every other version off, this one on, both as bulk updates: the loaded row may already say active = true
        // (activating the active version again), and then setting the field would not be written back
        IncidentPolicyRow.update("active = false where active = true and id <> ?1", row.id);
        IncidentPolicyRow.update("active = true where id = ?1", row.id);
        audit.record(actor, "incident-policy.activated", "incident-policy", id + "@" + version, "active for new incidents");
        return new VersionView(row.policyId, row.version, true, row.createdAt, row.createdBy);
    }

    /** Whether a version of policy {@code id} is stored (versions are never reused). */
    @Transactional
    public boolean exists(String id, String version) {
        return IncidentPolicyRow.count("policyId = ?1 and version = ?2", id, version) > 0;
    }

    /**
     * The first version number not yet stored for {@code p}'s id after its version: {@code 2026.1} → {@code 2026.2}
     * (or {@code 2026.3} when 2026.2 exists); a version not ending in a number gets {@code .1} appended.
     */
    public String nextVersion(IncidentPolicy p) {
        return kr.drregistry.rules.PolicyVersions.next(p.version(), v -> exists(p.id(), v));
    }

    /** The policy document as the lead edits it. */
    public String document(IncidentPolicy p) {
        return IncidentPolicyJson.write(p);
    }

    private Actor lead() {
        Actor actor = current.get();
        if (!actor.isRegulator() || !actor.has(Roles.REGULATOR_LEAD)) {
            throw ProblemException.forbidden("only the regulator lead publishes and selects incident policies");
        }
        return actor;
    }

    private IncidentPolicyRow store(IncidentPolicy p, String by, boolean active) {
        IncidentPolicyRow row = new IncidentPolicyRow();
        row.id = UUID.randomUUID();
        row.policyId = p.id();
        row.version = p.version();
        row.document = IncidentPolicyJson.write(p);
        row.active = active;
        row.createdAt = clock.instant();
        row.createdBy = by;
        row.persist();
        return row;
    }
}
