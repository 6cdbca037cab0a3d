package kr.drregistry.identity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Makes organisations and their local accounts: what the demo data needs, and what tests need for an organisation of
 * their own. Organisations and accounts that exist already are left exactly as they are (so a restart changes nothing).
 * API tokens are made by the organisation's people through the token API, like any other.
 */
@ApplicationScoped
public class TenantSeeder {
    @jakarta.inject.Inject
    java.time.InstantSource clock;

    /** An organisation and its designation fields (REGULATION.md: who must file). */
    public record OrganisationSpec(String slug, String nameKo, String nameEn, OrganisationKind kind, Long dailyUsers,
                                   BigDecimal trafficSharePct, BigDecimal floorAreaM2, BigDecimal receivedPowerMw,
                                   Long revenueKrw) {
        public static OrganisationSpec valueAdded(String slug, String nameKo, String nameEn, long dailyUsers, String trafficSharePct,
                                                  long revenueKrw) {
            return new OrganisationSpec(slug, nameKo, nameEn, OrganisationKind.VALUE_ADDED, dailyUsers,
                    new BigDecimal(trafficSharePct), null, null, revenueKrw);
        }

        public static OrganisationSpec idc(String slug, String nameKo, String nameEn, String floorAreaM2, String receivedPowerMw,
                                           long revenueKrw) {
            return new OrganisationSpec(slug, nameKo, nameEn, OrganisationKind.IDC, null, null, new BigDecimal(floorAreaM2),
                    new BigDecimal(receivedPowerMw), revenueKrw);
        }

        public static OrganisationSpec regulator(String slug, String nameKo, String nameEn) {
            return new OrganisationSpec(slug, nameKo, nameEn, OrganisationKind.REGULATOR, null, null, null, null, null);
        }
    }

    /** A local account: user name, the name people see, roles ({@link Roles}). */
    public record UserSpec(String username, String displayName, List<String> roles) {
        public UserSpec {
            roles = List.copyOf(roles);
        }
    }

    /** The organisation with {@code spec.slug()}: made from {@code spec} when missing, else left as it is. */
    @Transactional
    public Organisation organisation(OrganisationSpec spec) {
        Organisation existing = Organisation.findBySlug(spec.slug());
        if (existing != null) {
            return existing;
        }
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        o.slug = spec.slug();
        o.nameKo = spec.nameKo();
        o.nameEn = spec.nameEn();
        o.kind = spec.kind();
        o.dailyUsers = spec.dailyUsers();
        o.trafficSharePct = spec.trafficSharePct();
        o.floorAreaM2 = spec.floorAreaM2();
        o.receivedPowerMw = spec.receivedPowerMw();
        o.revenueKrw = spec.revenueKrw();
        o.contactEmail = spec.slug() + "@example.org";
        o.createdAt = clock.instant();
        o.updatedAt = o.createdAt;
        o.persist();
        return o;
    }

    /**
     * The accounts of {@code org} that are missing, made with {@code password} (hashed once, with bcrypt, only when
     * an account is made); existing accounts keep their password, roles and state. Returns the accounts made.
     */
    @Transactional
    public List<AppUser> users(Organisation org, List<UserSpec> specs, String password) {
        List<AppUser> made = new ArrayList<>();
        String hash = null;
        for (UserSpec spec : specs) {
            if (AppUser.findByUsername(spec.username()) != null) {
                continue;
            }
            if (hash == null) {
                hash = BcryptUtil.bcryptHash(password);
            }
            AppUser u = new AppUser();
            u.id = UUID.randomUUID();
            u.username = spec.username();
            u.displayName = spec.displayName();
            u.email = spec.username() + "@example.org";
            u.passwordHash = hash;
            u.organisation = org;
            u.roles = String.join(",", spec.roles());
            u.active = true;
            u.createdAt = clock.instant();
            u.persist();
            made.add(u);
        }
        return made;
    }
}
