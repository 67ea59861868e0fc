package dev.cohort.results;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a study split across several JVMs or machines: shard {@code index} of {@code count},
 * counted from 0, written {@code index/count} (for example {@code 2/4}). {@link Sharding} decides which
 * trials belong to which shard.
 *
 * @param index the shard, from 0 to {@code count - 1}
 * @param count how many shards the study is split into, at least 1
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{1,9})");

    /** The Slurm variable holding the array task's id. */
    public static final String SLURM_TASK_ID = "SLURM_ARRAY_TASK_ID";

    /** The Slurm variable holding the number of tasks in the array. */
    public static final String SLURM_TASK_COUNT = "SLURM_ARRAY_TASK_COUNT";

    /** The Slurm variable holding the array's lowest task id. */
    public static final String SLURM_TASK_MIN = "SLURM_ARRAY_TASK_MIN";

    /** The Slurm variable holding the array's highest task id. */
    public static final String SLURM_TASK_MAX = "SLURM_ARRAY_TASK_MAX";

    /** The Slurm variable holding the step between task ids ({@code --array=0-15:4}). */
    public static final String SLURM_TASK_STEP = "SLURM_ARRAY_TASK_STEP";

    /** Checks the values. */
    public Shard {
        if (count < 1) {
            throw new IllegalArgumentException("A study splits into at least 1 shard, not " + count);
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(
                    "Shard index " + index + " is outside 0.." + (count - 1) + " for " + count + " shards");
        }
    }

    /** The whole study, unsplit ({@code 0/1}). */
    public static Shard whole() {
        return new Shard(0, 1);
    }

    /** Whether this is the whole study. */
    public boolean isWhole() {
        return count == 1;
    }

    /** {@code index/count}, for example {@code 2/4}: the form {@link #parse} reads. */
    public String label() {
        return index + "/" + count;
    }

    /** The shard as part of a file name, for example {@code shard2of4}. */
    public String fileNamePart() {
        return "shard" + index + "of" + count;
    }

    @Override
    public String toString() {
        return label();
    }

    /**
     * Reads {@code index/count}, for example {@code 0/4}.
     *
     * @param text the value
     * @param source where the value comes from, named in the error (for example {@code configuration
     *     parameter cohort.shard})
     * @throws IllegalArgumentException naming {@code source} and the value when it is malformed or the
     *     index is not below the count
     */
    public static Shard parse(String text, String source) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(source + " must be index/count with 0 <= index < count, for example"
                    + " 0/4, was \"" + text + "\"");
        }
        int index = Integer.parseInt(matcher.group(1));
        int count = Integer.parseInt(matcher.group(2));
        if (count < 1 || index >= count) {
            throw new IllegalArgumentException(source + " must be index/count with 0 <= index < count (shards are"
                    + " counted from 0), was \"" + text + "\"");
        }
        return new Shard(index, count);
    }

    /**
     * The shard of a Slurm job array task, from its environment: {@value #SLURM_TASK_ID} with {@value
     * #SLURM_TASK_COUNT}, or with {@value #SLURM_TASK_MIN} and {@value #SLURM_TASK_MAX} (and {@value
     * #SLURM_TASK_STEP} when set). The index is the task's position in the array ({@code --array=1-4}
     * gives shards 0/4 to 3/4), so any contiguous or stepped range works.
     *
     * @param environment the environment variables, for example {@code System::getenv}
     * @return empty outside a job array
     * @throws IllegalArgumentException naming the variables when they are malformed or contradict each
     *     other
     */
    public static Optional<Shard> fromSlurm(Function<String, String> environment) {
        String id = environment.apply(SLURM_TASK_ID);
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        int task = number(SLURM_TASK_ID, id);
        Integer min = optionalNumber(environment, SLURM_TASK_MIN);
        Integer max = optionalNumber(environment, SLURM_TASK_MAX);
        Integer count = optionalNumber(environment, SLURM_TASK_COUNT);
        Integer step = optionalNumber(environment, SLURM_TASK_STEP);
        int first = min == null ? 0 : min;
        int stride = step == null || step < 1 ? 1 : step;
        int shards;
        if (count != null) {
            shards = count;
        } else if (min != null && max != null) {
            shards = (max - min) / stride + 1;
        } else {
            throw new IllegalArgumentException(SLURM_TASK_ID + "=" + id + " is set, but neither " + SLURM_TASK_COUNT
                    + " nor " + SLURM_TASK_MIN + " and " + SLURM_TASK_MAX
                    + " are: cannot tell how many shards the array has; set cohort.shard=index/count");
        }
        int offset = task - first;
        if (offset < 0 || offset % stride != 0 || offset / stride >= shards) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "Slurm array task %s=%d is not one of the %d tasks of the array (%s=%s, %s=%s, %s=%s, %s=%s);"
                            + " set cohort.shard=index/count",
                    SLURM_TASK_ID,
                    task,
                    shards,
                    SLURM_TASK_MIN,
                    min,
                    SLURM_TASK_MAX,
                    max,
                    SLURM_TASK_COUNT,
                    count,
                    SLURM_TASK_STEP,
                    step));
        }
        return Optional.of(new Shard(offset / stride, shards));
    }

    /** Reads the Slurm variables of {@code environment} (a map of variables), see {@link #fromSlurm(Function)}. */
    public static Optional<Shard> fromSlurm(Map<String, String> environment) {
        return fromSlurm(environment::get);
    }

    private static Integer optionalNumber(Function<String, String> environment, String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : number(name, value);
    }

    private static int number(String name, String value) {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < 0) {
                throw new NumberFormatException("negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Slurm variable " + name + " must be a non-negative integer, was \"" + value + "\"", e);
        }
    }
}
