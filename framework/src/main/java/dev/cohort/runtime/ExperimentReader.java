package dev.cohort.runtime;

import dev.cohort.Expect;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.LatinHypercube;
import dev.cohort.Metric;
import dev.cohort.Sample;
import dev.cohort.Scale;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.SweepSource;
import dev.cohort.Trial;
import dev.cohort.Valid;
import dev.cohort.Zip;
import dev.cohort.results.ConfigSelector;
import dev.cohort.results.Expectation;
import dev.cohort.results.MetricBounds;
import dev.cohort.results.TaskDeclaration;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Reads experiment methods into {@link ExperimentDefinition}s, validating the declaration.
 *
 * <p>Every error names the class, method and parameter, so a researcher can fix it without a debugger.
 */
public final class ExperimentReader {

    private ExperimentReader() {}

    /** Whether {@code method} is annotated with {@link Experiment}, directly or through a composed annotation. */
    public static boolean isExperiment(Method method) {
        return AnnotationSupport.isAnnotated(method, Experiment.class) && !method.isBridge() && !method.isSynthetic();
    }

    /**
     * Whether {@code method} declares an {@link Expect}, directly or through a composed annotation,
     * whether or not the rest of its declaration is valid.
     */
    public static boolean declaresExpectations(Method method) {
        return !AnnotationSupport.findRepeatableAnnotations(method, Expect.class)
                .isEmpty();
    }

    /**
     * Whether {@code type} can hold experiments the engine runs: a concrete, non-inner class with at
     * least one experiment method.
     */
    public static boolean isExperimentClass(Class<?> type) {
        boolean inner = type.isMemberClass() && !Modifier.isStatic(type.getModifiers());
        return !type.isInterface()
                && !type.isAnnotation()
                && !type.isEnum()
                && !type.isRecord()
                && !type.isLocalClass()
                && !type.isAnonymousClass()
                && !inner
                && !Modifier.isAbstract(type.getModifiers())
                && !experimentMethods(type).isEmpty();
    }

