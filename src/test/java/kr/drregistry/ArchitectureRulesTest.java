package kr.drregistry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The rules of {@link ArchitectureTest} catch what they are for: shown once on a deliberate cycle. */
class ArchitectureRulesTest {
    @Test
    void aServiceThatCallsItsOwnPageIsACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages("kr.drregistry.archfixture");

        EvaluationResult result = ArchitectureTest.slicesAreFreeOfCycles.evaluate(fixture);

        assertTrue(result.hasViolation(), "a service and its page that call each other must fail the build");
        assertTrue(result.getFailureReport().getDetails().stream()
                        .anyMatch(d -> d.contains("Slice archfixture") && d.contains("Slice archfixture.web")),
                () -> "the report names both slices: " + result.getFailureReport().getDetails());
        assertTrue(ArchitectureTest.packagesAreFreeOfCycles.evaluate(fixture).hasViolation(),
                "the same cycle counted package by package");
    }
}
