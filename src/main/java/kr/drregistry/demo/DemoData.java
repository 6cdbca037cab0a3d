package kr.drregistry.demo;

import kr.drregistry.filing.FilingQueries;
import kr.drregistry.identity.DemoAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.TenantSeeder;

/**
 * Seeds the demo data when {@code drr.demo.enabled} is true: the demo organisations and accounts ({@link DemoAccounts}),
 * and, once, with {@code drr.demo.filings} (on by default, off in tests), the filings that show a working registry
 * ({@link DemoFilings}). Idempotent: what exists is left alone, and the filings are made once per database (marker
 * {@code demo_seed}) and only into a registry where the demo organisations have filed nothing. A transaction-level
 * advisory lock makes replicas that start together seed one after the other, so nothing is made twice. Real
 * deployments turn it off ({@code DRR_DEMO_ENABLED=false}); when on, the log says so.
 */
@ApplicationScoped
public class DemoData {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    /** The advisory lock key of the demo seeding ("drr-demo"). */
    static final long LOCK = 0x6472722d64656d6fL;
    static final String FILINGS = "filings";

    @ConfigProperty(name = "drr.demo.enabled")
    boolean enabled;
    @ConfigProperty(name = "drr.demo.filings", defaultValue = "true")
    boolean withFilings;
    @ConfigProperty(name = "drr.demo.password")
    String password;
    @Inject
    TenantSeeder tenants;
    @Inject
    DemoFilings filings;
    @Inject
    EntityManager em;
    @Inject
    FilingQueries filingQueries;

    /** What one seeding made: accounts, filings, submitted versions, and how long it took. */
    public record Seeded(int accounts, int filings, int versions, Duration took) {
    }

    /** After the policies are stored (their observers have the default priority), before the start-up line. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!enabled) {
            return;
        }
        LOG.warn("DEMO DATA IS ON: demo accounts with a published password exist. Never run a real deployment like this: "
                + "set DRR_DEMO_ENABLED=false.");
        Seeded s = seed();
        if (s.filings() > 0) {
            LOG.infof("Demo data: %d accounts, %d filings with %d submitted versions made in %d ms", s.accounts(), s.filings(),
                    s.versions(), s.took().toMillis());
        }
    }

    /** Makes what is missing of the demo data; does nothing when demo data is off. Safe to call again, and concurrently. */
    public Seeded seed() {
        if (!enabled) {
            return new Seeded(0, 0, 0, Duration.ZERO);
        }
        long started = System.nanoTime();
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l").setParameter(1, LOCK).getSingleResult();
            int accounts = 0;
            for (DemoAccounts.Tenant t : DemoAccounts.TENANTS) {
                Organisation org = tenants.organisation(t.organisation());
                accounts += tenants.users(org, t.users(), password).size();
            }
            if (!withFilings || seeded(FILINGS)) {
                return new Seeded(accounts, 0, 0, Duration.ofNanos(System.nanoTime() - started));
            }
            em.flush();
            DemoFilings.Made made = inUse() ? new DemoFilings.Made(0, 0) : filings.seed(clock.instant());
            if (made.filings() == 0) {
                LOG.info("Demo data: the demo organisations have filings already; no demo filings were made");
            }
            em.createNativeQuery("insert into demo_seed (part) values (?1)").setParameter(1, FILINGS).executeUpdate();
            return new Seeded(accounts, made.filings(), made.versions(), Duration.ofNanos(System.nanoTime() - started));
        });
    }

    private boolean seeded(String part) {
        return ((Number) em.createNativeQuery("select count(*) from demo_seed where part = ?1").setParameter(1, part)
                .getSingleResult()).longValue() > 0;
    }

    /** Whether any demo organisation filed anything already (then its data stays as its people made it). */
    private boolean inUse() {
        List<String> slugs = DemoAccounts.TENANTS.stream().map(t -> t.organisation().slug()).toList();
        return filingQueries.anyFiledBy(slugs);
    }
}
