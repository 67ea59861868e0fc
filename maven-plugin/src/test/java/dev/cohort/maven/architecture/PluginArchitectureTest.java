package dev.cohort.maven.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The goals are thin adapters from Maven to the framework's pipeline, query API and runtime reader. */
class PluginArchitectureTest {

    private final JavaClasses plugin = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cohort.maven");

    @Test
    void theGoalsNeitherComputeStatisticsNorWriteReportsThemselves() {
        noClasses()
                .that()
                .resideInAPackage("dev.cohort.maven..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.cohort.statistics..", "dev.cohort.report..", "dev.cohort.assertions..")
                .because("the report pipeline analyzes and writes, the query API checks; a goal only adapts Maven")
                .check(plugin);
    }
}
