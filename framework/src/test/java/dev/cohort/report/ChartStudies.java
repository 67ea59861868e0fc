package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.CurveAggregator;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.ExperimentTrials;
import dev.cohort.analysis.StalePolicy;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.MetricBounds;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Studies whose charts are hard to lay out, analysed by the real {@link Analyzer} from made-up trials: a
 * 5 x 4 grid (20 configurations, long-ish parameter names, values like {@code 3.162e-4}) with a learning
 * curve of a percentage declared {@code @Metric(min = 0, max = 100)} that runs close to 100; a 20 x 1 sweep;
 * a 10 x 10 grid (each configuration against the best); and a categorical sweep ({@code algorithm=LMS|IDBD|Autostep}).
 */
final class ChartStudies {

    static final String GRID = "org.acme.Charts#twentyConfigurations";
    static final String SWEEP = "org.acme.Charts#twentyLevels";
    static final String SQUARE = "org.acme.Charts#tenByTen";
    static final String CATEGORIES = "org.acme.Charts#algorithms";
    static final String ERROR = "final_error";
    static final String ACCURACY = "accuracy_percent";

    /** The analysis options: the default comparisons (all pairs up to 50 configurations), no bootstrap. */
    static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withBootstrap(0, 1);

    private ChartStudies() {}

    /** One experiment's declaration and trials. */
    private record Made(ExperimentManifest manifest, List<TrialResult> trials) {}

    /** The four experiments, analysed, with the learning curve of the grid aggregated. */
    static StudyAnalysis study() {
        SplittableRandom random = new SplittableRandom(20);
        List<Made> made = List.of(
                experiment(
                        GRID,
                        grid(
                                "initialStepSize",
                                List.of(1e-4, 3.16227766017e-4, 1e-3, 3.16227766017e-3, 1e-2),
                                "eligibilityTraceDecay",
                                List.of(0.0, 0.5, 0.9, 0.99)),
                        10,
                        random),
                experiment(SWEEP, sweep(), 6, random),
                experiment(
                        SQUARE,
                        grid(
                                "width",
                                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                                "depth",
                                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
                        3,
                        random),
                experiment(
                        CATEGORIES,
                        grid("algorithm", List.of("LMS", "IDBD", "Autostep"), "stepSize", List.of(0.01, 0.1)),
                        10,
                        random));
        List<TrialResult> trials = new ArrayList<>();
        made.forEach(m -> trials.addAll(m.trials()));
        List<ExperimentTrials> experiments =
                ExperimentTrials.of(trials, made.stream().map(Made::manifest).toList(), StalePolicy.EXCLUDE);
        StudyAnalysis study = Analyzer.analyzeExperiments(experiments, OPTIONS);
        List<ExperimentAnalysis> withCurves = new ArrayList<>();
        for (int e = 0; e < experiments.size(); e++) {
            ExperimentAnalysis analysis = study.experiments().get(e);
            withCurves.add(analysis.id().equals(GRID) ? analysis.withCurves(curves(experiments.get(e))) : analysis);
        }
        return new StudyAnalysis(withCurves);
    }

    /** The study with only the experiments of these ids, in the study's order. */
    static StudyAnalysis only(StudyAnalysis study, String... ids) {
        List<String> kept = List.of(ids);
        return new StudyAnalysis(
                study.experiments().stream().filter(e -> kept.contains(e.id())).toList());
    }

    /**
     * The percentage curve of the grid: per seed, a rise towards a plateau just under 100 with noise of a
     * few points, kept in [0, 100] like a real percentage, so that a t-band around the mean would pass 100.
     */
    private static List<dev.cohort.analysis.CurveAnalysis> curves(ExperimentTrials experiment) {
        CurveAggregator aggregator = CurveAggregator.of(experiment, CurveAggregator.DEFAULT_MAX_POINTS);
        for (TrialResult t : aggregator.trials()) {
            for (int step = 0; step <= 200; step += 10) {
                aggregator.scan(ACCURACY, step, 0);
            }
        }
        for (TrialResult t : aggregator.trials()) {
            SplittableRandom random = new SplittableRandom(t.seed() * 31 + t.configIndex());
            double plateau = 97 + 2.5 * (t.configIndex() % 4) / 3;
            aggregator.beginTrial(t);
            for (int step = 0; step <= 200; step += 10) {
                double value = plateau * (1 - Math.exp(-step / 40.0)) + 3 * random.nextGaussian();
                aggregator.add(ACCURACY, step, Math.max(0, Math.min(100, value)));
            }
            aggregator.endTrial();
        }
        return aggregator.result();
    }

    private static List<Map<String, Object>> grid(String first, List<?> firsts, String second, List<?> seconds) {
        List<Map<String, Object>> configs = new ArrayList<>();
        for (Object a : firsts) {
            for (Object b : seconds) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put(first, a);
                config.put(second, b);
                configs.add(config);
            }
        }
        return configs;
    }

    private static List<Map<String, Object>> sweep() {
        List<Map<String, Object>> configs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("regularisationStrength", Math.pow(10, -5 + 4.0 * i / 19));
            configs.add(config);
        }
        return configs;
    }

    private static Made experiment(String id, List<Map<String, Object>> configs, int seeds, SplittableRandom random) {
        Map<String, List<Object>> parameters = new LinkedHashMap<>();
        configs.forEach(c -> c.forEach((name, value) -> {
            List<Object> values = parameters.computeIfAbsent(name, k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
        }));
        List<Long> seedList = new ArrayList<>();
        for (long s = 1; s <= seeds; s++) {
            seedList.add(s);
        }
        ExperimentManifest manifest = new ExperimentManifest(
                id,
                "",
                id.substring(0, id.indexOf('#')),
                id.substring(id.indexOf('#') + 1),
                parameters,
                configs,
                seedList,
                Map.of(ERROR, Goal.MINIMIZE, ACCURACY, Goal.MAXIMIZE),
                List.of(),
                "2026-01-01T00:00:00Z",
                null,
                null,
                null,
                Map.of(ACCURACY, new MetricBounds(0, 100)));
        List<TrialResult> trials = new ArrayList<>();
        for (int c = 0; c < configs.size(); c++) {
            double centre = 2 + Math.sin(c * 0.7) + 0.05 * c;
            for (int s = 0; s < seeds; s++) {
                trials.add(new TrialResult(
                        id,
                        configs.get(c),
                        seedList.get(s),
                        s,
                        TrialStatus.SUCCESSFUL,
                        Map.of(ERROR, centre + 0.3 * random.nextGaussian()),
                        1,
                        null,
                        Map.of(ERROR, Goal.MINIMIZE),
                        id.equals(GRID) ? "curves/" + c + "-" + s + ".csv" : null,
                        null,
                        c,
                        null));
            }
        }
        return new Made(manifest, trials);
    }
}
