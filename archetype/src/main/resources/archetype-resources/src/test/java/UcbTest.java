package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UcbTest {

    @Test
    void triesEveryArmOnceFirst() {
        Ucb ucb = new Ucb(4, 2);
        for (int arm = 0; arm < 4; arm++) {
            assertThat(ucb.choose()).isEqualTo(arm);
            ucb.learn(arm, 0);
        }
    }

    @Test
    void choosesTheArmWithTheHighestUpperBound() {
        Ucb ucb = new Ucb(2, 1);
        ucb.choose();
        ucb.learn(0, 1.0);
        ucb.choose();
        ucb.learn(1, 0.0);
        // step 3: arm 0 has bound 1 + sqrt(ln 3 / 1), arm 1 has 0 + sqrt(ln 3 / 1)
        assertThat(ucb.choose()).isEqualTo(0);
        ucb.learn(0, 1.0);
        // step 4: arm 0 has 1 + sqrt(ln 4 / 2) = 1.83, arm 1 has 0 + sqrt(ln 4) = 1.18
        assertThat(ucb.choose()).isEqualTo(0);
    }

    @Test
    void exploresAnArmLeftAloneLongEnough() {
        Ucb ucb = new Ucb(2, 1);
        ucb.choose();
        ucb.learn(0, 1.0);
        ucb.choose();
        ucb.learn(1, 0.0);
        int step = 3;
        while (ucb.choose() == 0) {
            ucb.learn(0, 1.0);
            step++;
        }
        // arm 0 has been pulled t - 2 times before step t: arm 1 comes back at the first t with
        // sqrt(ln t) > 1 + sqrt(ln t / (t - 2)), which is t = 11 (1.549 > 1.516; at t = 10, 1.517 < 1.536)
        assertThat(step).isEqualTo(11);
    }

    @Test
    void findsTheBestArmOfATestbedProblem() {
        GaussianBandit bandit = new GaussianBandit(10, new SplittableRandom(7));
        Play.Outcome outcome = Play.run(new Ucb(10, 2), bandit, 5_000, 100, (step, reward) -> {});
        assertThat(outcome.optimalAction()).isGreaterThan(0.8);
    }

    @Test
    void rejectsANonPositiveC() {
        assertThatThrownBy(() -> new Ucb(10, 0)).hasMessage("Ucb: c must be positive, was 0.0");
    }
}
