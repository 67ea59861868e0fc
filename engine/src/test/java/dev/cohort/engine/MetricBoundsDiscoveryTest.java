package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.cohort.Trial;
import dev.cohort.engine.fixtures.BoundedMetricExperiments;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.MetricBounds;
import dev.cohort.results.store.ManifestStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** {@code @Metric(min, max)} recorded in the manifest; a range whose min is not below its max is a discovery issue. */
class MetricBoundsDiscoveryTest {

    private static MethodSelector method(String name) {
        return selectMethod(BoundedMetricExperiments.class, name, "int, " + Trial.class.getName());
    }

    @TempDir
    Path results;

    @Test
    void theDeclaredRangesAreRecordedInTheManifest() throws Exception {
        EngineRuns.execute(results, method("bounded"))
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(4).failed(0));

        var manifests = ManifestStore.read(results);
        assertThat(manifests.problems()).isEmpty();
        ExperimentManifest manifest = manifests.manifests().get(0);
        assertThat(manifest.bounds())
                .as("reward declares no range and is not recorded")
                .containsExactly(
                        java.util.Map.entry("accuracy", new MetricBounds(0, 100)),
                        java.util.Map.entry("error", new MetricBounds(0, Double.POSITIVE_INFINITY)));
    }

    @Test
    void aRangeWhoseMinIsNotBelowItsMaxIsAnIssueNamingClassMethodAndMetric() {
        List<DiscoveryIssue> issues = EngineRuns.engine(results)
                .selectors(method("reversed"), method("empty"), method("twoRanges"))
                .discover()
                .getDiscoveryIssues();

        assertThat(issues)
                .extracting(DiscoveryIssue::message)
                .containsExactlyInAnyOrder(
                        "BoundedMetricExperiments#reversed: @Metric \"accuracy\" declares min = 100.0 and max = 0.0;"
                                + " min must be less than max",
                        "BoundedMetricExperiments#empty: @Metric \"accuracy\" declares min = 1.0 and max = 1.0; min"
                                + " must be less than max",
                        "BoundedMetricExperiments#twoRanges: @Metric \"accuracy\" is declared with two ranges, [0.0,"
                                + " 100.0] and [0.0, 1.0]");
        assertThat(issues).allSatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(ExperimentSelectorResolver.INVALID_DECLARATION);
            assertThat(issue.source()).get().isInstanceOf(MethodSource.class);
        });
    }
}
