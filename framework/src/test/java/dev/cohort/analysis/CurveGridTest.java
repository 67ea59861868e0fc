package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The grid's test of a step against a known bucket agrees with finding the step's bucket. */
class CurveGridTest {

    private final SplittableRandom random = new SplittableRandom(3);

    private static CurveGrid grid(int maxPoints, long... steps) {
        CurveGrid.Scan scan = new CurveGrid.Scan(maxPoints);
        for (long step : steps) {
            scan.add(step);
        }
        return scan.grid();
    }

    private void agree(CurveGrid grid, long step) {
        int found = grid.bucket(step);
        for (int b = 0; b < grid.size(); b++) {
            assertThat(grid.holds(b, step))
                    .as("step %d in bucket %d of %d (found %d)", step, b, grid.size(), found)
                    .isEqualTo(found == b);
        }
    }

    @Test
    void aStepIsHeldByTheBucketItFallsInAndNoOther() {
        long[] tenThousand = new long[10_001];
        for (int i = 0; i < tenThousand.length; i++) {
            tenThousand[i] = i;
        }
        CurveGrid[] grids = {
            grid(300, tenThousand),
            grid(3, -50, 3, 99, 1_000),
            grid(300, 5, 6, 9, 20),
            grid(2, Long.MIN_VALUE, 0, Long.MAX_VALUE),
            grid(2, Long.MIN_VALUE + 5, -1, Long.MAX_VALUE - 3)
        };
        assertThat(grids).filteredOn(CurveGrid::exact).containsExactly(grids[2]);
        long[] edges = {
            Long.MIN_VALUE,
            Long.MIN_VALUE + 5,
            -51,
            -50,
            -1,
            0,
            1,
            5,
            9,
            20,
            21,
            9_999,
            10_000,
            10_001,
            Long.MAX_VALUE - 3,
            Long.MAX_VALUE
        };
        for (CurveGrid grid : grids) {
            for (long step : edges) {
                agree(grid, step);
            }
            for (int i = 0; i < 2_000; i++) {
                agree(grid, i % 2 == 0 ? random.nextLong() : random.nextLong(-100, 10_100));
            }
        }
    }
}
