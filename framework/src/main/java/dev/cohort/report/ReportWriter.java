package dev.cohort.report;

import dev.cohort.analysis.StudyAnalysis;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes every format of the report into one reports directory, creating it when missing and writing
 * nothing outside it. Each file is written to a temporary file first and then moved into place, so a
 * reader never sees half a report file.
 *
 * <p>The formats are written at the same time, one per processor, the costliest first ({@link
 * ReportFormat#relativeCost()}): each reads the analysis model only and writes a file of its own, so
 * every file is the same as when they are written one after another. A format that fails does not stop
 * the others.
 */
public final class ReportWriter {

    /** The name of the HTML report, the file to open first. */
    public static final String INDEX = HtmlReportFormat.FILE_NAME;

    private final List<ReportFormat> formats;

    /** A writer for the given formats, which must have distinct plain file names. */
    public ReportWriter(List<ReportFormat> formats) {
        this.formats = List.copyOf(formats);
        Set<String> names = new HashSet<>();
        for (ReportFormat format : this.formats) {
            String name = format.fileName();
            if (!isPlainFileName(name)) {
                throw new IllegalArgumentException("Report file name must be a plain file name, got '" + name + "'");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("Two report formats write " + name);
            }
        }
    }

    /**
     * The standard report: {@code index.html}, {@code report.tex}, {@code comparisons.tex}, {@code summary.csv},
     * {@code comparisons.csv}, {@code summary.json}, {@code curves.csv}, and for studies across tasks
     * {@code tasks.csv} and {@code aggregate.csv} (only their headers when no metric has tasks).
     */
    public static ReportWriter standard() {
        return new ReportWriter(List.of(
                new HtmlReportFormat(),
                new LatexReportFormat(),
                new LatexComparisonsFormat(),
                new SummaryCsvFormat(),
                new ComparisonsCsvFormat(),
                new SummaryJsonFormat(),
                new CurvesCsvFormat(),
                new TasksCsvFormat(),
                new AggregateCsvFormat()));
    }

    /** The formats this writer writes, in order. */
    public List<ReportFormat> formats() {
        return formats;
    }

    /**
     * Writes all formats into {@code directory}, replacing files of the same names.
     *
     * @return the files written, in format order
     * @throws IOException the first failure in format order (the others' suppressed in it), once every
     *     format has been written or has failed
     */
    public List<Path> write(StudyAnalysis study, ReportContext context, Path directory) throws IOException {
        Path target = directory.toAbsolutePath().normalize();
        Files.createDirectories(target);
        int threads = Math.max(1, Math.min(formats.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, ReportWriter::thread);
        Map<ReportFormat, Future<Path>> writing = new IdentityHashMap<>();
        try {
            List<ReportFormat> costliestFirst = new ArrayList<>(formats);
            costliestFirst.sort(
                    Comparator.comparingInt(ReportFormat::relativeCost).reversed());
            for (ReportFormat format : costliestFirst) {
                writing.put(format, pool.submit(() -> writeOne(format, study, context, target)));
            }
        } finally {
            pool.shutdown();
        }
        return collect(formats, writing);
    }

    /**
     * The files in format order, once every format is done; when formats failed, the first one's exception
     * in format order, the others' suppressed in it, as writing them one after another would have stopped.
     */
    private static List<Path> collect(List<ReportFormat> formats, Map<ReportFormat, Future<Path>> writing)
            throws IOException {
        List<Path> files = new ArrayList<>();
        Throwable failure = null;
        boolean interrupted = false;
        for (ReportFormat format : formats) {
            Future<Path> written = writing.get(format);
            while (true) {
                try {
                    files.add(written.get());
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the others still write their files; each cleans up after itself
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    } else {
                        failure.addSuppressed(e.getCause());
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return List.copyOf(files);
    }

    private static Thread thread(Runnable task) {
        Thread thread = new Thread(task, "cohort-report-writer");
        thread.setDaemon(true);
        return thread;
    }

    private static Path writeOne(ReportFormat format, StudyAnalysis study, ReportContext context, Path directory)
            throws IOException {
        Path file = directory.resolve(format.fileName());
        Path temporary = directory.resolve("." + format.fileName() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                format.write(study, context, out);
            }
            move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isPlainFileName(String name) {
        return name != null
                && !name.isEmpty()
                && !name.equals(".")
                && !name.equals("..")
                && name.indexOf('/') < 0
                && name.indexOf('\\') < 0
                && name.indexOf(':') < 0;
    }
}
