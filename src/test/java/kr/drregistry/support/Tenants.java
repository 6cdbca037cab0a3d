package kr.drregistry.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.arc.Arc;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.Roles;
import kr.drregistry.identity.TenantSeeder;
import kr.drregistry.identity.TenantSeeder.OrganisationSpec;
import kr.drregistry.identity.TenantSeeder.UserSpec;

/**
 * A new organisation of a test's own, with an editor and an officer, made through the same seeder as the demo data
 * ({@link TenantSeeder}): what the test files, nobody else sees, whatever ran before it on the shared database.
 * Call it from a {@code @QuarkusTest} (the seeder is a bean of the running app).
 */
public final class Tenants {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Tenants() {
    }

    /**
     * A value-added operator's organisation: {@code slug}, {@code editor} and {@code officer} are its names,
     * {@code nameKo} and {@code nameEn} its Korean and English names and {@code officerNameKo} the officer's Korean display name (as pages show them).
     */
    public record Tenant(String slug, String editor, String officer, String nameKo, String nameEn, String officerNameKo) {
        public String password() {
            return Browserless.PASSWORD;
        }

        /** A drr/v1 document rewritten to be this organisation's filing ({@code operator:} is checked on save). */
        public String own(String drrDocument) {
            return drrDocument.replaceFirst("(?m)^operator: .*$", "operator: " + slug);
        }
    }

    /** A fresh value-added operator named after {@code purpose} (a few letters, for the logs and pages). */
    public static Tenant fresh(String purpose) {
        String slug = ("t-" + purpose + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + NEXT.incrementAndGet())
                .toLowerCase(java.util.Locale.ROOT);
        TenantSeeder seeder = Arc.container().instance(TenantSeeder.class).get();
        String nameKo = "시험 " + purpose;
        String nameEn = "Test " + purpose;
        String officerNameKo = "책임자 " + purpose;
        Organisation org = seeder.organisation(OrganisationSpec.valueAdded(slug, nameKo, nameEn,
                20_000_000L, "2.5", 1_000_000_000_000L));
        Tenant t = new Tenant(slug, slug + "-editor", slug + "-officer", nameKo, nameEn, officerNameKo);
        seeder.users(org, List.of(new UserSpec(t.editor(), "편집자 " + purpose, List.of(Roles.OPERATOR_EDITOR)),
                new UserSpec(t.officer(), officerNameKo, List.of(Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER))),
                Browserless.PASSWORD);
        return t;
    }
}
