package dev.cohort.runtime;

import dev.cohort.TaskReference;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Reads the reference scores {@code @Task(references = ...)} names, once, at discovery: from a static
 * method of the experiment's class or a superclass, without parameters, returning a {@code Map} from task
 * value to {@link TaskReference}; or from a CSV resource on the test classpath (a name ending in {@code
 * .csv}, see {@link ReferenceCsv}). Task values are keyed by their text, as configuration ids show them.
 */
final class TaskReferences {

    private TaskReferences() {}

    /**
     * The reference scores by task text, in the order the source lists them.
     *
     * @param declared the declaration as messages name it, for example {@code E#run parameter 'game':
     *     @Task(references = "scores")}
     * @throws InvalidExperimentException naming {@code declared} when the source is missing, has the wrong
     *     shape, throws, or holds a reference that is not one
     */
    static Map<String, TaskReference> read(Class<?> testClass, String references, String declared) {
        return references.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? fromCsv(testClass, references, declared)
                : fromMethod(testClass, references, declared);
    }

    private static Map<String, TaskReference> fromCsv(Class<?> testClass, String resource, String declared) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader =
                testClass.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : testClass.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new InvalidExperimentException(declared + ": there is no resource " + path
                        + " on the test classpath; put the file under src/test/resources/" + path
                        + " (the path is from the classpath root)");
            }
            return ReferenceCsv.read(in, path);
        } catch (IllegalArgumentException e) {
            throw new InvalidExperimentException(declared + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidExperimentException(declared + ": cannot read " + path + ": " + e, e);
        }
    }

    private static Map<String, TaskReference> fromMethod(Class<?> testClass, String name, String declared) {
        String expected = "static Map<String, TaskReference> " + name + "()";
        Optional<Method> found = ReflectionSupport.findMethod(testClass, name);
        if (found.isEmpty()) {
            List<Method> named = ReflectionSupport.findMethods(
                    testClass, m -> m.getName().equals(name), HierarchyTraversalMode.BOTTOM_UP);
            throw new InvalidExperimentException(declared + ": " + testClass.getSimpleName()
                    + (named.isEmpty()
                            ? " has no method " + name
                            : "'s method " + name + " has parameters "
                                    + Arrays.stream(named.get(0).getParameterTypes())
                                            .map(Class::getSimpleName)
                                            .toList())
                    + "; declare " + expected + " without parameters");
        }
        Method method = found.get();
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new InvalidExperimentException(
                    declared + ": " + name + "() is not static; declare " + expected + ", read once at discovery");
        }
        if (!Map.class.isAssignableFrom(method.getReturnType()) || !valuesMayBeReferences(method)) {
            throw new InvalidExperimentException(declared + ": " + name + "() returns "
                    + method.getGenericReturnType().getTypeName() + "; declare " + expected);
        }
        Object returned = DeclaredMethods.call(testClass, method, declared);
        if (returned == null) {
            throw new InvalidExperimentException(declared + ": " + name + "() returned null; return " + expected);
        }
        Map<String, TaskReference> references = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) returned).entrySet()) {
            if (entry.getKey() == null) {
                throw new InvalidExperimentException(declared + ": " + name + "() maps a null task to a reference");
            }
            String task = String.valueOf(entry.getKey());
            if (!(entry.getValue() instanceof TaskReference reference)) {
                throw new InvalidExperimentException(declared + ": " + name + "() maps task " + task + " to "
                        + (entry.getValue() == null
                                ? "null"
                                : "a " + entry.getValue().getClass().getName())
                        + ", not a TaskReference");
            }
            if (references.put(task, reference) != null) {
                throw new InvalidExperimentException(declared + ": " + name + "() has two keys that read " + task
                        + "; key each task once, by its value as in the sweep");
            }
        }
        return references;
    }

    /** Whether the declared map's value type admits {@link TaskReference} (a raw map is checked per value). */
    private static boolean valuesMayBeReferences(Method method) {
        Type type = method.getGenericReturnType();
        if (!(type instanceof ParameterizedType parameterized) || parameterized.getActualTypeArguments().length != 2) {
            return true;
        }
        Type value = parameterized.getActualTypeArguments()[1];
        if (value instanceof Class<?> valueClass) {
            return valueClass.isAssignableFrom(TaskReference.class);
        }
        return true;
    }
}
