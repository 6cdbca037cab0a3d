package kr.drregistry.topology;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The topology engine (model, parser, graph, loss engine, rules, benchmark), the coverage rules (who must file) and the work budget they
 * check are plain Java: no framework may leak into them.
 */
@AnalyzeClasses(packages = {"kr.drregistry.topology", "kr.drregistry.coverage", "kr.drregistry.budget"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainImportsNoFramework = noClasses()
            .that().resideInAnyPackage("..topology.model..", "..topology.validation..", "..topology.bench..",
                    "..topology.parse..", "..topology.sector..", "..topology.diff..", "..topology.view..", "..topology.guide..",
                    "..topology.graph..", "..topology.loss..", "..topology.facility..",
                    "kr.drregistry.coverage..", "kr.drregistry.budget..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "io.quarkus..",
                    "org.hibernate..", "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..")
            .because("validators are pure domain code, unit-tested without Quarkus (STYLE.md)");
}
