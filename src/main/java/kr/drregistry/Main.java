package kr.drregistry;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import kr.drregistry.platform.EmbeddedDatabase;

/**
 * Launcher. When no datasource URL is configured it starts the embedded PostgreSQL first, so that the datasource,
 * Flyway and Hibernate find a real database; the embedded server stops when the application does.
 */
@QuarkusMain
public final class Main {
    private Main() {
    }

    public static void main(String... args) {
        EmbeddedDatabase embedded = EmbeddedDatabase.startIfNoUrlConfigured();
        try {
            Quarkus.run(args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
