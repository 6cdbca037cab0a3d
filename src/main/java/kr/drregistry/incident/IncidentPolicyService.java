package kr.drregistry.incident;

import kr.drregistry.policy.PolicyDocuments;
import kr.drregistry.policy.PolicyVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    private final PolicyDocuments<IncidentPolicyRow> documents = new PolicyDocuments<>(IncidentPolicyRow.class,
            IncidentPolicyRow::new, "incident policy");

    /** Parsed versions by "id@version": stored versions never change. */
    private final Map<String, IncidentPolicy> parsed = new ConcurrentHashMap<>();

    @Transactional
    void seed(@Observes StartupEvent start) {
        for (IncidentPolicy p : IncidentPolicies.shipped()) {
            if (!documents.exists(p.id(), p.version())) {
                documents.store(p.id(), p.version(), IncidentPolicyJson.write(p), SYSTEM, false, clock);
            }
        }
        if (documents.active() == null) {
            IncidentPolicy def = IncidentPolicies.korean();
            documents.activate(documents.require(def.id(), def.version()));
        }
    }

    /** The policy new incidents are reported under. */
    @Transactional
    public IncidentPolicy active() {
        return parse(documents.active());
    }

    /** A stored version (incidents keep theirs). */
    @Transactional
    public IncidentPolicy get(String id, String version) {
        IncidentPolicy p = parsed.get(id + "@" + version);
        if (p != null) {
            return p;
        }
        return parse(documents.require(id, version));
    }

    private IncidentPolicy parse(IncidentPolicyRow row) {
        return parsed.computeIfAbsent(row.policyId + "@" + row.version,
                k -> IncidentPolicyJson.readStored(row.document.getBytes(StandardCharsets.UTF_8), IncidentPolicies.korean()));
    }

    @Transactional
    public List<PolicyVersion> versions() {
        return documents.versions().stream()
                .map(PolicyVersion::of).toList();
    }

    /**
     * Publishes a new version (regulator lead): a complete, valid policy with a version not used before for its id.
     * It becomes active when {@code activate} is true.
     */
    @Transactional
    public PolicyVersion publish(String document, boolean activate) {
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
    public PolicyVersion publish(IncidentPolicy policy, boolean activate) {
        Actor actor = lead();
        documents.requireNew(policy.id(), policy.version());
        IncidentPolicyRow row = documents.store(policy.id(), policy.version(), IncidentPolicyJson.write(policy),
                actor.username(), activate, clock);
        audit.record(actor, "incident-policy.published", "incident-policy", policy.id() + "@" + policy.version(),
                activate ? "published and activated" : "published");
        return PolicyVersion.of(row);
    }

    /** Selects the policy new incidents are reported under (regulator lead). */
    @Transactional
    public PolicyVersion activate(String id, String version) {
        Actor actor = lead();
        IncidentPolicyRow row = documents.require(id, version);
        documents.activate(row);
        audit.record(actor, "incident-policy.activated", "incident-policy", id + "@" + version, "active for new incidents");
        return PolicyVersion.of(row);
    }

    /** Whether a version of policy {@code id} is stored (versions are never reused). */
    @Transactional
    public boolean exists(String id, String version) {
        return documents.exists(id, version);
    }

    /**
     * The first version number not yet stored for {@code p}'s id after its version: {@code 2026.1} → {@code 2026.2}
     * (or {@code 2026.3} when 2026.2 exists); a version not ending in a number gets {@code .1} appended.
     */
    public String nextVersion(IncidentPolicy p) {
        return documents.nextVersion(p.id(), p.version());
    }

    /** The policy document as the lead edits it. */
    public String document(IncidentPolicy p) {
        return IncidentPolicyJson.write(p);
    }

    private Actor lead() {
        Actor actor = current.get();
        if (!actor.isRegulator() || !actor.has(Roles.REGULATOR_LEAD)) {
            throw ProblemException.forbidden(m -> m.forbidden_incident_policy());
        }
        return actor;
    }
}
