package kr.drregistry.policy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.Roles;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.rules.InvalidPolicyException;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.PolicyDiff;
import kr.drregistry.rules.PolicyJson;

/**
 * The active validation policy. The shipped default is stored on first start; the regulator lead publishes new
 * versions (a new row each time, never an update of an old one). The active policy is cached in memory: re-read at
 * once when a version is published on this replica, and checked against the database every {@code drr.policy.recheck}
 * so that replicas follow a version published on another one.
 */
@ApplicationScoped
public class PolicyService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    @Inject
    CurrentActor current;
    @Inject
    AuditTrail audit;

    /** The active policy and when it was last checked against the database ({@link System#nanoTime()}). */
    private record Cached(Policy policy, long checkedAt) {
    }

    private volatile Cached active;
    private final PolicyDocuments<RulePolicy> documents = new PolicyDocuments<>(RulePolicy.class, RulePolicy::new, "policy");

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "drr.policy.recheck", defaultValue = "PT5S")
    java.time.Duration recheck;

    /**
     * Stores the shipped default on first start, and a newer shipped default after an upgrade, unless the
     * regulator has published a policy of its own (then theirs stays active).
     */
    @Transactional
    void seed(@Observes StartupEvent start) {
        Policy shipped = Policies.defaultPolicy();
        RulePolicy current = documents.active();
        if (current == null || (!documents.exists(shipped.id(), shipped.version()) && SYSTEM.equals(current.createdBy))) {
            documents.store(shipped.id(), shipped.version(), PolicyJson.write(shipped), SYSTEM, true, clock);
        }
        active = null;
    }

    private static final String SYSTEM = "system";

    /** The policy every validation uses now. */
    public Policy current() {
        Cached c = active;
        if (c != null && System.nanoTime() - c.checkedAt() < recheck.toNanos()) {
            return c.policy();
        }
        Policy p = load(c == null ? null : c.policy());
        active = new Cached(p, System.nanoTime());
        return p;
    }

    /** The active row's policy: {@code known} when it is still that version, otherwise read from its document. */
    @Transactional
    Policy load(Policy known) {
        RulePolicy row = documents.active();
        if (known != null && known.id().equals(row.policyId) && known.version().equals(row.version)) {
            return known;
        }
        return PolicyJson.readStored(new ByteArrayInputStream(row.document.getBytes(StandardCharsets.UTF_8)), Policies.defaultPolicy());
    }

    /** Every stored version, newest first. */
    @Transactional
    public List<PolicyVersion> versions() {
        return documents.versions().stream().map(PolicyVersion::of).toList();
    }

    /** A stored version and the one stored before it (null for the first), for reading and diffing. */
    public record StoredPolicy(PolicyVersion version, Policy policy, Policy previous, PolicyVersion previousVersion) {
        public List<PolicyDiff.Change> changes() {
            return PolicyDiff.between(previous, policy);
        }
    }

    /** Version {@code version} of policy {@code id} (404 when there is none), with its predecessor. */
    @Transactional
    public StoredPolicy stored(String id, String version) {
        return stored(documents.require(id, version));
    }

    /** The active version with its predecessor. */
    @Transactional
    public StoredPolicy activeStored() {
        return stored(documents.active());
    }

    private StoredPolicy stored(RulePolicy row) {
        RulePolicy prev = documents.before(row);
        return new StoredPolicy(PolicyVersion.of(row), parse(row.document), prev == null ? null : parse(prev.document),
                prev == null ? null : PolicyVersion.of(prev));
    }

    /** A stored version (see {@link PolicyJson#readStored}: members added to the code since take the shipped values). */
    private static Policy parse(String document) {
        return PolicyJson.readStored(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), Policies.defaultPolicy());
    }

    /** Whether a version of policy {@code id} is stored already (versions are never reused). */
    @Transactional
    public boolean exists(String id, String version) {
        return documents.exists(id, version);
    }

    /**
     * Publishes a new policy version (regulator lead only): the document must be a complete, valid policy with a
     * version not used before for that policy id; it becomes the active one.
     */
    @Transactional
    public Policy publish(String document) {
        return publish(document, null);
    }

    /**
     * Publishes a new version with the lead's change note (required: what changed and why). The audit trail records
     * the note and the changed fields against the previous active version. A policy that cannot be used is refused
     * with every problem at its JSON Pointer, and nothing is stored.
     */
    public Policy publish(String document, String changeNote) {
        return publish(document, changeNote, null);
    }

    /**
     * As {@link #publish(String, String)}, refused (409 {@code policy-changed}) when {@code basedOn} is given and is
     * not the active version any more: another lead published meanwhile, and saving would silently undo their change.
     * The active row is locked, so two publications never both pass this check.
     */
    @Transactional
    public Policy publish(String document, String changeNote, String basedOn) {
        Actor actor = current.get();
        if (!actor.has(Roles.REGULATOR_LEAD)) {
            throw ProblemException.forbidden(m -> m.forbidden_policy_publish());
        }
        Policy policy;
        try {
            policy = PolicyJson.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidPolicyException e) {
            throw ProblemException.invalid(e.getMessage(), e.problems().stream()
                    .map(p -> ProblemException.FieldError.of(p.pointer(), p.message(), p.message())).toList());
        }
        String note = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
        if (note != null && note.length() > 4000) {
            throw ProblemException.invalid("the change note is too long", List.of(ProblemException.FieldError.of("/note",
                    "at most 4,000 characters", "4,000자 이하로 쓰세요")));
        }
        documents.requireNew(policy.id(), policy.version());
        RulePolicy activeRow = documents.lockActive(basedOn);
        Policy before = PolicyJson.readStored(new ByteArrayInputStream(activeRow.document.getBytes(StandardCharsets.UTF_8)), Policies.defaultPolicy());
        documents.store(policy.id(), policy.version(), PolicyJson.write(policy), actor.username(), true, clock).changeNote = note;
        active = null;
        List<PolicyDiff.Change> changes = PolicyDiff.between(before, policy);
        audit.record(actor, "policy.published", "policy", policy.id() + "@" + policy.version(),
                "replaces " + before.id() + "@" + before.version() + "; " + changes.size() + " changes: "
                        + changes.stream().limit(40).map(c -> c.item() + " " + c.field() + " " + c.before() + " → " + c.after())
                        .map(t -> t.length() > 200 ? t.substring(0, 200) + "…" : t).collect(java.util.stream.Collectors.joining("; "))
                        + (changes.size() > 40 ? "; …" : "") + (note == null ? "" : "; note: " + note));
        return policy;
    }

    /** A stored policy version, for listings. */
}
