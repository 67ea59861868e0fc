package dev.cohort.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Reports read the analysis model, never result files. */
class ReportArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cohort");

    @Test
    void reportWritersDoNotReadResults() {
        noClasses()
                .that()
                .resideInAPackage("dev.cohort.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.cohort.results.store..", "dev.cohort.pipeline..")
                .check(classes);
    }
}
