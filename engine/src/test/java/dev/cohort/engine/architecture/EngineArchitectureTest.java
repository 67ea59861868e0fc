package dev.cohort.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.cohort.testing.HandWrittenReflection;
import org.junit.jupiter.api.Test;

/** The engine is a thin adapter from the JUnit Platform to the framework's runtime. */
class EngineArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cohort.engine");

    @Test
    void theEngineRunsTrialsAndLeavesAnalysisAndReportsToTheFramework() {
        noClasses()
                .that()
                .resideInAPackage("dev.cohort.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.cohort.statistics..",
                        "dev.cohort.analysis..",
                        "dev.cohort.report..",
                        "dev.cohort.pipeline..",
                        "dev.cohort.query..",
                        "dev.cohort.assertions..")
                .because("the engine adapts the JUnit Platform to dev.cohort.runtime and nothing more")
                .check(engine);
    }

    @Test
    void theEngineFindsAnnotationsAndMethodsThroughJUnitsSupport() {
        noClasses()
                .should(HandWrittenReflection.READ_ANNOTATIONS_OR_METHODS_BY_HAND)
                .because(HandWrittenReflection.BECAUSE)
                .check(engine);
    }
}
