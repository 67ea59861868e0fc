package dev.cohort.runtime;

/**
 * Why a trial that returned normally counts as failed: it recorded no metric ({@code trial.record}) and
 * logged no curve point ({@code trial.log}). Counting it as successful would hide it from every
 * statistic while the report claimed it ran, silently lowering n; a forgotten {@code record} call or an
 * early {@code return} is the usual cause.
 */
public final class NothingRecordedException extends RuntimeException {

    /** The failure of the trial named {@code trial}. */
    public NothingRecordedException(String trial) {
        super(
                "Trial " + trial + " returned without recording a metric or logging a curve point;"
                        + " call trial.record(name, value) or trial.log(name, step, value) before it returns",
                null,
                false,
                false);
    }
}
