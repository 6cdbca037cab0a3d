package kr.drregistry.policy;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.rules.PolicyVersions;

/**
 * The one store of versioned regulatory documents, used for validation and incident policies alike: list, find,
 * the version before, the next free version number, publish (a version is never reused; with the based-on check, so
 * that a lead never silently undoes another lead's publication) and activate. Callers hold the transaction.
 */
public final class PolicyDocuments<E extends PolicyDocument> {
    private final Class<E> type;
    private final Supplier<E> fresh;
    private final String what;

    /** {@code what} names the document in errors ("policy", "incident policy"). */
    public PolicyDocuments(Class<E> type, Supplier<E> fresh, String what) {
        this.type = type;
        this.fresh = fresh;
        this.what = what;
    }

    private EntityManager em() {
        return Panache.getEntityManager(type);
    }

    private String entity() {
        return type.getSimpleName();
    }

    /** The active version. */
    public E active() {
        return em().createQuery("from " + entity() + " where active = true", type).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
    }

    /** Version {@code version} of document {@code id}, if stored. */
    public Optional<E> find(String id, String version) {
        return em().createQuery("from " + entity() + " where policyId = ?1 and version = ?2", type)
                .setParameter(1, id).setParameter(2, version).getResultStream().findFirst();
    }

    /** Version {@code version} of document {@code id}; 404 when there is none. */
    public E require(String id, String version) {
        return find(id, version).orElseThrow(() -> ProblemException.notFound(what + " " + id + " version " + version));
    }

    /** Whether a version of document {@code id} is stored (versions are never reused). */
    public boolean exists(String id, String version) {
        return em().createQuery("select count(d) from " + entity() + " d where d.policyId = ?1 and d.version = ?2", Long.class)
                .setParameter(1, id).setParameter(2, version).getSingleResult() > 0;
    }

    /** Every stored version, newest first. */
    public List<E> versions() {
        return em().createQuery("from " + entity() + " order by createdAt desc, policyId, version", type).getResultList();
    }

    /** The version stored just before {@code row}, or null for the first. */
    public E before(E row) {
        return em().createQuery("from " + entity() + " where createdAt < ?1 order by createdAt desc", type)
                .setParameter(1, row.createdAt).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /**
     * The first version number not yet stored for document {@code id} after {@code version}: {@code 2026.1} →
     * {@code 2026.2} (or {@code 2026.3} when 2026.2 exists).
     */
    public String nextVersion(String id, String version) {
        return PolicyVersions.next(version, v -> exists(id, v));
    }

    /** 409 {@code policy-version-exists} when version {@code version} of {@code id} is stored already. */
    public void requireNew(String id, String version) {
        if (exists(id, version)) {
            throw ProblemException.conflict("policy-version-exists", m -> m.policy_version_exists(id, version));
        }
    }

    /**
     * The active version, locked until the transaction ends so that two publications never both pass the check;
     * 409 {@code policy-changed} when {@code basedOn} is given and is not its version any more.
     */
    public E lockActive(String basedOn) {
        E active = em().createQuery("from " + entity() + " where active = true", type)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (basedOn != null && (active == null || !basedOn.equals(active.version))) {
            String now = active == null ? "-" : active.version;
            throw ProblemException.conflict("policy-changed", m -> m.policy_changed(what, now, basedOn));
        }
        return active;
    }

    /** Stores a new version; when {@code activate}, it becomes the only active one. */
    public E store(String id, String version, String document, String by, boolean activate, InstantSource clock) {
        if (activate) {
            em().createQuery("update " + entity() + " set active = false where active = true").executeUpdate();
        }
        E row = fresh.get();
        row.id = UUID.randomUUID();
        row.policyId = id;
        row.version = version;
        row.document = document;
        row.active = activate;
        row.createdAt = clock.instant();
        row.createdBy = by;
        em().persist(row);
        return row;
    }

    /** Makes {@code row} the only active version. */
    public void activate(E row) {
        // every other version off, this one on, both as bulk updates: the loaded row may already say active = true
        // (activating the active version again), and then setting the field would not be written back
        em().createQuery("update " + entity() + " set active = false where active = true and id <> ?1")
                .setParameter(1, row.id).executeUpdate();
        em().createQuery("update " + entity() + " set active = true where id = ?1").setParameter(1, row.id).executeUpdate();
        row.active = true; // what the row now says, for whoever lists it next (writes back the same value)
    }
}
