package kr.drregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import kr.drregistry.filing.Filing;
import kr.drregistry.filing.FilingVersion;

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

    /** The static finders Panache gives an entity: each builds a query on the entity's table. */
    static final java.util.regex.Pattern PANACHE_FINDERS = java.util.regex.Pattern.compile(
            "find.*|list.*|count|stream.*|of|getEntityManager|getSession");

    static final DescribedPredicate<JavaMethodCall> READ_OF_FILING_TABLES = DescribedPredicate.describe(
            "a static finder of Filing or FilingVersion (find*, list*, count, stream*, of, getEntityManager)",
            call -> call.getTargetOwner().isEquivalentTo(Filing.class) || call.getTargetOwner().isEquivalentTo(FilingVersion.class)
                    ? PANACHE_FINDERS.matcher(call.getName()).matches() : false);

    @ArchTest
    static final ArchRule onlyFilingQueriesItsTables = noClasses()
            .that().resideOutsideOfPackage("kr.drregistry.filing..")
            .should().callMethodWhere(READ_OF_FILING_TABLES)
            .because("every read of the filing tables is a named question on filing.FilingQueries (ARCHITECTURE.md), so a "
                    + "change to those tables touches one class; writes go through FilingService and the FilingContent SPI. "
                    + "No exception: demo data and backup neither call these finders");

    /**
     * Files outside {@code filing} whose SQL still names the filing tables, and why. The rule below keeps the list from
     * growing; ArchUnit sees calls, not the text of a query, so this half of the rule reads the sources.
     */
    static final java.util.Map<String, String> SQL_ON_FILING_TABLES_ALLOWED_IN = java.util.Map.of(
            "kr/drregistry/sector/CoverageService.java", "its subject is the designated organisations: their coverage "
                    + "outcome (computed in Java) joined with each one's yearly filings, filtered, sorted and paged as one "
                    + "statement over organisations; split, the paging would move into memory",
            "kr/drregistry/sector/TrendService.java", "DISPOSED_COUNTS counts review's finding_disposition rows on the "
                    + "latest version of each filing; the subject is review's table, filtered by filing columns");

    /** A string literal or text block naming a filing table (SQL) or entity (JPQL) in a FROM, JOIN or list of tables. */
    static final java.util.regex.Pattern NAMES_FILING_TABLES = java.util.regex.Pattern.compile(
            "\\bfiling_version\\b|\\b(from|join|into|update)\\s+filing(version)?\\b|,\\s*filing(version)?\\s+[a-z]\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    static final java.util.regex.Pattern STRING_LITERALS = java.util.regex.Pattern.compile(
            "\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", java.util.regex.Pattern.DOTALL);

    /** What the string literals and text blocks of a Java source say of the filing tables (see NAMES_FILING_TABLES). */
    static List<String> filingTablesNamedIn(String javaSource) {
        List<String> hits = new java.util.ArrayList<>();
        java.util.regex.Matcher literal = STRING_LITERALS.matcher(javaSource);
        while (literal.find()) {
            java.util.regex.Matcher hit = NAMES_FILING_TABLES.matcher(literal.group(1) != null ? literal.group(1) : literal.group(2));
            while (hit.find()) {
                hits.add(hit.group());
            }
        }
        return hits;
    }

    @org.junit.jupiter.api.Test
    void noQueryOutsideFilingNamesTheFilingTables() throws java.io.IOException {
        java.nio.file.Path main = java.nio.file.Path.of("src/main/java");
        java.util.List<String> offenders = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(main)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = main.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("kr/drregistry/filing/") || SQL_ON_FILING_TABLES_ALLOWED_IN.containsKey(relative)) {
                    continue;
                }
                filingTablesNamedIn(java.nio.file.Files.readString(file)).forEach(hit -> offenders.add(relative + ": \"" + hit + "\""));
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), offenders,
                "queries on filing/filing_version outside kr.drregistry.filing (ask filing.FilingQueries instead)");
    }

    /**
     * The engine packages, where a part computed once on first use may run a parallel stream while it holds its lock:
     * there a plain monitor deadlocked a fork/join worker at the first analyses of a fresh app, so every lock is a
     * {@link kr.drregistry.topology.graph.ComputeLock} (its Javadoc says why).
     */
    static final String[] ENGINE = {"kr.drregistry.rules..", "kr.drregistry.topology.model..", "kr.drregistry.topology.parse..",
            "kr.drregistry.topology.graph..", "kr.drregistry.topology.loss..", "kr.drregistry.topology.validation..",
            "kr.drregistry.topology.facility..", "kr.drregistry.topology.diff.."};

    @ArchTest
    static final ArchRule engineLocksAreComputeLocks = CompositeArchRule.of(
            noClasses().that().resideInAnyPackage(ENGINE).and().doNotBelongToAnyOf(kr.drregistry.topology.graph.ComputeLock.class)
                    .should().dependOnClassesThat().resideInAPackage("java.util.concurrent.locks.."))
            .and(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods().that().areDeclaredInClassesThat()
                    .resideInAnyPackage(ENGINE).should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.SYNCHRONIZED))
            .because("a lock in the engine may be held across a parallel stream: take a ComputeLock, which lets the pool "
                    + "start a spare worker (see its Javadoc)");

    /** The {@code synchronized} blocks of the engine's sources (bytecode rules do not see them; see ENGINE). */
    static List<String> monitorBlocksIn(String javaSource) {
        List<String> hits = new java.util.ArrayList<>();
        String[] lines = javaSource.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i].replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//.*$", "");
            if (!code.trim().startsWith("*") && code.matches(".*\\bsynchronized\\s*\\(.*")) {
                hits.add("line " + (i + 1) + ": " + lines[i].trim());
            }
        }
        return hits;
    }

    @org.junit.jupiter.api.Test
    void theEngineHasNoSynchronizedBlocks() throws java.io.IOException {
        java.nio.file.Path main = java.nio.file.Path.of("src/main/java");
        List<String> offenders = new java.util.ArrayList<>();
        for (String pattern : ENGINE) {
            java.nio.file.Path dir = main.resolve(pattern.replace("..", "").replace('.', '/'));
            try (var files = java.nio.file.Files.walk(dir)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    monitorBlocksIn(java.nio.file.Files.readString(file))
                            .forEach(hit -> offenders.add(main.relativize(file) + " " + hit));
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), offenders,
                "synchronized blocks in the engine (take a kr.drregistry.topology.graph.ComputeLock instead)");
    }

    @org.junit.jupiter.api.Test
    void theBlockScanFindsABlockAndNotAWordInACommentOrString() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of("line 2: synchronized (cache) {"),
                monitorBlocksIn("class A {\nsynchronized (cache) {\n// synchronized (x) in a comment\n"
                        + "String s = \"synchronized (y)\";\n * synchronized (z) in Javadoc\n}"));
    }

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
