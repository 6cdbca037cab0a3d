package kr.drregistry.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PostgresTestResource} and {@link SmtpTestResource} for every {@code @QuarkusTest} in the suite. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SmtpTestResource.class, restrictToAnnotatedClass = false)
public class AllTestsUsePostgres {
}
