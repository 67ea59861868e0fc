package dev.cohort.engine;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.cohort.Experiment;
import dev.cohort.runtime.ExperimentReader;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.ModuleSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves package, classpath-root and module selectors by scanning with ClassGraph for classes with
 * {@link Experiment} methods that pass the request's class-name and package filters; each becomes a
 * class selector.
 */
final class ClasspathScanResolver implements SelectorResolver {

    private final Predicate<String> classNameFilter;

    ClasspathScanResolver(Predicate<String> classNameFilter) {
        this.classNameFilter = classNameFilter;
    }

    @Override
    public Resolution resolve(PackageSelector selector, Context context) {
        String name = selector.getPackageName();
        return scan(graph -> name.isEmpty() ? graph : graph.acceptPackages(name));
    }

    @Override
    public Resolution resolve(ClasspathRootSelector selector, Context context) {
        return scan(graph ->
                graph.overrideClasspath(Path.of(selector.getClasspathRoot()).toString()));
    }

    @Override
    public Resolution resolve(ModuleSelector selector, Context context) {
        return scan(graph -> graph.acceptModules(selector.getModuleName()));
    }

    private Resolution scan(UnaryOperator<ClassGraph> restriction) {
        Set<ClassSelector> selectors = new LinkedHashSet<>();
        ClassGraph graph = new ClassGraph()
                .enableClassInfo()
                .enableMethodInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .ignoreMethodVisibility();
        try (ScanResult result = restriction.apply(graph).scan()) {
            for (ClassInfo info : result.getClassesWithMethodAnnotation(Experiment.class.getName())) {
                if (classNameFilter.test(info.getName())) {
                    ReflectionSupport.tryToLoadClass(info.getName())
                            .toOptional()
                            .filter(ExperimentReader::isExperimentClass)
                            .ifPresent(type -> selectors.add(DiscoverySelectors.selectClass(type)));
                }
            }
        }
        return selectors.isEmpty() ? unresolved() : Resolution.selectors(selectors);
    }
}
