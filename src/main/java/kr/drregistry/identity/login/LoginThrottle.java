package kr.drregistry.identity.login;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kr.drregistry.audit.AuditTrail;

/**
 * Slows password guessing down without letting anyone lock an account (README "Security", docs/operations.md "Sign-in throttling"). Failures are
 * counted per (source address, account) and per source address over all accounts, in the database (all replicas
 * count together). After {@code drr.login.free-failures} failures of one account from one address, each further try
 * of that account from that address must wait {@code drr.login.first-delay}, then twice as long, and so on up to
 * {@code drr.login.max-delay}; a try made earlier is refused without its password being looked at. The same for
 * an address after {@code drr.login.source-free-failures} failures over all accounts (spraying one password over many
 * names). A success clears its (address, account) count. Counts older than {@code drr.login.forget-after} start again.
 * The owner signing in from another address is never slowed down by a stranger's failures.
 * <p>
 * A try is counted before its password is checked and un-counted when it succeeds, so that parallel guesses cannot all
 * pass the check before the first failure is recorded. The rows are locked only for that bookkeeping, never while the
 * (slow) password hash is compared.
 */
@ApplicationScoped
public class LoginThrottle {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    /** The row counting every account tried from an address. */
    static final String ANY_ACCOUNT = "";

    @ConfigProperty(name = "drr.login.free-failures", defaultValue = "5")
    int freeFailures;
    @ConfigProperty(name = "drr.login.source-free-failures", defaultValue = "30")
    int sourceFreeFailures;
    @ConfigProperty(name = "drr.login.first-delay", defaultValue = "PT1S")
    Duration firstDelay;
    @ConfigProperty(name = "drr.login.max-delay", defaultValue = "PT15M")
    Duration maxDelay;
    @ConfigProperty(name = "drr.login.forget-after", defaultValue = "PT1H")
    Duration forgetAfter;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;

    /** Whether a try may be checked; when not, how long until it may, and whether the account or the address waits. */
    public record Admission(boolean admitted, Duration retryAfter, boolean wholeSource) {
        static final Admission YES = new Admission(true, Duration.ZERO, false);
    }

    /**
     * Counts a try of {@code account} (null for a blank user name) from {@code source} and says whether it may be
     * checked now. Its own transaction.
     */
    public Admission admit(String source, String account) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            // the address's row first, then the account's ('' sorts first): every try locks in the same order
            Row any = lock(source, ANY_ACCOUNT, now);
            Row one = account == null ? null : lock(source, account, now);
            for (Row r : one == null ? List.of(any) : List.of(any, one)) {
                if (r.blockedUntil != null && r.blockedUntil.isAfter(now)) {
                    return new Admission(false, Duration.between(now, r.blockedUntil), r == any);
                }
            }
            count(any, now, sourceFreeFailures, "every account tried from " + source);
            if (one != null) {
                count(one, now, freeFailures, "account " + account + " from " + source);
            }
            return Admission.YES;
        });
    }

    /** The try of {@code account} from {@code source} was right: its count goes, and it no longer counts for the address. */
    public void succeeded(String source, String account) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from login_throttle where source = ?1 and account = ?2")
                    .setParameter(1, source).setParameter(2, account).executeUpdate();
            em.createNativeQuery("""
                    update login_throttle set failures = greatest(failures - 1, 0),
                           blocked_until = case when failures - 1 < ?3 then null else blocked_until end
                     where source = ?1 and account = ?2""")
                    .setParameter(1, source).setParameter(2, ANY_ACCOUNT).setParameter(3, sourceFreeFailures).executeUpdate();
        });
    }

    /** Forgets counts nobody has added to for a while and that hold nobody back (every replica may run it: harmless). */
    @io.quarkus.scheduler.Scheduled(every = "1h", delay = 10, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    void forgetOldCounts() {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from login_throttle where last_failure_at < ?1 and (blocked_until is null or blocked_until < ?2)")
                .setParameter(1, Timestamp.from(now.minus(forgetAfter))).setParameter(2, Timestamp.from(now)).executeUpdate());
    }

    /** The wait after the {@code failures}-th failure of a row whose first {@code free} failures cost nothing. */
    static Duration delayAfter(int failures, int free, Duration first, Duration max) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 40);
        Duration d = first.multipliedBy(1L << Math.min(doublings, 30));
        return d.compareTo(max) > 0 || doublings >= 30 ? max : d;
    }

    private static final class Row {
        final String source;
        final String account;
        int failures;
        Instant lastFailure;
        Instant blockedUntil;

        Row(String source, String account) {
            this.source = source;
            this.account = account;
        }
    }

    private Row lock(String source, String account, Instant now) {
        em.createNativeQuery("insert into login_throttle (source, account, failures, last_failure_at) values (?1, ?2, 0, ?3) on conflict do nothing")
                .setParameter(1, source).setParameter(2, account).setParameter(3, Timestamp.from(now)).executeUpdate();
        Object[] r = (Object[]) em.createNativeQuery(
                        "select failures, last_failure_at, blocked_until from login_throttle where source = ?1 and account = ?2 for update")
                .setParameter(1, source).setParameter(2, account).getSingleResult();
        Row row = new Row(source, account);
        row.failures = ((Number) r[0]).intValue();
        row.lastFailure = instant(r[1]);
        row.blockedUntil = instant(r[2]);
        return row;
    }

    private void count(Row r, Instant now, int free, String what) {
        int failures = r.lastFailure != null && r.lastFailure.isBefore(now.minus(forgetAfter)) ? 1 : r.failures + 1;
        Duration wait = delayAfter(failures, free, firstDelay, maxDelay);
        Instant blockedUntil = wait.isZero() ? null : now.plus(wait);
        em.createNativeQuery("update login_throttle set failures = ?3, last_failure_at = ?4, blocked_until = ?5 where source = ?1 and account = ?2")
                .setParameter(1, r.source).setParameter(2, r.account).setParameter(3, failures).setParameter(4, Timestamp.from(now))
                .setParameter(5, Timestamp.from(blockedUntil == null ? now : blockedUntil)).executeUpdate();
        if (failures == free) {
            audit.append("system", null, "login.throttled", "login", r.account.isEmpty() ? r.source : r.account,
                    free + " failed sign-ins (" + what + "): from now on each further try waits " + firstDelay.toSeconds()
                            + " s, then twice as long each time, up to " + maxDelay.toMinutes() + " min");
        }
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }
}
