package kr.drregistry.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PostgresTestResource} for every {@code @QuarkusTest} in the suite. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public class AllTestsUsePostgres {
}
