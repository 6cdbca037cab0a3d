package kr.drregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * The rules of the house (ARCHITECTURE.md), in one place. A feature is a top-level package with its pure engine and
 * services; its pages live in its {@code web} package, which is a slice of its own so that a page may show several
 * features (the filing workspace shows a topology's pictures) without the features depending on each other.
 */
@AnalyzeClasses(packages = "kr.drregistry", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {
    /** The features of the target tree; everything else (identity, audit, export, notify, web, platform, …) is shared. */
    static final List<String> FEATURES = List.of("filing", "topology", "plan", "incident", "review", "sector", "policy");

    static final String[] FRAMEWORKS = {"jakarta..", "javax.persistence..", "io.quarkus..", "org.hibernate..",
            "io.smallrye..", "io.vertx..", "org.eclipse.microprofile.."};

    /** {@code kr.drregistry.X.web..} is the slice "X.web", everything else under {@code kr.drregistry.X} is "X". */
    static final SliceAssignment FEATURES_AND_THEIR_PAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return sliceOf(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
            return "top-level packages of kr.drregistry, with each web package apart";
        }
    };

    static SliceIdentifier sliceOf(String packageName) {
        if (!packageName.startsWith("kr.drregistry.")) {
            return SliceIdentifier.ignore();
        }
        String[] parts = packageName.substring("kr.drregistry.".length()).split("\\.");
        boolean pages = parts.length > 1 && parts[1].equals("web");
        return SliceIdentifier.of(pages ? parts[0] + ".web" : parts[0]);
    }

    @ArchTest
    static final ArchRule slicesAreFreeOfCycles = slices().assignedFrom(FEATURES_AND_THEIR_PAGES)
            .should().beFreeOfCycles()
            .because("a cycle makes two packages one; cross-feature reactions go through CDI events (ARCHITECTURE.md)");

    /**
     * Inside a feature too: every package is free of cycles with every other (the rules of a validator and the
     * validator, the sign-in and the tokens), so that each package can be read after the ones it uses.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("kr.drregistry.(**)")
            .should().beFreeOfCycles()
            .because("a package that needs a package needing it back is one package in two folders");

    @ArchTest
    static final ArchRule filingDependsOnNoFeature = noClasses()
            .that().resideInAPackage("kr.drregistry.filing")
            .should().dependOnClassesThat().resideInAnyPackage(featurePackagesExcept("filing"))
            .because("the filing lifecycle is the base every feature plugs into through the FilingContent SPI");

    @ArchTest
    static final ArchRule noFeatureUsesAnothersPages = CompositeArchRule.of(FEATURES.stream()
            .map(f -> noClasses().that().resideInAPackage("kr.drregistry." + f + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                            .filter(g -> !g.equals(f) && !g.equals("filing"))
                            .map(g -> "kr.drregistry." + g + ".web..").toArray(String[]::new))
                    .allowEmptyShould(true))
            .map(ArchRule.class::cast).toList())
            .because("a feature's pages are its own; what two features share is a service or a view model. The filing's "
                    + "pages (attachments, findings, statuses, a version's exports) are the frame every feature's pages build on");

    @ArchTest
    static final ArchRule sharedWebDependsOnNoFeature = noClasses()
            .that().resideInAPackage("kr.drregistry.web..")
            .should().dependOnClassesThat().resideInAnyPackage(featurePackagesExcept())
            .because("the layout, problem+json and language glue serve every feature and know none");

    @ArchTest
    static final ArchRule engineIsPlainJava = noClasses()
            .that().resideInAnyPackage("kr.drregistry.rules..",
                    "kr.drregistry.topology.model..", "kr.drregistry.topology.parse..", "kr.drregistry.topology.graph..",
                    "kr.drregistry.topology.loss..", "kr.drregistry.topology.validation..", "kr.drregistry.topology.bench..",
                    "kr.drregistry.topology.diff..", "kr.drregistry.topology.view..", "kr.drregistry.topology.guide..",
                    "kr.drregistry.topology.facility..", "kr.drregistry.topology.sector..",
                    "kr.drregistry.plan.model..", "kr.drregistry.plan.rules..", "kr.drregistry.plan.form..",
                    "kr.drregistry.incident.model..", "kr.drregistry.incident.rules..",
                    "kr.drregistry.sector.coverage..", "kr.drregistry.budget..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("models, rules and engines are pure domain code, unit-tested without Quarkus (STYLE.md)");

    @ArchTest
    static final ArchRule diffReadsOnlyTheModel = noClasses()
            .that().resideInAPackage("kr.drregistry.topology.diff..")
            .should().dependOnClassesThat().resideInAnyPackage("kr.drregistry.topology.parse..",
                    "kr.drregistry.topology.loss..", "kr.drregistry.topology.graph..", "kr.drregistry.topology.api..",
                    "com.fasterxml..")
            .because("a diff compares two parsed topologies and needs nothing but the model");

    /** dr-validate.jar carries only these packages (pom.xml, maven-shade-plugin filters). */
    @ArchTest
    static final ArchRule commandLineToolUsesOnlyTheEngine = classes().that().resideInAPackage("kr.drregistry.cli")
            .should().onlyDependOnClassesThat(DescribedPredicate.or(
                    JavaClass.Predicates.resideInAnyPackage("java..", "javax.xml..", "picocli..", "com.fasterxml.jackson..",
                            "org.snakeyaml..", "kr.drregistry.cli..", "kr.drregistry.rules..",
                            "kr.drregistry.topology.model..", "kr.drregistry.topology.parse..",
                            "kr.drregistry.topology.validation..", "kr.drregistry.topology.diff..",
                            "kr.drregistry.topology.facility..", "kr.drregistry.topology.loss..",
                            "kr.drregistry.topology.graph..", "kr.drregistry.budget.."),
                    JavaClass.Predicates.belongToAnyOf(kr.drregistry.topology.api.ReportView.class),
                    JavaClass.Predicates.resideInAnyPackage("")))
            .because("a class from anywhere else would be missing from dr-validate.jar, or bring Quarkus with it");

    static String[] featurePackagesExcept(String... allowed) {
        List<String> keep = List.of(allowed);
        return FEATURES.stream().filter(f -> !keep.contains(f)).map(f -> "kr.drregistry." + f + "..").toArray(String[]::new);
    }
}
