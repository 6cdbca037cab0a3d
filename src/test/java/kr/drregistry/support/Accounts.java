package kr.drregistry.support;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Organisation;

/** Fresh local accounts for tests that sign in, fail, or change an account without disturbing the demo ones. */
public final class Accounts {
    private Accounts() {
    }

    /** A new active operator editor of example-talk named {@code prefix-xxxxxxxx}, with {@code password}. */
    public static String create(String prefix, String password) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser u = new AppUser();
            u.id = UUID.randomUUID();
            u.username = username;
            u.displayName = "시험 계정 " + prefix;
            u.email = username + "@example.org";
            u.passwordHash = BcryptUtil.bcryptHash(password);
            u.organisation = Organisation.findBySlug("example-talk");
            u.roles = "operator-editor";
            u.active = true;
            u.createdAt = Instant.now();
            u.persist();
        });
        return username;
    }
}
