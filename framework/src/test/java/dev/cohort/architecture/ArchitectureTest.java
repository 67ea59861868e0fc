package dev.cohort.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the layering of the framework: API, runtime, results, statistics, analysis, report. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importFramework() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cohort");
    }

    @Test
    void theUserApiDependsOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("dev.cohort")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.cohort.*..")
                .because("a researcher's experiment code compiles against the API alone")
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
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.cohort",
                        "dev.cohort.results..",
                        "dev.cohort.analysis..",
                        "dev.cohort.report..",
                        "dev.cohort.runtime..",
                        "dev.cohort.pipeline..",
                        "dev.cohort.query..",
                        "dev.cohort.assertions..")
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
                .resideInAnyPackage(
                        "java.io..",
                        "java.nio.file..",
                        "com.fasterxml.jackson..",
                        "dev.cohort.results.store..",
                        "dev.cohort.report..",
                        "dev.cohort.query..",
                        "dev.cohort.assertions..")
                .because("the analysis turns trials into a model; reading and writing happen elsewhere")
                .check(classes);
    }

    @Test
    void reportsReadAModelNotResultFiles() {
        noClasses()
                .that()
                .resideInAPackage("dev.cohort.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.cohort.results.store..",
                        "dev.cohort.statistics..",
                        "dev.cohort.runtime..",
                        "dev.cohort.pipeline..")
                .because("report writers present the analysis model; they neither read results nor compute")
                .check(classes);
    }

    @Test
    void theResultModelKnowsNothingOfWhatIsBuiltOnIt() {
        noClasses()
                .that()
                .resideInAPackage("dev.cohort.results..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.cohort.runtime..",
                        "dev.cohort.statistics..",
                        "dev.cohort.analysis..",
                        "dev.cohort.report..",
                        "dev.cohort.pipeline..",
                        "dev.cohort.query..",
                        "dev.cohort.assertions..")
                .check(classes);
    }

    @Test
    void queriesAndAssertionsReadResultsAndNeverWriteReports() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.cohort.query..", "dev.cohort.assertions..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.cohort.report..", "dev.cohort.pipeline..", "dev.cohort.runtime..")
                .because("questions about results read the store and the analysis; they run and write nothing")
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
}
