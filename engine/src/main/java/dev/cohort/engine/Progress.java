package dev.cohort.engine;

import dev.cohort.results.ConsoleText;
import dev.cohort.runtime.TrialTimeoutException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Progress of one execution for long runs: a daemon thread prints one whole line per interval, and one
 * final line when the execution ends, for example
 *
 * <pre>
 * [cohort] 120/180 trials (67%), 2 failed, 41.3 trials/s, ETA 1s
 * [cohort] done: 180/180 trials, 2 failed, in 4.4s (41.0 trials/s)
 * </pre>
 *
 * <p>When the results store failed ({@link StoreFailure}), the final line counts what was and was not
 * stored instead: {@code [cohort] done: 74 of 200 trials stored; 1 not stored and 125 not run: the results
 * store failed: cannot store the result in target/cohort/results/run-....jsonl: No space left on device
 * (...)}.
 *
 * <p>Trials that timed out and whose threads ignored the interrupt and still run when the execution ends
 * are named in the final line ({@code ..., 1 timed-out trial still running (it ignored the interrupt)}),
 * since they keep cores busy and slow the trials after them.
 *
 * <p>The lines go to {@link FileDescriptor#err}: inside a Surefire fork, {@code System.out} is captured
 * into the reports and writing to {@link FileDescriptor#out} corrupts Surefire's channel, while standard
 * error shows live and is not copied into the XML reports. A trial costs two atomic increments.
 */
final class Progress implements AutoCloseable {

    private static final Progress SILENT = new Progress(0, null, System::nanoTime, new StoreFailure());

    private final AtomicInteger total;
    private final PrintStream out;
    private final LongSupplier nanos;
    private final StoreFailure store;
    private final long start;
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Queue<TrialTimeoutException> timedOut = new ConcurrentLinkedQueue<>();
    private ScheduledExecutorService printer;

    /**
     * Progress of {@code total} trials printed to {@code out}.
     *
     * @param store the results store's failure, which the final line reports
     */
    Progress(int total, PrintStream out, LongSupplier nanos, StoreFailure store) {
        this.total = new AtomicInteger(total);
        this.out = out;
        this.nanos = nanos;
        this.store = store;
        this.start = nanos.getAsLong();
    }

    /** Progress that prints nothing. */
    static Progress silent() {
        return SILENT;
    }

    /**
     * Starts printing progress of {@code total} trials to standard error every {@code interval}, or
     * returns {@linkplain #silent() silent} progress when switched off or there is nothing to run.
     *
     * @param store the results store's failure, which the final line reports
     */
    static Progress start(CohortConfiguration configuration, int total, StoreFailure store) {
        return start(configuration, total, false, store);
    }

    /**
     * Starts printing progress of {@code total} trials, and of those {@linkplain #expect(int) expected}
     * later when {@code more} may come (a confirmation stage), as {@link #start(CohortConfiguration, int,
     * StoreFailure)}.
     */
    static Progress start(CohortConfiguration configuration, int total, boolean more, StoreFailure store) {
        if (!configuration.progress() || (total == 0 && !more)) {
            return silent();
        }
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Progress progress = new Progress(total, err, System::nanoTime, store);
        progress.schedule(configuration.progressInterval());
        return progress;
    }

    /**
     * Prints one line, {@code [cohort] } and {@code message} {@linkplain ConsoleText#clean cleaned} of
     * carriage returns and escape sequences (it may hold names and messages from the results), to
     * standard error at once.
     */
    static void announce(String message) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        err.println(announcement(message));
    }

    /** The line {@link #announce} prints. */
    static String announcement(String message) {
        return "[cohort] " + ConsoleText.clean(message);
    }

    private void schedule(Duration interval) {
        printer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cohort-progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        printer.scheduleAtFixedRate(() -> print(line()), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Counts {@code trials} more trials to run, known only once the execution is under way. */
    void expect(int trials) {
        if (out != null) {
            total.addAndGet(trials);
        }
    }

    /** Counts one ended trial, whose result is stored. */
    void trialEnded(boolean trialFailed) {
        if (out == null) {
            return;
        }
        completed.incrementAndGet();
        if (trialFailed) {
            failed.incrementAndGet();
        }
    }

    /** Remembers a trial that timed out, to tell in the final line whether its thread still runs. */
    void timedOut(TrialTimeoutException timeout) {
        if (out != null) {
            timedOut.add(timeout);
        }
    }

    /** The line printed while trials run. */
    String line() {
        int done = completed.get();
        int total = this.total.get();
        double seconds = elapsedSeconds();
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = done == 0 || rate == 0 ? "unknown" : duration((total - done) / rate);
        return String.format(
                Locale.ROOT,
                "[cohort] %d/%d trials (%d%%), %d failed, %.1f trials/s, ETA %s",
                done,
                total,
                total == 0 ? 100 : Math.round(100.0 * done / total),
                failed.get(),
                rate,
                eta);
    }

    /** The line printed when the execution ends. */
    String finalLine() {
        long running =
                timedOut.stream().filter(TrialTimeoutException::stillRunning).count();
        String stillRunning = running == 0
                ? ""
                : ", " + running + (running == 1 ? " timed-out trial" : " timed-out trials") + " still running ("
                        + (running == 1 ? "it" : "they") + " ignored the interrupt)";
        return store.first()
                .map(failure -> stoppedLine(failure.getMessage()) + stillRunning)
                .orElseGet(() -> doneLine() + stillRunning);
    }

    private String doneLine() {
        int done = completed.get();
        double seconds = elapsedSeconds();
        return String.format(
                Locale.ROOT,
                "[cohort] done: %d/%d trials, %d failed, in %s (%.1f trials/s)",
                done,
                total.get(),
                failed.get(),
                duration(seconds),
                seconds > 0 ? done / seconds : 0);
    }

    /** The final line of a run that the results store stopped: what was and was not stored, and why. */
    private String stoppedLine(String failure) {
        int stored = completed.get();
        int notStored = store.notStored();
        int failedStored = failed.get();
        int total = this.total.get();
        return String.format(
                Locale.ROOT,
                "[cohort] done: %d of %d trials stored%s; %d not stored and %d not run: %s%s",
                stored,
                total,
                failedStored == 0 ? "" : " (" + failedStored + " of them failed)",
                notStored,
                Math.max(0, total - stored - notStored),
                StoreFailure.STORE_FAILED,
                ConsoleText.clean(failure));
    }

    private double elapsedSeconds() {
        return (nanos.getAsLong() - start) / 1e9;
    }

    /** A duration for people: {@code 4.4s}, {@code 3m 12s}, {@code 2h 05m}. */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        long whole = Math.round(seconds);
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", whole / 60, whole % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", whole / 3600, whole % 3600 / 60);
    }

    private void print(String line) {
        out.println(line);
    }

    /** Stops the printer and prints the final line. */
    @Override
    public void close() {
        if (out == null) {
            return;
        }
        if (printer != null) {
            printer.shutdownNow();
            try {
                printer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        print(finalLine());
    }
}
