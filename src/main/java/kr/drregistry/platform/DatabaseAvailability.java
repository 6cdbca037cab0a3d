package kr.drregistry.platform;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Whether requests can be served by the database right now. Unavailable while the embedded server is away (its
 * watchdog says so the moment the postmaster dies, and again when it is back: then the pool's dead connections are
 * dropped), and for {@link #RETRY_AFTER} after a request failed to reach the database (any database, also a
 * configured one). Meanwhile requests are answered 503 with Retry-After instead of failing one by one.
 *
 * <p>Health: readiness is DOWN while the embedded server is away (as is the datasource's own readiness check);
 * liveness goes DOWN only when the watchdog gave up bringing it back, so that a supervisor restarts the app.
 */
@ApplicationScoped
public class DatabaseAvailability {
    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class);
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @Inject
    AgroalDataSource dataSource;

    private volatile boolean marked;
    private volatile long unavailableUntil;
    private final EmbeddedDatabase.Listener listener = this::embeddedStateChanged;

    void start(@Observes StartupEvent event) {
        EmbeddedDatabase.appDatabase().ifPresent(db -> db.addListener(listener));
    }

    void stop(@Observes ShutdownEvent event) {
        EmbeddedDatabase.appDatabase().ifPresent(db -> db.removeListener(listener));
    }

    public boolean available() {
        EmbeddedDatabase db = EmbeddedDatabase.appDatabase().orElse(null);
        if (db != null && db.state() != EmbeddedDatabase.State.UP) {
            return false;
        }
        return !marked || System.nanoTime() - unavailableUntil >= 0;
    }

    /** A request found the database unreachable: answer the next ones 503 for a moment instead of trying each. */
    public void markUnavailable() {
        if (available()) {
            LOG.warnf("The database is unavailable; requests are answered 503 (Retry-After %d s) until it answers again",
                    RETRY_AFTER.toSeconds());
        }
        unavailableUntil = System.nanoTime() + RETRY_AFTER.toNanos();
        marked = true;
    }

    private void embeddedStateChanged(EmbeddedDatabase.State state) {
        if (state == EmbeddedDatabase.State.UP) {
            // the pool's connections went with the old server
            dataSource.flush(AgroalDataSource.FlushMode.ALL);
            marked = false;
        }
    }

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck embeddedReadiness() {
        return () -> {
            EmbeddedDatabase db = EmbeddedDatabase.appDatabase().orElse(null);
            if (db == null) {
                return HealthCheckResponse.named("embedded-database").up().withData("mode", "configured database").build();
            }
            // the answer requests get: UP only once the server is back and no request has just failed to reach it
            // (a request on a connection of the old server marks a few seconds of 503s, which readiness must not hide)
            return HealthCheckResponse.named("embedded-database").status(available())
                    .withData("state", db.state().name()).withData("port", db.port()).build();
        };
    }

    @Produces
    @Liveness
    @ApplicationScoped
    HealthCheck embeddedLiveness() {
        return () -> {
            EmbeddedDatabase db = EmbeddedDatabase.appDatabase().orElse(null);
            boolean gaveUp = db != null && db.state() == EmbeddedDatabase.State.GAVE_UP;
            return HealthCheckResponse.named("embedded-database-watchdog").status(!gaveUp)
                    .withData("state", db == null ? "configured database" : db.state().name()).build();
        };
    }
}