    /**
     * The experiment methods of {@code type} and its superclasses, in a stable order (by name, then
     * parameter types); a method overridden in a subclass counts once, in its most specific form.
     */
    public static List<Method> experimentMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>(
                ReflectionSupport.findMethods(type, ExperimentReader::isExperiment, HierarchyTraversalMode.TOP_DOWN));
        methods.sort(Comparator.comparing(ExperimentReader::signature));
        return List.copyOf(methods);
    }

    /**
     * The method's name and parameter types, for example {@code tracking(double,dev.cohort.Trial)}:
     * stable across runs and unique within a class.
     */
    public static String signature(Method method) {
        StringBuilder text = new StringBuilder(method.getName()).append('(');
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            text.append(i == 0 ? "" : ",").append(types[i].getTypeName());
        }
        return text.append(')').toString();
    }

    /** The experiment method of {@code type} with the given {@linkplain #signature signature}. */
    public static Optional<Method> findExperiment(Class<?> type, String signature) {
        return experimentMethods(type).stream()
                .filter(m -> signature(m).equals(signature))
                .findFirst();
    }

    /**
     * A warning when the class was compiled without {@code -parameters}: swept parameters are then named
     * {@code arg0}, {@code arg1}, ... in configuration ids and reports, which is rarely what the author
     * meant. Empty when every swept parameter has its declared name.
     */
    public static Optional<String> missingParameterNames(Class<?> testClass, Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean swept = AnnotationSupport.isAnnotated(parameter, Sweep.class)
                    || AnnotationSupport.isAnnotated(parameter, SweepSource.class);
            if (swept && !parameter.isNamePresent()) {
                return Optional.of(testClass.getSimpleName() + "#" + method.getName()
                        + ": parameter names were not compiled into the class, so configurations are named "
                        + parameter.getName() + ", ... instead of the declared names; compile with -parameters"
                        + " (Maven: <maven.compiler.parameters>true</maven.compiler.parameters>)");
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the experiment declared by {@code method}, run on instances of {@code testClass}, with its
     * {@code @Task} (reference scores read once, here) and {@code @Expect} declarations.
     *
     * @throws InvalidExperimentException when the declaration cannot run; the message names class,
     *     method and parameter
     */
    public static ExperimentDefinition read(Class<?> testClass, Method method) {
        Experiment experiment = AnnotationSupport.findAnnotation(method, Experiment.class)
                .orElseThrow(() -> new IllegalArgumentException(method + " is not annotated with @Experiment"));
        String where = testClass.getSimpleName() + "#" + method.getName();
        String id = experiment.name().isBlank()
                ? testClass.getName() + "#" + method.getName()
                : experiment.name().strip();
        Optional<Parameter> taskParameter = TaskReader.taskParameter(where, method);
        List<SweptParameter> swept = new ArrayList<>();
        int trialIndex = -1;
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            Sweep sweep =
                    AnnotationSupport.findAnnotation(parameter, Sweep.class).orElse(null);
            SweepSource source = AnnotationSupport.findAnnotation(parameter, SweepSource.class)
                    .orElse(null);
            if (parameter.getType() == Trial.class && sweep == null && source == null) {
                if (trialIndex >= 0) {
                    throw invalid(where, parameter, "a second Trial parameter; declare one Trial");
                }
                trialIndex = i;
            } else if (sweep != null && source != null) {
                throw invalid(where, parameter, "has both @Sweep and @SweepSource; keep one");
            } else if (source != null) {
                swept.add(SweepSources.read(testClass, where, parameter, i, source));
            } else if (sweep == null) {
                throw invalid(
                        where,
                        parameter,
                        "of type " + parameter.getType().getTypeName()
                                + " is neither @Sweep nor Trial; annotate it with @Sweep({...})");
            } else {
                swept.add(sweptParameter(where, parameter, i, sweep));
            }
        }
        Design design = design(where, method);
        DesignGenerator.Generated generated =
                DesignGenerator.generate(where, swept, design, validRule(where, testClass, method, design));
        Map<String, Goal> goals = goals(where, method);
        Duration timeout = TrialTimeout.declared(where, experiment).orElse(null);
        List<String> warnings = new ArrayList<>();
        TaskDeclaration task = taskParameter
                .map(parameter -> TaskReader.declaration(
                        testClass,
                        where,
                        parameter,
                        swept.stream()
                                .filter(p -> p.name().equals(parameter.getName()))
                                .findFirst()
                                .orElseThrow(),
                        design,
                        generated.configurations(),
                        warnings::add))
                .orElse(null);
        long[] seeds = seeds(where, testClass, method);
        return new ExperimentDefinition(
                testClass,
                method,
                id,
                experiment.description().strip(),
                swept,
                trialIndex,
                seeds,
                goals,
                bounds(where, method),
                expectations(where, id, method, swept, generated.configurations(), goals, task),
                design,
                generated,
                timeout,
                task,
                ConfirmReader.read(where, id, method, swept, goals, seeds).orElse(null),
                warnings);
    }

    private static Design design(String where, Method method) {
        Sample sample = AnnotationSupport.findAnnotation(method, Sample.class).orElse(null);
        LatinHypercube hypercube =
                AnnotationSupport.findAnnotation(method, LatinHypercube.class).orElse(null);
        List<List<String>> zips = AnnotationSupport.findRepeatableAnnotations(method, Zip.class).stream()
                .map(z -> List.of(z.value()))
                .toList();
        Valid valid = AnnotationSupport.findAnnotation(method, Valid.class).orElse(null);
        String validName = valid == null ? null : valid.value().strip();
        if (sample != null && hypercube != null) {
            throw new InvalidExperimentException(
                    where + ": declares both @Sample and @LatinHypercube; choose one design");
        }
        if (sample != null) {
            if (sample.n() < 1) {
                throw new InvalidExperimentException(
                        where + ": @Sample(n = " + sample.n() + ") must ask for at least one configuration");
            }
            return new Design(Design.Kind.SAMPLE, sample.n(), sample.seed(), sample.continuous(), zips, validName);
        }
        if (hypercube != null) {
            if (hypercube.n() < 2) {
                throw new InvalidExperimentException(where + ": @LatinHypercube(n = " + hypercube.n()
                        + ") needs at least 2 configurations (strata)");
            }
            return new Design(Design.Kind.LATIN_HYPERCUBE, hypercube.n(), hypercube.seed(), false, zips, validName);
        }
        return new Design(Design.Kind.GRID, 0, 0, false, zips, validName);
    }

    private static Predicate<Map<String, Object>> validRule(
            String where, Class<?> testClass, Method method, Design design) {
        if (design.valid() == null) {
            return null;
        }
        String declared = where + ": @Valid(\"" + design.valid() + "\")";
        Method rule = DeclaredMethods.find(
                testClass,
                design.valid(),
                m -> (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)
                        && m.getParameterCount() == 1
                        && m.getParameterTypes()[0].isAssignableFrom(Map.class),
                declared,
                "boolean " + design.valid() + "(Map<String, Object> config)");
        return config -> Boolean.TRUE.equals(DeclaredMethods.call(testClass, rule, declared, config));
    }

    private static List<Expectation> expectations(
            String where,
            String id,
            Method method,
            List<SweptParameter> swept,
            List<Map<String, Object>> configurations,
            Map<String, Goal> goals,
            TaskDeclaration task) {
        List<Expectation> expectations = new ArrayList<>();
        for (Expect expect : AnnotationSupport.findRepeatableAnnotations(method, Expect.class)) {
            String declared = where + ": @Expect(metric = \"" + expect.metric() + "\", better = \"" + expect.better()
                    + "\", than = \"" + expect.than() + "\")";
            Goal goal = goals.getOrDefault(expect.metric(), Goal.NONE);
            if (goal == Goal.NONE) {
                throw new InvalidExperimentException(declared + ": metric \"" + expect.metric()
                        + "\" has no direction, so neither side can be better; declare @Metric(name = \""
                        + expect.metric() + "\", goal = Goal.MINIMIZE or Goal.MAXIMIZE)");
            }
            if (!(expect.alpha() > 0 && expect.alpha() < 1)) {
                throw new InvalidExperimentException(declared + ": alpha " + expect.alpha() + " is not in (0, 1)");
            }
            checkSelector(declared, expect.better(), swept, configurations);
            checkSelector(declared, expect.than(), swept, configurations);
            AcrossTasks.check(declared, expect, task, configurations);
            expectations.add(new Expectation(
                    id,
                    expect.metric(),
                    expect.better().strip(),
                    expect.than().strip(),
                    expect.alpha(),
                    expect.across(),
                    expect.minTasks()));
        }
        return expectations;
    }

    /** The selector parses, and names swept parameters and values they take. */
    private static void checkSelector(
            String declared, String text, List<SweptParameter> swept, List<Map<String, Object>> configurations) {
        ConfigSelector selector;
        try {
            selector = ConfigSelector.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidExperimentException(declared + ": " + e.getMessage());
        }
        for (Map.Entry<String, String> required : selector.values().entrySet()) {
            SweptParameter parameter = swept.stream()
                    .filter(p -> p.name().equals(required.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidExperimentException(declared + ": \"" + text
                            + "\" names parameter " + required.getKey() + ", which is not swept (swept: "
                            + swept.stream().map(SweptParameter::name).toList() + ")"));
            List<Object> taken = configurations.stream()
                    .map(c -> c.get(parameter.name()))
                    .distinct()
                    .toList();
            boolean matches = taken.stream()
                    .anyMatch(v -> ConfigSelector.parse(required.getKey() + "=" + required.getValue())
                            .matches(Map.of(required.getKey(), v)));
            if (!matches) {
                throw new InvalidExperimentException(declared + ": \"" + text + "\" matches no configuration: "
                        + parameter.name() + " takes " + taken);
            }
        }
    }

    private static SweptParameter sweptParameter(String where, Parameter parameter, int index, Sweep sweep) {
        Class<?> type = parameter.getType();
        if (!SweepValues.supports(type)) {
            throw invalid(
                    where,
                    parameter,
                    "type " + type.getTypeName()
                            + " is not supported by @Sweep (int, long, double, float, boolean, String,"
                            + " enums and their boxed forms); for other objects use @SweepSource(\"method\")");
        }
        boolean range = !Double.isNaN(sweep.from()) || !Double.isNaN(sweep.to()) || sweep.steps() != 0;
        if (range) {
            if (sweep.value().length > 0) {
                throw invalid(where, parameter, "@Sweep lists values and declares a range; use one or the other");
            }
            return rangeParameter(where, parameter, index, sweep);
        }
        if (sweep.value().length == 0) {
            throw invalid(where, parameter, "@Sweep lists no values");
        }
        List<Object> values = new ArrayList<>();
        Map<String, String> rawByText = new LinkedHashMap<>();
        for (String raw : sweep.value()) {
            Object value = SweepValues.convert(raw, type)
                    .orElseThrow(() -> invalid(
                            where, parameter, "sweep value \"" + raw + "\" is not " + SweepValues.describe(type)));
            String previous = rawByText.putIfAbsent(String.valueOf(value), raw);
            if (previous != null) {
                throw invalid(
                        where, parameter, "sweep value \"" + raw + "\" repeats \"" + previous + "\"; list it once");
            }
            values.add(value);
        }
        return new SweptParameter(parameter.getName(), index, type, values, null, null, Map.of());
    }

    private static SweptParameter rangeParameter(String where, Parameter parameter, int index, Sweep sweep) {
        Class<?> type = parameter.getType();
        String declared = "@Sweep(from = " + sweep.from() + ", to = " + sweep.to() + ", steps = " + sweep.steps()
                + (sweep.scale() == Scale.LOG ? ", scale = LOG" : "") + ")";
        if (!SweepValues.isNumeric(type)) {
            throw invalid(
                    where,
                    parameter,
                    declared + ": a range needs a numeric parameter (int, long, float, double), not "
                            + type.getTypeName());
        }
        if (Double.isNaN(sweep.from()) || Double.isNaN(sweep.to())) {
            throw invalid(where, parameter, declared + ": a range needs both from and to");
        }
        if (Double.isInfinite(sweep.from()) || Double.isInfinite(sweep.to()) || sweep.from() == sweep.to()) {
            throw invalid(where, parameter, declared + ": a range needs finite, distinct from and to");
        }
        if (sweep.steps() < 0 || sweep.steps() == 1) {
            throw invalid(where, parameter, declared + ": a range needs steps >= 2");
        }
        if (sweep.scale() == Scale.LOG && (sweep.from() <= 0 || sweep.to() <= 0)) {
            throw invalid(where, parameter, declared + ": a log scale needs from and to above 0");
        }
        SweepRange range = new SweepRange(sweep.from(), sweep.to(), sweep.steps(), sweep.scale(), type);
        List<Object> points = range.points();
        if (points.stream().distinct().count() != points.size()) {
            throw invalid(
                    where,
                    parameter,
                    declared + ": rounding to whole numbers makes points repeat " + points
                            + "; use fewer steps or a wider range");
        }
        return new SweptParameter(parameter.getName(), index, type, points, range, null, Map.of());
    }

    private static long[] seeds(String where, Class<?> testClass, Method method) {
        Seeds seeds = AnnotationSupport.findAnnotation(method, Seeds.class)
                .or(() -> AnnotationSupport.findAnnotation(testClass, Seeds.class))
                .orElse(null);
        if (seeds == null) {
            return SeedSequence.first(1);
        }
        if (seeds.values().length > 0) {
            long[] named = seeds.values().clone();
            if (Arrays.stream(named).distinct().count() != named.length) {
                throw new InvalidExperimentException(
                        where + ": @Seeds(values = " + Arrays.toString(named) + ") repeats a seed; list each once");
            }
            return named;
        }
        if (seeds.value() <= 0) {
            throw new InvalidExperimentException(
                    where + ": @Seeds(" + seeds.value() + ") must name a positive number of seeds");
        }
        return SeedSequence.first(seeds.value());
    }

    private static Map<String, Goal> goals(String where, Method method) {
        Map<String, Goal> goals = new LinkedHashMap<>();
        for (Metric metric : AnnotationSupport.findRepeatableAnnotations(method, Metric.class)) {
            Goal previous = goals.putIfAbsent(metric.name(), metric.goal());
            if (previous != null && previous != metric.goal()) {
                throw new InvalidExperimentException(where + ": @Metric \"" + metric.name() + "\" is declared both "
                        + previous + " and " + metric.goal());
            }
        }
        return goals;
    }

    /** The declared {@code @Metric(min, max)} of every metric that declares a finite end; {@code min < max}. */
    private static Map<String, MetricBounds> bounds(String where, Method method) {
        Map<String, MetricBounds> bounds = new LinkedHashMap<>();
        for (Metric metric : AnnotationSupport.findRepeatableAnnotations(method, Metric.class)) {
            if (!(metric.min() < metric.max())) {
                throw new InvalidExperimentException(where + ": @Metric \"" + metric.name() + "\" declares min = "
                        + metric.min() + " and max = " + metric.max() + "; min must be less than max");
            }
            MetricBounds declared = new MetricBounds(metric.min(), metric.max());
            if (!declared.isDeclared()) {
                continue;
            }
            MetricBounds previous = bounds.putIfAbsent(metric.name(), declared);
            if (previous != null && !previous.equals(declared)) {
                throw new InvalidExperimentException(where + ": @Metric \"" + metric.name()
                        + "\" is declared with two ranges, [" + previous.min() + ", " + previous.max() + "] and ["
                        + declared.min() + ", " + declared.max() + "]");
            }
        }
        return bounds;
    }

    private static InvalidExperimentException invalid(String where, Parameter parameter, String problem) {
        return new InvalidExperimentException(where + " parameter '" + parameter.getName() + "': " + problem);
    }
}
