package dev.cohort.runtime.worker;

import dev.cohort.runtime.RemoteFailure;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An exception as it crosses the pipe: its type's name, message, stack trace, cause and suppressed
 * exceptions. The engine {@linkplain #rebuild rebuilds} it as an exception of the original type when that
 * type can be made again with the same message, else as a {@link RemoteFailure} naming the type.
 *
 * @param type the fully qualified name of the exception's class
 * @param message the message, or {@code null}
 * @param stackTrace the stack trace
 * @param cause the cause, or {@code null}
 * @param suppressed the suppressed exceptions
 */
record FailureRecord(
        String type,
        String message,
        StackTraceElement[] stackTrace,
        FailureRecord cause,
        List<FailureRecord> suppressed) {

    /** How deep causes and suppressed exceptions are followed; a deeper chain is cut there. */
    private static final int MAX_DEPTH = 32;

    /** The record of {@code failure}. */
    static FailureRecord of(Throwable failure) {
        return of(failure, 0);
    }

    private static FailureRecord of(Throwable failure, int depth) {
        Throwable cause = failure.getCause();
        List<FailureRecord> suppressed = new ArrayList<>();
        if (depth < MAX_DEPTH) {
            for (Throwable s : failure.getSuppressed()) {
                suppressed.add(of(s, depth + 1));
            }
        }
        return new FailureRecord(
                failure.getClass().getName(),
                failure.getMessage(),
                failure.getStackTrace(),
                cause == null || cause == failure || depth >= MAX_DEPTH ? null : of(cause, depth + 1),
                suppressed);
    }

    /**
     * The exception in this JVM: of the original type, made with its message (and cause) by a public
     * constructor, when that type is on the class path and the made exception has the same message; else
     * a {@link RemoteFailure}. Either way with the original stack trace, cause and suppressed exceptions.
     */
    Throwable rebuild(ClassLoader loader) {
        Throwable rebuiltCause = cause == null ? null : cause.rebuild(loader);
        Throwable rebuilt = sameType(loader, rebuiltCause);
        if (rebuilt == null) {
            rebuilt = new RemoteFailure(type, message, rebuiltCause);
        }
        rebuilt.setStackTrace(stackTrace);
        for (FailureRecord s : suppressed) {
            rebuilt.addSuppressed(s.rebuild(loader));
        }
        return rebuilt;
    }

    private Throwable sameType(ClassLoader loader, Throwable rebuiltCause) {
        Class<? extends Throwable> throwable;
        try {
            throwable = Class.forName(type, false, loader).asSubclass(Throwable.class);
        } catch (ClassNotFoundException | ClassCastException | LinkageError e) {
            return null;
        }
        Throwable made = make(throwable, rebuiltCause);
        if (made == null || !Objects.equals(made.getMessage(), message)) {
            return null;
        }
        if (made.getCause() != rebuiltCause) {
            try {
                made.initCause(rebuiltCause);
            } catch (IllegalStateException | IllegalArgumentException e) {
                return null;
            }
        }
        return made;
    }

    private Throwable make(Class<? extends Throwable> throwable, Throwable rebuiltCause) {
        if (rebuiltCause != null) {
            for (Constructor<?> constructor : throwable.getConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 2 && parameters[0] == String.class && parameters[1].isInstance(rebuiltCause)) {
                    try {
                        return (Throwable) constructor.newInstance(message, rebuiltCause);
                    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                        // this constructor does not work: try the others, then the message alone
                    }
                }
            }
        }
        try {
            if (message == null) {
                return throwable.getConstructor().newInstance();
            }
            return throwable.getConstructor(String.class).newInstance(message);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    void write(DataOutput out) throws IOException {
        Wire.writeString(out, type);
        Wire.writeString(out, message);
        out.writeInt(stackTrace.length);
        for (StackTraceElement frame : stackTrace) {
            // as the JVM prints a frame: without the name of a built-in class loader or a JDK module's version
            String loader = frame.getClassLoaderName();
            String module = frame.getModuleName();
            boolean jdkModule = module != null && (module.startsWith("java.") || module.startsWith("jdk."));
            Wire.writeString(out, "app".equals(loader) || "platform".equals(loader) ? null : loader);
            Wire.writeString(out, module);
            Wire.writeString(out, jdkModule ? null : frame.getModuleVersion());
            Wire.writeString(out, frame.getClassName());
            Wire.writeString(out, frame.getMethodName());
            Wire.writeString(out, frame.getFileName());
            out.writeInt(frame.getLineNumber());
        }
        out.writeBoolean(cause != null);
        if (cause != null) {
            cause.write(out);
        }
        out.writeInt(suppressed.size());
        for (FailureRecord s : suppressed) {
            s.write(out);
        }
    }

    static FailureRecord read(DataInput in) throws IOException {
        String type = Wire.readString(in);
        String message = Wire.readString(in);
        int frames = in.readInt();
        if (frames < 0 || frames > 1 << 20) {
            throw new Wire.CorruptStreamException("read a stack trace of " + frames + " frames");
        }
        StackTraceElement[] stackTrace = new StackTraceElement[frames];
        for (int i = 0; i < frames; i++) {
            String loader = Wire.readString(in);
            String module = Wire.readString(in);
            String version = Wire.readString(in);
            String declaringClass = Wire.readString(in);
            String method = Wire.readString(in);
            String file = Wire.readString(in);
            stackTrace[i] = new StackTraceElement(loader, module, version, declaringClass, method, file, in.readInt());
        }
        FailureRecord cause = in.readBoolean() ? read(in) : null;
        int count = in.readInt();
        if (count < 0 || count > 1 << 16) {
            throw new Wire.CorruptStreamException("read " + count + " suppressed exceptions");
        }
        List<FailureRecord> suppressed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            suppressed.add(read(in));
        }
        return new FailureRecord(type, message, stackTrace, cause, suppressed);
    }
}
