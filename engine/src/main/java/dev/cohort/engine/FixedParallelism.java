package dev.cohort.engine;

import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;

/**
 * A parallel execution configuration running at most {@code parallelism} trials at once: the pool never
 * grows beyond it, even while containers wait for their children.
 */
record FixedParallelism(int parallelism) implements ParallelExecutionConfiguration {

    private static final int KEEP_ALIVE_SECONDS = 30;

    @Override
    public int getParallelism() {
        return parallelism;
    }

    @Override
    public int getMinimumRunnable() {
        return parallelism;
    }

    @Override
    public int getMaxPoolSize() {
        return parallelism;
    }

    @Override
    public int getCorePoolSize() {
        return parallelism;
    }

    @Override
    public int getKeepAliveSeconds() {
        return KEEP_ALIVE_SECONDS;
    }

    @Override
    public Predicate<? super ForkJoinPool> getSaturatePredicate() {
        return pool -> true;
    }
}
