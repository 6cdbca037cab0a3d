package kr.drregistry.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import kr.drregistry.platform.KeyFile;

/**
 * Appends to and verifies the audit trail. Entries are numbered without gaps and each carries an HMAC-SHA256, under
 * a key kept outside the database ({@code drr.audit.key}), of the previous entry's hash and its own fields: changing,
 * inserting or deleting a row breaks the chain from there on, and re-computing a rewritten chain needs the key.
 * Deleting the newest entries leaves a shorter chain that is still whole; that is caught by the checkpoint: after
 * every commit the latest entry's number and HMAC are written outside the database ({@code drr.audit.checkpoint-file}
 * and the log), and {@link #verify()} compares the chain with it. Entries written before the chain was keyed keep
 * their unkeyed SHA-256 and are accepted only before the first keyed one. Appends are serialised by a
 * transaction-scoped advisory lock and join the caller's transaction: an action and its audit entry commit together
 * or not at all.
 */
@ApplicationScoped
public class AuditTrail {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    static final String GENESIS = "0".repeat(64);
    private static final long LOCK = 0x4452525F41554449L; // "DRR_AUDI"
    private static final Object PENDING_CHECKPOINT = new Object();

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @ConfigProperty(name = "drr.audit.key")
    Optional<String> key;
    @ConfigProperty(name = "drr.audit.checkpoint-file")
    Optional<String> checkpointFile;

    /** The chain cannot be kept without its key: the app does not start without one. */
    void requireKey(@Observes StartupEvent start) {
        if (key.map(String::isBlank).orElse(true)) {
            throw new IllegalStateException("drr.audit.key (DRR_AUDIT_KEY) is not set: the audit chain needs its key");
        }
    }

