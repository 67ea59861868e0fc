package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TaskAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskCsvFormatsTest {

    private static final StudyAnalysis STUDY = TaskFixtures.study();

    private static TaskAnalysis tasks() {
        return STUDY.experiments().get(0).metrics().get(0).tasks();
    }

    @Test
    void tasksHasOneRowPerTaskAndConfigurationWithTheGroupStatisticsOfSummaryCsv() {
        String[] lines = new TasksCsvFormat().render(STUDY, Fixtures.context()).split("\r\n");

        String summaryStatistics = new SummaryCsvFormat()
                .render(Fixtures.study(), Fixtures.context())
                .split("\r\n")[0]
                .replace("experiment,stage,metric,goal,config,alpha,algorithm,", "");
        assertThat(lines[0])
                .isEqualTo("experiment,metric,goal,taskParameter,task,config,algorithm," + summaryStatistics);
        assertThat(lines).hasSize(1 + TaskFixtures.GAMES.size() * TaskFixtures.ALGORITHMS.size());
        GroupSummary rainbowOnBreakout =
                tasks().perTask().get(1).analysis().groups().get(2);
        assertThat(lines[1 + 4 + 2])
                .startsWith("org.acme.Atari#benchmark,score,MAXIMIZE,game,Breakout,algorithm=Rainbow,Rainbow,10,"
                        + Csv.number(rainbowOnBreakout.mean().value()) + ","
                        + Csv.number(rainbowOnBreakout.sd().value())
                        + ",");
    }

    @Test
    void aggregateHasOneRowPerConfigurationWithEveryScoreAndTheBootstrap() {
        String[] lines =
                new AggregateCsvFormat().render(STUDY, Fixtures.context()).split("\r\n");

        assertThat(lines[0])
                .isEqualTo("experiment,metric,goal,taskParameter,tasks,normalization,config,algorithm,meanRank,mean,"
                        + "meanLow,meanHigh,median,medianLow,medianHigh,iqm,iqmLow,iqmHigh,optimalityGap,"
                        + "optimalityGapLow,optimalityGapHigh,resamples,seed,reasons");
        assertThat(lines).hasSize(1 + TaskFixtures.ALGORITHMS.size());
        AggregateScores c51 = tasks().aggregate().configs().get(1);
        assertThat(lines[2])
                .isEqualTo(String.join(
                        ",",
                        List.of(
                                "org.acme.Atari#benchmark",
                                "score",
                                "MAXIMIZE",
                                "game",
                                "6",
                                "MIN_MAX",
                                "algorithm=C51",
                                "C51",
                                Csv.number(c51.meanRank().value()),
                                Csv.number(c51.mean().value()),
                                Csv.number(c51.meanLow().value()),
                                Csv.number(c51.meanHigh().value()),
                                Csv.number(c51.median().value()),
                                Csv.number(c51.medianLow().value()),
                                Csv.number(c51.medianHigh().value()),
                                Csv.number(c51.iqm().value()),
                                Csv.number(c51.iqmLow().value()),
                                Csv.number(c51.iqmHigh().value()),
                                Csv.number(c51.optimalityGap().value()),
                                Csv.number(c51.optimalityGapLow().value()),
                                Csv.number(c51.optimalityGapHigh().value()),
                                "300",
                                "42",
                                "")));
    }

    @Test
    void aStudyWithoutTasksGetsTheHeadersAlone() {
        assertThat(new TasksCsvFormat()
                        .render(Fixtures.study(), Fixtures.context())
                        .split("\r\n"))
                .hasSize(1);
        assertThat(new AggregateCsvFormat()
                        .render(Fixtures.study(), Fixtures.context())
                        .split("\r\n"))
                .hasSize(1)
                .allSatisfy(header -> assertThat(header).startsWith("experiment,metric,goal,taskParameter,"));
    }
}
