package dev.cohort.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Values from R 4.2: {@code qtukey(p, k, Inf)} and {@code ptukey(3.1, k, Inf)} for k = 2..20. */
class StudentizedRangeTest {

    private static final double[] Q95 = {
        2.771807649019189, 3.3144931575530054, 3.633159581795852, 3.8576555268516346, 4.0300920866426972,
        4.1695542160899679, 4.286309512559467, 4.3865092798343177, 4.4741244712630657, 4.5518635839071075,
        4.6216554716725087, 4.6849198470875946, 4.7427317074428608, 4.7959238601958241, 4.8451541837611733,
        4.8909511254649551, 4.9337453581590847, 4.9738923490008613, 5.0116887946867648
    };
    private static final double[] Q90 = {
        2.326174307396593, 2.9023802135023899, 3.2404462210804432, 3.4782805509266534, 3.6607209420306006,
        3.8080982574388424, 3.9313491010016612, 4.0370231309088647, 4.1293463990649748, 4.2112002475481178,
        4.284634604898705, 4.3511582000619207, 4.4119126238471686, 4.4677818178947843, 4.5194637071172483,
        4.5675186389076448, 4.6124030748420761, 4.6544936021256476, 4.6941044134550918
    };
    private static final double[] P31 = {
        0.97162273326187865, 0.92747954605445992, 0.87461105312593357, 0.81739222599056038, 0.75866612949771817,
        0.70031116426302531, 0.64356525646354823, 0.58922719998401429, 0.53778886267044723, 0.48952542147976535,
        0.44455865999062394, 0.40290223779420037, 0.36449450242351911, 0.32922247864036075, 0.29693948969892303,
        0.26747811503029084, 0.24065969495918893, 0.21630125824012725, 0.19422051546798985
    };

    @Test
    void quantilesMatchRsQtukeyForTwoToTwentyGroups() {
        for (int k = 2; k <= 20; k++) {
            assertThat(StudentizedRange.quantile(0.95, k))
                    .as("qtukey(0.95, %d, Inf)", k)
                    .isCloseTo(Q95[k - 2], within(1e-9));
            assertThat(StudentizedRange.quantile(0.9, k))
                    .as("qtukey(0.9, %d, Inf)", k)
                    .isCloseTo(Q90[k - 2], within(1e-9));
        }
    }

    @Test
    void probabilitiesMatchRsPtukey() {
        for (int k = 2; k <= 20; k++) {
            assertThat(StudentizedRange.cdf(3.1, k))
                    .as("ptukey(3.1, %d, Inf)", k)
                    .isCloseTo(P31[k - 2], within(1e-12));
        }
        assertThat(StudentizedRange.cdf(0, 4)).isZero();
        assertThat(StudentizedRange.cdf(17, 4)).isEqualTo(1);
    }

    @Test
    void twoGroupsAreTheRangeOfTwoNormals() {
        // the range of two standard normals is |Z1 - Z2| = sqrt(2) |Z|: qtukey(0.95, 2, Inf) = sqrt(2) qnorm(0.975)
        assertThat(StudentizedRange.quantile(0.95, 2)).isCloseTo(Math.sqrt(2) * 1.959963984540054, within(1e-6));
    }

    @Test
    void refusesFewerThanTwoGroupsAndProbabilitiesOutsideTheUnitInterval() {
        assertThatThrownBy(() -> StudentizedRange.quantile(0.95, 1)).hasMessageContaining("k >= 2");
        assertThatThrownBy(() -> StudentizedRange.quantile(1, 3)).hasMessageContaining("(0, 1)");
    }
}
