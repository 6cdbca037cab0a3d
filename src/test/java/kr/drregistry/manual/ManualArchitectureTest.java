package kr.drregistry.manual;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The plan model, binding and rules are plain Java (Jackson allowed): no framework may leak into them. */
@AnalyzeClasses(packages = "kr.drregistry.manual", importOptions = ImportOption.DoNotIncludeTests.class)
class ManualArchitectureTest {
    @ArchTest
    static final ArchRule manualImportsNoFramework = noClasses()
            .that().resideInAnyPackage("kr.drregistry.manual..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "io.quarkus..",
                    "org.hibernate..", "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..")
            .because("plan rules are pure domain code, run by the same engine as the topology rules");
}
