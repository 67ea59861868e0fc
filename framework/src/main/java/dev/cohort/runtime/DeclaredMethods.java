package dev.cohort.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Predicate;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Finds and calls the helper methods an experiment names by string ({@code @SweepSource}, {@code
 * @Valid}) at discovery: declared in the experiment class or a superclass, static or not (an instance is
 * made with the no-argument constructor).
 */
final class DeclaredMethods {

    private DeclaredMethods() {}

    /**
     * The one method named {@code name} in {@code type} or its superclasses whose parameter types
     * {@code shape} accepts.
     *
     * @throws InvalidExperimentException naming {@code declared} when there is none, or several
     */
    static Method find(Class<?> type, String name, Predicate<Method> shape, String declared, String expected) {
        List<Method> named = ReflectionSupport.findMethods(
                type,
                m -> m.getName().equals(name) && !m.isBridge() && !m.isSynthetic(),
                HierarchyTraversalMode.BOTTOM_UP);
        List<Method> fitting = named.stream().filter(shape).toList();
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        if (fitting.size() > 1) {
            throw new InvalidExperimentException(declared + ": " + type.getSimpleName() + " has " + fitting.size()
                    + " methods " + name + " of the expected shape; keep one");
        }
        throw new InvalidExperimentException(declared + ": " + type.getSimpleName()
                + (named.isEmpty() ? " has no method " + name : " has no method " + name + " of the expected shape")
                + "; declare " + expected);
    }

    /**
     * Calls {@code method} with {@code arguments}, on a new instance of {@code type} unless it is static.
     *
     * @throws InvalidExperimentException naming {@code declared} when the call throws
     */
    static Object call(Class<?> type, Method method, String declared, Object... arguments) {
        try {
            Object target = null;
            if (!Modifier.isStatic(method.getModifiers())) {
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                target = constructor.newInstance();
            }
            method.setAccessible(true);
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new InvalidExperimentException(
                    declared + ": " + method.getName() + " threw "
                            + cause.getClass().getName() + ": " + cause.getMessage(),
                    cause);
        } catch (NoSuchMethodException e) {
            throw new InvalidExperimentException(
                    declared + ": " + method.getName() + " is not static and " + type.getSimpleName()
                            + " has no constructor without parameters to call it on; make it static",
                    e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new InvalidExperimentException(declared + ": cannot call " + method.getName() + ": " + e, e);
        }
    }
}
