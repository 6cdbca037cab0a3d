package kr.drregistry.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kr.drregistry.identity.Actor;

/**
 * Appends to and verifies the audit trail. Entries are numbered without gaps and each carries the SHA-256 of the
 * previous entry's hash and its own fields, so changing, inserting or deleting a row breaks the chain from there
 * on. Appends are serialised by a transaction-scoped advisory lock and join the caller's transaction: an action
 * and its audit entry commit together or not at all.
 */
@ApplicationScoped
public class AuditTrail {
    static final String GENESIS = "0".repeat(64);
    private static final long LOCK = 0x4452525F41554449L; // "DRR_AUDI"

    @Inject
    EntityManager em;

    /** Records an action of {@code actor} on a subject, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(Actor actor, String action, String subjectType, String subjectId, String detail) {
        return append(actor == null ? "system" : actor.username(), actor == null ? null : actor.organisationId(), action,
                subjectType, subjectId, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(String actor, UUID organisationId, String action, String subjectType, String subjectId,
                             String detail) {
        em.createNativeQuery("select pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
        AuditEntry last = AuditEntry.find("order by seq desc").firstResult();
        AuditEntry e = new AuditEntry();
        e.seq = last == null ? 1 : last.seq + 1;
        e.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        e.actor = actor;
        e.organisationId = organisationId;
        e.action = action;
        e.subjectType = subjectType;
        e.subjectId = subjectId;
        e.detail = detail;
        e.prevHash = last == null ? GENESIS : last.hash;
        e.hash = hash(e);
        e.persist();
        return e;
    }

    /** Re-computes the chain from the first entry; reports the first entry where it breaks. */
    @Transactional
    public Verification verify() {
        String prev = GENESIS;
        long expected = 1;
        long count = 0;
        List<AuditEntry> batch;
        long after = 0;
        do {
            batch = AuditEntry.find("seq > ?1 order by seq", after).page(0, 5000).list();
            for (AuditEntry e : batch) {
                count++;
                if (e.seq != expected) {
                    return new Verification(false, count - 1, expected, "entry " + expected + " is missing");
                }
                if (!e.prevHash.equals(prev)) {
                    return new Verification(false, count - 1, e.seq, "entry " + e.seq + " does not follow entry " + (e.seq - 1));
                }
                if (!hash(e).equals(e.hash)) {
                    return new Verification(false, count - 1, e.seq, "entry " + e.seq + " was changed after it was written");
                }
                prev = e.hash;
                expected++;
                after = e.seq;
            }
            em.clear();
        } while (!batch.isEmpty());
        return new Verification(true, count, null, "the chain of " + count + " entries is intact");
    }

    /** The latest entries, newest first, optionally only those about one subject id. */
    @Transactional
    public List<AuditEntry> latest(String subjectId, int limit) {
        var q = subjectId == null ? AuditEntry.<AuditEntry>find("order by seq desc")
                : AuditEntry.<AuditEntry>find("subjectId = ?1 order by seq desc", subjectId);
        return q.page(0, limit).list();
    }

    /** Result of a verification: intact, how many entries checked fine, and where it breaks. */
    public record Verification(boolean intact, long verifiedEntries, Long brokenAt, String detail) {
    }

    static String hash(AuditEntry e) {
        String material = String.join("\u001f", e.prevHash, Long.toString(e.seq), e.at.toString(), e.actor,
                String.valueOf(e.organisationId), e.action, String.valueOf(e.subjectType), String.valueOf(e.subjectId),
                String.valueOf(e.detail));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
