package dev.cohort.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.cohort.testing.HandWrittenReflection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the layering of the framework. From the bottom: the user API ({@code dev.cohort}) and the pure
 * statistics depend on nothing of ours; the result model ({@code results}) on the API; the store
 * ({@code results.store}) reads and writes the model; the runtime runs experiments and records their
 * results; the analysis turns the model into statistics without I/O; the report writers present the
 * analysis; the pipeline wires store, analysis and writers together; the query API and the assertions
 * answer questions from the store and the analysis. The query API reads its per-configuration summaries
 * from the analysis, not from the statistics, so the report and the query agree on every number.
 */
class ArchitectureTest {

    private static final String API = "API";
    private static final String RESULTS = "Results";
    private static final String STORE = "Store";
    private static final String STATISTICS = "Statistics";
    private static final String RUNTIME = "Runtime";
    private static final String ANALYSIS = "Analysis";
    private static final String REPORT = "Report";
    private static final String PIPELINE = "Pipeline";
    private static final String QUERY = "Query";
    private static final String ASSERTIONS = "Assertions";

    private static JavaClasses classes;

    @BeforeAll
    static void importFramework() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cohort");
    }

    @Test
    void everyPackageHasItsPlaceInTheLayers() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer(API)
                .definedBy("dev.cohort")
                .layer(RESULTS)
                .definedBy("dev.cohort.results")
                .layer(STORE)
                .definedBy("dev.cohort.results.store..")
                .layer(STATISTICS)
                .definedBy("dev.cohort.statistics..")
                .layer(RUNTIME)
                .definedBy("dev.cohort.runtime..")
                .layer(ANALYSIS)
                .definedBy("dev.cohort.analysis..")
                .layer(REPORT)
                .definedBy("dev.cohort.report..")
                .layer(PIPELINE)
                .definedBy("dev.cohort.pipeline..")
                .layer(QUERY)
                .definedBy("dev.cohort.query..")
                .layer(ASSERTIONS)
                .definedBy("dev.cohort.assertions..")
                .whereLayer(API)
                .mayNotAccessAnyLayer()
                .whereLayer(STATISTICS)
                .mayNotAccessAnyLayer()
                .whereLayer(STATISTICS)
                .mayOnlyBeAccessedByLayers(ANALYSIS)
                .whereLayer(RESULTS)
                .mayOnlyAccessLayers(API)
                .whereLayer(STORE)
                .mayOnlyAccessLayers(API, RESULTS)
                .whereLayer(STORE)
                .mayOnlyBeAccessedByLayers(RUNTIME, PIPELINE, QUERY)
                .whereLayer(RUNTIME)
                .mayOnlyAccessLayers(API, RESULTS, STORE)
                .whereLayer(RUNTIME)
                .mayNotBeAccessedByAnyLayer()
                .whereLayer(ANALYSIS)
                .mayOnlyAccessLayers(API, RESULTS, STATISTICS)
                .whereLayer(REPORT)
                .mayOnlyAccessLayers(API, RESULTS, ANALYSIS)
                .whereLayer(REPORT)
                .mayOnlyBeAccessedByLayers(PIPELINE)
                .whereLayer(PIPELINE)
                .mayNotBeAccessedByAnyLayer()
                .whereLayer(QUERY)
                .mayOnlyAccessLayers(API, RESULTS, STORE, ANALYSIS)
                .whereLayer(QUERY)
                .mayOnlyBeAccessedByLayers(ASSERTIONS)
                .whereLayer(ASSERTIONS)
                .mayNotBeAccessedByAnyLayer()
                .because("each layer builds on the ones below it; see the class comment for the order")
                .check(classes);
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("dev.cohort.(**)")
                .should()
                .beFreeOfCycles()
                .because("a cycle between packages makes neither understandable, testable or replaceable alone")
                .check(classes);
    }

    @Test
    void statisticsArePureFunctions() {
        noClasses()
                .that()
                .resideInAPackage("dev.cohort.statistics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "com.fasterxml.jackson..")
                .because("statistics are pure functions over arrays, checked against R")
                .check(classes);
    }

    @Test
    void theAnalysisDoesNoIo() {
        noClasses()
                .that()
                .resideInAPackage("dev.cohort.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio.file..", "com.fasterxml.jackson..")
                .because("the analysis turns trials into a model; reading and writing happen elsewhere")
                .check(classes);
    }

    @Test
    void onlyTheAssertionsUseAssertj() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.cohort.assertions..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.assertj..")
                .because("AssertJ is a dependency of the public assertion API, not of the framework's core")
                .check(classes);
    }

    @Test
    void theFrameworkDoesNotDependOnItsAdapters() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.cohort.engine..",
                        "dev.cohort.maven..",
                        "org.junit.platform.engine..",
                        "org.junit.platform.launcher..",
                        "org.apache.maven..")
                .because("the engine and the Maven plugin are thin adapters around the framework")
                .check(classes);
    }

    @Test
    void annotationsAndMethodsAreFoundThroughJUnitsSupport() {
        noClasses()
                .should(HandWrittenReflection.READ_ANNOTATIONS_OR_METHODS_BY_HAND)
                .because(HandWrittenReflection.BECAUSE)
                .check(classes);
    }
}
