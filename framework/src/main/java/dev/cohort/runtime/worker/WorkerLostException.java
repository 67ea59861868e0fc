package dev.cohort.runtime.worker;

import java.util.Optional;

/**
 * Why a trial failed when its worker JVM ended, or broke the protocol, before it replied: the JVM's exit
 * status and what it most likely means, or what was wrong with the reply. The worker is replaced; the
 * other trials go on.
 */
public final class WorkerLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private WorkerLostException(String message) {
        super(message, null, false, false);
    }

    /** The worker exited with {@code status} while it ran the trial. */
    static WorkerLostException exited(int status, long pid) {
        return new WorkerLostException(
                "the worker JVM exited with status " + status + " during this trial " + meaning(status) + "; pid " + pid
                        + " (its standard error went to the engine's); the worker was replaced");
    }

    /** The worker JVM crashed (it printed a crash report) and exited with {@code status}. */
    static WorkerLostException crashed(int status, long pid, Optional<String> reportFile) {
        return new WorkerLostException("the worker JVM crashed during this trial (exit status " + status
                + ", for example in native code; pid " + pid + ") and was replaced; its crash report is "
                + reportFile.map(file -> "in " + file).orElse("in the engine's standard error"));
    }

    /** The worker sent bytes that are not a reply. */
    static WorkerLostException corrupt(String problem, long pid) {
        return new WorkerLostException(problem + "; the worker JVM (pid " + pid + ") was killed and replaced");
    }

    /** No worker JVM could be started for the trial. */
    static WorkerLostException notStarted(String problem) {
        return new WorkerLostException("no worker JVM could be started for this trial: " + problem);
    }

    private static String meaning(int status) {
        if (status == WorkerMain.PIPE_FAILED) {
            return "(the worker could not send the trial's outcome, for example out of memory while replying)";
        }
        if (status == 134) {
            return "(signal 6, SIGABRT: the JVM crashed, for example in native code; look for its hs_err_pid file)";
        }
        if (status == 137) {
            return "(signal 9, SIGKILL: killed from outside, for example by the kernel's out-of-memory killer)";
        }
        if (status > 128 && status < 128 + 65) {
            return "(signal " + (status - 128) + ")";
        }
        return "(System.exit?)";
    }
}
