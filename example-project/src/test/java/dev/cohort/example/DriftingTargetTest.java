package dev.cohort.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DriftingTargetTest {

    private static final DriftingTarget.Shape SHAPE = DriftingTarget.Shape.SUTTON_1992.withNoise(0.5);

    @Test
    void theSeedAloneDeterminesTheStream() {
        DriftingTarget first = new DriftingTarget(SHAPE, new SplittableRandom(42));
        DriftingTarget second = new DriftingTarget(SHAPE, new SplittableRandom(42));
        for (int step = 0; step < 1_000; step++) {
            assertThat(second.next()).isEqualTo(first.next());
            assertThat(second.input().data).containsExactly(first.input().data);
            assertThat(second.targetWeights()).containsExactly(first.targetWeights());
        }
    }

    @Test
    void differentSeedsGiveDifferentStreams() {
        DriftingTarget first = new DriftingTarget(SHAPE, new SplittableRandom(1));
        DriftingTarget second = new DriftingTarget(SHAPE, new SplittableRandom(2));
        assertThat(second.next()).isNotEqualTo(first.next());
    }

    @Test
    void oneRelevantWeightFlipsEveryIntervalAndIrrelevantWeightsStayZero() {
        DriftingTarget stream = new DriftingTarget(SHAPE, new SplittableRandom(7));
        double[] before = stream.targetWeights();
        for (int step = 1; step <= 2_000; step++) {
            stream.next();
            double[] after = stream.targetWeights();
            int changed = 0;
            for (int i = 0; i < after.length; i++) {
                if (i < SHAPE.relevant()) {
                    assertThat(Math.abs(after[i])).isEqualTo(1.0);
                } else {
                    assertThat(after[i]).isZero();
                }
                if (after[i] != before[i]) {
                    changed++;
                }
            }
            // The weights used by example `step` changed before it iff step - 1 is a positive multiple.
            boolean flipped = step > 1 && (step - 1) % SHAPE.flipInterval() == 0;
            assertThat(changed).as("example %d", step).isEqualTo(flipped ? 1 : 0);
            before = after;
        }
    }

    @Test
    void withoutNoiseTheTargetIsTheWeightedSumOfTheInputs() {
        DriftingTarget stream = new DriftingTarget(DriftingTarget.Shape.SUTTON_1992, new SplittableRandom(3));
        for (int step = 0; step < 100; step++) {
            double target = stream.next();
            double[] w = stream.targetWeights();
            double sum = 0;
            for (int i = 0; i < w.length; i++) {
                sum += w[i] * stream.input().data[i];
            }
            assertThat(target).isEqualTo(sum);
        }
    }
}
