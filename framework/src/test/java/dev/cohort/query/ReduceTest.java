package dev.cohort.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Goal;
import dev.cohort.results.TrialResult;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReduceTest {

    private static final TrialResult TRIAL = Studies.trials(1, 0, 1, 1, 1, 1).get(0);

    @Test
    void bestSoFarIsTheMinimumOrMaximumByTheGoalSkippingNaN() {
        double[] values = {Double.NaN, 3, 1, Double.NaN, 2};
        assertThat(bestSoFar(Goal.MINIMIZE, values)).hasValue(1);
        assertThat(bestSoFar(Goal.MAXIMIZE, values)).hasValue(3);
        OptionalDouble onlyNaN = bestSoFar(Goal.MINIMIZE, Double.NaN, Double.NaN);
        assertThat(onlyNaN).isPresent();
        assertThat(onlyNaN.getAsDouble()).isNaN();
    }

    @Test
    void bestSoFarNeedsADirection() {
        assertThatThrownBy(() -> Reduce.bestSoFar("error", Goal.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a goal");
    }

    private static OptionalDouble bestSoFar(Goal goal, double... values) {
        long[] steps = new long[values.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
        }
        Curve curve = new Curve("error", steps, values);
        return Reduce.bestSoFar("error", goal).apply(TRIAL, metric -> Optional.of(curve));
    }
}
