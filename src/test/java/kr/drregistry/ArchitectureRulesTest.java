package kr.drregistry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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

    @Test
    void aFeatureThatCallsAFinderOfFilingBreaksTheRule() {
        JavaClasses fixture = new ClassFileImporter().importPackages("kr.drregistry.archfixture");

        EvaluationResult result = ArchitectureTest.onlyFilingQueriesItsTables.evaluate(fixture);

        assertTrue(result.hasViolation(), "Filing.findById outside the filing package must fail the build");
        assertTrue(result.getFailureReport().getDetails().stream().anyMatch(d -> d.contains("LedgerFilings.title")
                        && d.contains("Filing.findById")),
                () -> "the report names the caller and the finder: " + result.getFailureReport().getDetails());
    }

    @Test
    void sqlNamingTheFilingTablesIsFoundInLiteralsOnly() {
        String tq = "\"\"\"";
        String source = String.join("\n",
                "class Somewhere {",
                "    @Message String filing_version();",
                "    String q = \"select content from filing_version where filing_id = ?1\";",
                "    String jpql = " + tq,
                "            select f.id, v.content from Filing f, FilingVersion v",
                "            where v.filingId = f.id" + tq + ";",
                "    String decisions = \"select * from filing_decision d join filing f on f.id = d.filing_id\";",
                "    String prose = \"the filing's owner\";",
                "}");

        assertEquals(List.of("filing_version", "from Filing", ", FilingVersion v", "join filing"),
                ArchitectureTest.filingTablesNamedIn(source));
    }
}
