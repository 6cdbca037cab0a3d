package kr.drregistry.topology.diff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The diff is plain Java like the rest of the topology engine: no framework, and it reads only the model. */
@AnalyzeClasses(packages = "kr.drregistry.topology.diff", importOptions = ImportOption.DoNotIncludeTests.class)
class DiffArchitectureTest {
    @ArchTest
    static final ArchRule importsNoFramework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "io.quarkus..",
                    "org.hibernate..", "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..",
                    "com.fasterxml..")
            .because("the diff is domain code serialised by the API layer, unit-tested without Quarkus");

    @ArchTest
    static final ArchRule dependsOnlyOnTheModel = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("..topology.parse..", "..topology.loss..", "..topology.graph..",
                    "..topology.api..")
            .because("a diff compares two parsed topologies and needs nothing but the model");
}
