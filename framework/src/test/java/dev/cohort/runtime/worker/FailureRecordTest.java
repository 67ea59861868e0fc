package dev.cohort.runtime.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.results.TrialError;
import dev.cohort.runtime.NothingRecordedException;
import dev.cohort.runtime.RemoteFailure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A trial's exception crosses the pipe and is rebuilt with its type, message, trace and causes. */
class FailureRecordTest {

    @Test
    void anExceptionWithAMessageConstructorComesBackAsItsOwnTypeWithItsTraceAndCause() throws IOException {
        IllegalStateException original =
                new IllegalStateException("diverged at step 12", new ArithmeticException("/ by zero"));
        original.addSuppressed(new UncheckedIOException("cannot close", new IOException("disk full")));

        Throwable rebuilt = crossThePipe(original);

        assertThat(rebuilt).isExactlyInstanceOf(IllegalStateException.class).hasMessage("diverged at step 12");
        assertThat(rebuilt.getStackTrace())
                .extracting(StackTraceElement::toString)
                .isEqualTo(Arrays.stream(original.getStackTrace())
                        .map(StackTraceElement::toString)
                        .toList());
        assertThat(rebuilt.getCause())
                .isExactlyInstanceOf(ArithmeticException.class)
                .hasMessage("/ by zero");
        assertThat(rebuilt.getSuppressed())
                .singleElement()
                .satisfies(s -> assertThat(s)
                        .isExactlyInstanceOf(UncheckedIOException.class)
                        .hasMessage("cannot close")
                        .hasCauseExactlyInstanceOf(IOException.class));
        assertThat(TrialError.of(rebuilt)).isEqualTo(TrialError.of(original));
    }

    @Test
    void anErrorComesBackAsItsOwnType() throws IOException {
        Throwable rebuilt = crossThePipe(new OutOfMemoryError("Java heap space"));

        assertThat(rebuilt).isExactlyInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
    }

    @Test
    void anExceptionThatBuildsItsOwnMessageComesBackNamingItsTypeAndPrintingAsIt() throws IOException {
        NothingRecordedException original = new NothingRecordedException("tracking[alpha=0.1] seed #0 (1)");
        Exception wrapper = new RuntimeException("wrapped", original);

        Throwable rebuilt = crossThePipe(original);

        assertThat(rebuilt).isExactlyInstanceOf(RemoteFailure.class).hasMessage(original.getMessage());
        assertThat(((RemoteFailure) rebuilt).error()).isEqualTo(TrialError.of(original));
        assertThat(TrialError.of(crossThePipe(wrapper)).stackTrace())
                .isEqualTo(TrialError.of(wrapper).stackTrace())
                .contains("Caused by: " + NothingRecordedException.class.getName() + ": Trial tracking");
    }

    @Test
    void anExceptionOfAClassThisJvmLacksComesBackNamingIt() {
        FailureRecord foreign = new FailureRecord(
                "org.example.GoneException",
                "no such class here",
                new StackTraceElement[] {new StackTraceElement("org.example.Study", "run", "Study.java", 42)},
                null,
                java.util.List.of());

        Throwable rebuilt = foreign.rebuild(getClass().getClassLoader());

        assertThat(rebuilt)
                .isInstanceOf(RemoteFailure.class)
                .hasToString("org.example.GoneException: no such class here");
        assertThat(((RemoteFailure) rebuilt).error().type()).isEqualTo("org.example.GoneException");
        assertThat(((RemoteFailure) rebuilt).error().stackTrace())
                .startsWith("org.example.GoneException: no such class here")
                .contains("at org.example.Study.run(Study.java:42)");
    }

    private static Throwable crossThePipe(Throwable failure) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FailureRecord.of(failure).write(new DataOutputStream(bytes));
        return FailureRecord.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))
                .rebuild(FailureRecordTest.class.getClassLoader());
    }
}
