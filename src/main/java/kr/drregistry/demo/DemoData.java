package kr.drregistry.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.OrganisationKind;
import kr.drregistry.identity.Roles;

/**
 * Seeds the demo organisations and users (README) when {@code drr.demo.enabled} is true. Idempotent: what exists
 * is left alone. Real deployments turn it off ({@code DRR_DEMO_ENABLED=false}); when on, the log says so loudly.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "drr.demo.enabled")
    boolean enabled;
    @ConfigProperty(name = "drr.demo.password")
    String password;

    @Transactional
    void seed(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        LOG.warn("*************************************************************************************");
        LOG.warn("* DEMO DATA IS ON: demo organisations and users with a published password exist.   *");
        LOG.warn("* Never run a real deployment like this: set DRR_DEMO_ENABLED=false.                *");
        LOG.warn("*************************************************************************************");
        Organisation talk = org("example-talk", "예시톡", "Example Talk", OrganisationKind.VALUE_ADDED, 47_000_000L,
                new BigDecimal("3.1"), null, null, 7_000_000_000_000L);
        Organisation portal = org("example-portal", "예시포털", "Example Portal", OrganisationKind.VALUE_ADDED, 30_000_000L,
                new BigDecimal("2.4"), null, null, 9_000_000_000_000L);
        Organisation idc = org("example-idc", "예시데이터센터", "Example IDC", OrganisationKind.IDC, null, null,
                new BigDecimal("32000"), new BigDecimal("100"), 1_200_000_000_000L);
        Organisation msit = org("msit", "과학기술정보통신부", "Ministry of Science and ICT", OrganisationKind.REGULATOR, null,
                null, null, null, null);
        String hash = BcryptUtil.bcryptHash(password);
        user("talk-editor", "김예시 (예시톡 편집자)", talk, hash, Roles.OPERATOR_EDITOR);
        user("talk-officer", "이담당 (예시톡 재난관리책임자)", talk, hash, Roles.OPERATOR_EDITOR + "," + Roles.OPERATOR_OFFICER);
        user("portal-editor", "박예시 (예시포털 편집자)", portal, hash, Roles.OPERATOR_EDITOR);
        user("portal-officer", "윤담당 (예시포털 재난관리책임자)", portal, hash, Roles.OPERATOR_EDITOR + "," + Roles.OPERATOR_OFFICER);
        user("idc-editor", "최예시 (예시데이터센터 편집자)", idc, hash, Roles.OPERATOR_EDITOR);
        user("reviewer", "정심사 (과기정통부 심사자)", msit, hash, Roles.REGULATOR_REVIEWER);
        user("lead", "한총괄 (과기정통부 심사총괄)", msit, hash, Roles.REGULATOR_REVIEWER + "," + Roles.REGULATOR_LEAD);
        user("admin", "관리자", msit, hash, Roles.ADMIN);
    }

    private static Organisation org(String slug, String ko, String en, OrganisationKind kind, Long users, BigDecimal share,
                                    BigDecimal floor, BigDecimal power, Long revenue) {
        Organisation existing = Organisation.findBySlug(slug);
        if (existing != null) {
            return existing;
        }
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        o.slug = slug;
        o.nameKo = ko;
        o.nameEn = en;
        o.kind = kind;
        o.dailyUsers = users;
        o.trafficSharePct = share;
        o.floorAreaM2 = floor;
        o.receivedPowerMw = power;
        o.revenueKrw = revenue;
        o.contactEmail = slug + "@example.org";
        o.createdAt = Instant.now();
        o.updatedAt = o.createdAt;
        o.persist();
        return o;
    }

    private static void user(String username, String name, Organisation org, String hash, String roles) {
        if (AppUser.findByUsername(username) != null) {
            return;
        }
        AppUser u = new AppUser();
        u.id = UUID.randomUUID();
        u.username = username;
        u.displayName = name;
        u.email = username + "@example.org";
        u.passwordHash = hash;
        u.organisation = org;
        u.roles = roles;
        u.active = true;
        u.createdAt = Instant.now();
        u.persist();
    }
}
