package kr.drregistry.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * dr-validate uses the registry's engine and nothing else of it: the plain-Java packages the jar carries (model,
 * parser, rules, simulation, diff, budget, the API's report shape), picocli, Jackson, snakeyaml and the JDK. A class
 * from anywhere else would be missing from dr-validate.jar, or bring Quarkus with it.
 */
@AnalyzeClasses(packages = "kr.drregistry.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {
    @ArchTest
    static final ArchRule onlyTheEngineAndItsLibraries = classes().that().resideInAPackage("kr.drregistry.cli")
            .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.or(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("java..", "javax.xml..",
                            "picocli..", "com.fasterxml.jackson..", "org.snakeyaml..", "kr.drregistry.cli..",
                            "kr.drregistry.topology.model..", "kr.drregistry.topology.parse..",
                            "kr.drregistry.topology.validation..",
                            "kr.drregistry.topology.diff..", "kr.drregistry.topology.facility..", "kr.drregistry.topology.loss..", "kr.drregistry.topology.graph..", "kr.drregistry.budget.."),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(kr.drregistry.topology.api.ReportView.class),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("")))
            .because("dr-validate.jar carries only these (pom.xml, maven-shade-plugin filters)");
}
