package kr.drregistry.support;

import java.util.List;
import java.util.UUID;

import io.quarkus.arc.Arc;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.Roles;
import kr.drregistry.identity.TenantSeeder;
import kr.drregistry.identity.TenantSeeder.OrganisationSpec;
import kr.drregistry.identity.TenantSeeder.UserSpec;

/**
 * Fresh local accounts for tests that sign in, fail, or change an account: each in an organisation of its own, made
 * through the same seeder as the demo data, so that nothing a test does to an account or its sessions touches the demo
 * organisations or another test.
 */
public final class Accounts {
    private Accounts() {
    }

    /** A new active operator editor named {@code prefix-xxxxxxxx}, with {@code password}, alone in a new organisation. */
    public static String create(String prefix, String password) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        TenantSeeder seeder = Arc.container().instance(TenantSeeder.class).get();
        Organisation org = seeder.organisation(OrganisationSpec.valueAdded("a-" + username, "시험 계정 " + prefix,
                "Test account " + prefix, 20_000_000L, "2.5", 1_000_000_000_000L));
        seeder.users(org, List.of(new UserSpec(username, "시험 계정 " + prefix, List.of(Roles.OPERATOR_EDITOR))), password);
        return username;
    }
}
