package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StudyAnalysis;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFormatsTest {

    @Test
    void quotesFieldsAsRfc4180Says() {
        assertThat(Csv.quote("plain")).isEqualTo("plain");
        assertThat(Csv.quote("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.quote(null)).isEmpty();
    }

    @Test
    void summaryHasOneRowPerExperimentMetricAndConfigurationAndOneColumnPerParameter() {
        String csv = new SummaryCsvFormat().render(Fixtures.study(), Fixtures.context());
        String[] lines = csv.split("\r\n", -1);

        assertThat(lines[0])
                .isEqualTo(
                        "experiment,stage,metric,goal,config,alpha,algorithm,n,mean,sd,se,ciLow,ciHigh,median,min,max,iqm,"
                                + "shapiroW,shapiroP,q25,q75,meanBootLow,meanBootHigh,iqmBootLow,iqmBootHigh,nonFinite,"
                                + "unrecorded,reasons");
        assertThat(lines).hasSize(1 + 6 + 1);
        assertThat(lines[lines.length - 1]).isEmpty();
        assertThat(lines[1])
                .startsWith(
                        "org.acme.StepSize#tracking,tuning,final_error,MINIMIZE,\"alpha=0.01, algorithm=LMS\",0.01,LMS,30,"
                                + "0.5,0.1,");
        assertThat(lines[6])
                .startsWith(
                        "org.acme.StepSize#tracking,tuning,accuracy,MAXIMIZE,\"alpha=0.1, algorithm=IDBD\",0.1,IDBD,2,1.5,"
                                + "0.7071,0.5,-4.85,7.85,1.5,1.0,2.0,1.5,,,")
                .contains("shapiroP: needs 3 to 5000 values, got 2; shapiroW: needs 3 to 5000 values, got 2");
    }

    @Test
    void aParameterNamedLikeAFixedColumnHasNoColumnOfItsOwn() {
        StudyAnalysis study = new StudyAnalysis(List.of(new ExperimentAnalysis(
                "e",
                List.of("mean", "lr"),
                1,
                1,
                List.of(),
                List.of(Fixtures.metric(
                        "m", Goal.NONE, List.of(Fixtures.group(Fixtures.config("mean", 1, "lr", 2), 1, 1.0, null)))))));

        String header = new SummaryCsvFormat().render(study, Fixtures.context()).split("\r\n")[0];

        assertThat(header).startsWith("experiment,stage,metric,goal,config,lr,n,mean,sd,");
        assertThat(header.split(",")).doesNotHaveDuplicates();
    }

    @Test
    void comparisonsHaveOneRowPerPairWithParametersOfBothAndEmptyCellsForUndefined() {
        String csv = new ComparisonsCsvFormat().render(Fixtures.study(), Fixtures.context());
        String[] lines = csv.split("\r\n");

        assertThat(lines[0])
                .isEqualTo(
                        "experiment,stage,metric,a,b,a.alpha,a.algorithm,b.alpha,b.algorithm,test,p,pBonferroni,pHolm,"
                                + "studentT,studentP,welchT,welchDf,welchP,mannWhitneyU,mannWhitneyP,pairedT,pairedP,wilcoxonV,"
                                + "wilcoxonP,cohensD,hedgesG,pairs,pairedCorrelation,probabilityOfImprovement,seedsForPowerBonferroni,"
                                + "seedsForPowerHolm,reasons");
        assertThat(lines).hasSize(1 + 3);
        String why = "configurations ran different seeds";
        assertThat(lines[1])
                .isEqualTo("org.acme.StepSize#tracking,tuning,final_error,\"alpha=0.01, algorithm=LMS\","
                        + "\"alpha=0.01, algorithm=IDBD\",0.01,LMS,0.01,IDBD,WELCH_T,0.0012,"
                        + (3 * 0.0012)
                        + ",0.0024,2.5,0.02,2.4,17.9,0.027,12.0,0.03,,,,,-0.8,-0.78,,,0.3,28,26,"
                        + "pairedCorrelation: " + why + "; pairedP: " + why + "; pairedT: " + why + "; pairs: " + why
                        + "; wilcoxonP: " + why
                        + "; wilcoxonV: " + why);
    }

    @Test
    void everyStatisticOfTheModelHasAColumnNamedAsInSummaryJson() {
        List<String> summary = Column.headers(SummaryCsvFormat.columns(Fixtures.study()));
        List<String> comparisons = Column.headers(ComparisonsCsvFormat.columns(Fixtures.study()));

        assertThat(summary).containsAll(statistics(GroupSummary.class));
        assertThat(comparisons).containsAll(statistics(Comparison.class));
    }

    private static List<String> statistics(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getType() == Statistic.class)
                .map(RecordComponent::getName)
                .toList();
    }

    @Test
    void quotesNamesHoldingQuotesAndCommas() {
        StudyAnalysis study = new StudyAnalysis(List.of(new ExperimentAnalysis(
                "weird \"id\", really",
                List.of("x"),
                1,
                1,
                List.of(),
                List.of(Fixtures.metric(
                        "m,1", Goal.NONE, List.of(Fixtures.group(Fixtures.config("x", "a\"b"), 1, 1.0, null)))))));

        String csv = new SummaryCsvFormat().render(study, Fixtures.context());

        assertThat(csv.split("\r\n")[1])
                .startsWith("\"weird \"\"id\"\", really\",tuning,\"m,1\",NONE,\"x=a\"\"b\",\"a\"\"b\",1,1.0,,,");
    }
}
