package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EpsilonGreedyTest {

    @Test
    void greedyChoosesTheHighestSampleAverage() {
        EpsilonGreedy greedy = new EpsilonGreedy(3, 0, new SplittableRandom(1));
        greedy.learn(0, 1.0);
        greedy.learn(1, 3.0);
        greedy.learn(1, 1.0); // arm 1's sample average is 2
        greedy.learn(2, 1.5);
        for (int i = 0; i < 100; i++) {
            assertThat(greedy.choose()).isEqualTo(1);
        }
    }

    @Test
    void greedyBreaksTiesUniformly() {
        EpsilonGreedy greedy = new EpsilonGreedy(4, 0, new SplittableRandom(2));
        int[] chosen = new int[4];
        for (int i = 0; i < 4_000; i++) {
            chosen[greedy.choose()]++;
        }
        // 1,000 expected per arm, standard deviation about 27
        for (int count : chosen) {
            assertThat(count).isBetween(900, 1_100);
        }
    }

    @Test
    void exploresWithProbabilityEpsilon() {
        EpsilonGreedy agent = new EpsilonGreedy(10, 0.1, new SplittableRandom(3));
        agent.learn(0, 5.0);
        int elsewhere = 0;
        for (int i = 0; i < 10_000; i++) {
            if (agent.choose() != 0) {
                elsewhere++;
            }
        }
        // an exploring step picks one of the other 9 arms with probability 9/10: 900 expected,
        // standard deviation about 29
        assertThat(elsewhere).isBetween(800, 1_000);
    }

    @Test
    void rejectsAnEpsilonOutsideZeroToOne() {
        assertThatThrownBy(() -> new EpsilonGreedy(10, 1.5, new SplittableRandom(4)))
                .hasMessage("EpsilonGreedy: epsilon must be in [0, 1], was 1.5");
    }
}
