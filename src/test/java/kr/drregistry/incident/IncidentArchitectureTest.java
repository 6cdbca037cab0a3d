package kr.drregistry.incident;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The incident model (report, policy, deadlines) and its rules are plain Java (Jackson allowed). */
@AnalyzeClasses(packages = "kr.drregistry.incident", importOptions = ImportOption.DoNotIncludeTests.class)
class IncidentArchitectureTest {
    @ArchTest
    static final ArchRule incidentDomainImportsNoFramework = noClasses()
            .that().resideInAnyPackage("kr.drregistry.incident.model..", "kr.drregistry.incident.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "io.quarkus..",
                    "org.hibernate..", "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..")
            .because("deadline arithmetic and the INC rules are pure domain code, unit-tested without Quarkus");
}