    /** Records an action of {@code actor} on a subject, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(Accountable actor, String action, String subjectType, String subjectId, String detail) {
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
        e.at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.actor = actor;
        e.organisationId = organisationId;
        e.action = action;
        e.subjectType = subjectType;
        e.subjectId = subjectId;
        e.detail = detail;
        e.prevHash = last == null ? GENESIS : last.hash;
        e.keyed = true;
        e.hash = mac(e);
        e.persist();
        // one checkpoint per transaction, of its last entry, written once the transaction committed
        Checkpoint[] pending = (Checkpoint[]) transactions.getResource(PENDING_CHECKPOINT);
        if (pending == null) {
            Checkpoint[] holder = {null};
            transactions.putResource(PENDING_CHECKPOINT, holder);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        checkpoint(holder[0]);
                    }
                }
            });
            pending = holder;
        }
        pending[0] = new Checkpoint(e.seq, e.hash, e.at);
        return e;
    }

    /**
     * The latest committed entry's number and HMAC, published outside the database: to the checkpoint file (when
     * one is configured; never moved backwards) and to the log, from where they reach wherever logs are kept.
     */
    synchronized void checkpoint(Checkpoint reached) {
        LOG.infof("Audit checkpoint: entry %d, HMAC %s", reached.seq(), reached.hash());
        Optional<Path> file = checkpointPath();
        if (file.isEmpty()) {
            return;
        }
        try {
            Optional<Checkpoint> kept = Checkpoint.read(file.get());
            if (kept.isPresent() && kept.get().seq() >= reached.seq()) {
                return;
            }
            Files.createDirectories(file.get().toAbsolutePath().getParent());
            Path next = file.get().resolveSibling(file.get().getFileName() + ".next");
            Files.writeString(next, reached.line(), StandardCharsets.US_ASCII);
            KeyFile.ownerOnly(next);
            Files.move(next, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException ex) {
            LOG.errorf("The audit checkpoint file %s could not be written (%s); the checkpoint is in this log only",
                    file.get(), ex.getMessage());
        }
    }

    private Optional<Path> checkpointPath() {
        return checkpointFile.filter(f -> !f.isBlank()).map(Path::of);
    }

    /**
     * Re-computes the chain from the first entry with the key, and compares its end with the checkpoint kept outside
     * the database; reports the first entry where it breaks.
     */
    @Transactional
    public Verification verify() {
        Optional<Checkpoint> checkpoint;
        try {
            checkpoint = checkpointPath().flatMap(Checkpoint::read);
        } catch (RuntimeException unreadable) {
            return new Verification(false, 0, null, 0, null, null, "the checkpoint file cannot be read: " + unreadable.getMessage());
        }
        Checkpoint last = checkpoint.orElse(null);
        String prev = GENESIS;
        long expected = 1;
        long count = 0;
        long unkeyed = 0;
        boolean keyedSeen = false;
        String hashAtCheckpoint = null;
        List<AuditEntry> batch;
        long after = 0;
        do {
            batch = AuditEntry.find("seq > ?1 order by seq", after).page(0, 5000).list();
            for (AuditEntry e : batch) {
                count++;
                if (e.seq != expected) {
                    return broken(count - 1, expected, unkeyed, last, "entry " + expected + " is missing");
                }
                if (!e.prevHash.equals(prev)) {
                    return broken(count - 1, e.seq, unkeyed, last, "entry " + e.seq + " does not follow entry " + (e.seq - 1));
                }
                if (e.keyed) {
                    keyedSeen = true;
                    if (!MessageDigest.isEqual(mac(e).getBytes(StandardCharsets.US_ASCII), e.hash.getBytes(StandardCharsets.US_ASCII))) {
                        return broken(count - 1, e.seq, unkeyed, last, "entry " + e.seq
                                + " was changed after it was written (or the audit key is not the one it was written with)");
                    }
                } else {
                    if (keyedSeen) {
                        return broken(count - 1, e.seq, unkeyed, last, "entry " + e.seq + " has no keyed HMAC although earlier "
                                + "entries have one: it was written without the key");
                    }
                    if (!sha256(e).equals(e.hash)) {
                        return broken(count - 1, e.seq, unkeyed, last, "entry " + e.seq + " was changed after it was written");
                    }
                    unkeyed++;
                }
                if (last != null && e.seq == last.seq()) {
                    hashAtCheckpoint = e.hash;
                }
                prev = e.hash;
                expected++;
                after = e.seq;
            }
            em.clear();
        } while (!batch.isEmpty());
        if (last != null && last.seq() >= expected) {
            return broken(count, expected, unkeyed, last, "entries " + expected + " to " + last.seq() + " are missing: the "
                    + "checkpoint outside the database names entry " + last.seq() + " but the chain ends at " + (expected - 1));
        }
        if (last != null && !last.hash().equals(hashAtCheckpoint)) {
            return broken(count, last.seq(), unkeyed, last, "entry " + last.seq() + " differs from the checkpoint outside the database");
        }
        return new Verification(true, count, null, unkeyed, last, prev.equals(GENESIS) ? null : new Checkpoint(expected - 1, prev, null),
                "the chain of " + count + " entries is intact" + (last == null ? "" : " up to and beyond the checkpoint (entry " + last.seq() + ")"));
    }

    private static Verification broken(long verified, long at, long unkeyed, Checkpoint checkpoint, String detail) {
        return new Verification(false, verified, at, unkeyed, checkpoint, null, detail);
    }

    /** The latest entries, newest first, optionally only those about one subject id. */
    @Transactional
    public List<AuditEntry> latest(String subjectId, int limit) {
        return search(AuditQuery.about(subjectId), null, limit);
    }

    /**
     * Up to {@code limit} entries matching {@code q}, newest first, numbered below {@code before} (null: from the
     * newest). The criteria are SQL parameters; the indexes of V37 serve each filter.
     */
    @Transactional
    public List<AuditEntry> search(AuditQuery q, Long before, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (q.organisationId() != null) {
            where.append(" and (e.organisationId = :org");
            params.put("org", q.organisationId());
            if (!q.filingIds().isEmpty()) {
                where.append(" or (e.subjectType = 'filing' and e.subjectId in :filings)");
                params.put("filings", q.filingIds());
            }
            if (q.organisationSlug() != null) {
                where.append(" or (e.subjectType = 'organisation' and e.subjectId = :slug)");
                params.put("slug", q.organisationSlug());
            }
            where.append(")");
        }
        if (q.actors() != null) {
            if (q.actors().isEmpty()) {
                return List.of();
            }
            where.append(" and e.actor in :actors");
            params.put("actors", q.actors());
        }
        if (q.action() != null) {
            where.append(" and e.action = :action");
            params.put("action", q.action());
        }
        if (q.from() != null) {
            where.append(" and e.at >= :from");
            params.put("from", q.from());
        }
        if (q.until() != null) {
            where.append(" and e.at < :until");
            params.put("until", q.until());
        }
        if (q.subjectId() != null) {
            where.append(" and e.subjectId = :subject");
            params.put("subject", q.subjectId());
        }
        if (before != null) {
            where.append(" and e.seq < :before");
            params.put("before", before);
        }
        var query = em.createQuery("select e from AuditEntry e where " + where + " order by e.seq desc", AuditEntry.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Result of a verification: intact, how many entries checked fine, where it breaks, how many early entries carry
     * only the unkeyed SHA-256 of before the keyed chain, the checkpoint kept outside the database that the chain
     * was compared with (null: none configured or none written yet), and the chain's last entry when intact.
     */
    public record Verification(boolean intact, long verifiedEntries, Long brokenAt, long unkeyedEntries, Checkpoint checkpoint,
                               Checkpoint lastEntry, String detail) {
    }

    /** An entry's number and HMAC (and when it was written), as published outside the database. */
    public record Checkpoint(long seq, String hash, Instant at) {
        String line() {
            return seq + " " + hash + " " + at + "\n";
        }

        /** The checkpoint in {@code file}, empty when there is none yet; unreadable content is an exception. */
        static Optional<Checkpoint> read(Path file) {
            try {
                if (!Files.exists(file)) {
                    return Optional.empty();
                }
                String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
                return Optional.of(new Checkpoint(Long.parseLong(parts[0]), parts[1], parts.length > 2 ? Instant.parse(parts[2]) : null));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("audit checkpoint " + file + " is unreadable (" + e.getMessage() + ")", e);
            }
        }
    }

    private static String material(AuditEntry e) {
        return String.join("\u001f", e.prevHash, Long.toString(e.seq), e.at.toString(), e.actor,
                String.valueOf(e.organisationId), e.action, String.valueOf(e.subjectType), String.valueOf(e.subjectId),
                String.valueOf(e.detail));
    }

    /** The keyed hash of new entries: HMAC-SHA256 under {@code drr.audit.key}, hex. */
    String mac(AuditEntry e) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.orElseThrow().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(material(e).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The unkeyed hash of entries written before the chain was keyed (V31). */
    static String sha256(AuditEntry e) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(material(e).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
