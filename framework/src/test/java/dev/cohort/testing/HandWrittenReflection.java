package dev.cohort.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * An ArchUnit condition, shared by the framework's and the engine's architecture tests: a class reads
 * annotations or lists methods through {@code java.lang.reflect} by hand. Such code misses composed
 * annotations (a user's own annotation meta-annotated with {@code @Seeds(5)}), which JUnit's {@code
 * AnnotationSupport} and {@code ReflectionSupport} find.
 */
public final class HandWrittenReflection {

    /** Why the rule holds. */
    public static final String BECAUSE = "junit-platform-commons' AnnotationSupport and ReflectionSupport find"
            + " composed (meta-) annotations and walk class hierarchies the way JUnit does";

    /** The condition "read annotations or methods by hand", to be used with {@code noClasses().should(...)}. */
    public static final ArchCondition<JavaClass> READ_ANNOTATIONS_OR_METHODS_BY_HAND =
            new ArchCondition<>("read annotations or methods through java.lang.reflect by hand") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                        if (REFLECTION_TYPES.contains(call.getTargetOwner().getName())
                                && BY_HAND.contains(call.getName())) {
                            events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                        }
                    }
                }
            };

    private static final Set<String> REFLECTION_TYPES = Set.of(
            "java.lang.Class",
            "java.lang.reflect.AnnotatedElement",
            "java.lang.reflect.AccessibleObject",
            "java.lang.reflect.Executable",
            "java.lang.reflect.Method",
            "java.lang.reflect.Constructor",
            "java.lang.reflect.Field",
            "java.lang.reflect.Parameter");

    private static final Set<String> BY_HAND = Set.of(
            "isAnnotationPresent",
            "getAnnotation",
            "getAnnotations",
            "getAnnotationsByType",
            "getDeclaredAnnotation",
            "getDeclaredAnnotations",
            "getDeclaredAnnotationsByType",
            "getDeclaredMethods",
            "getMethods");

    private HandWrittenReflection() {}
}
