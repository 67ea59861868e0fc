package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatexTabularTest {

    @Test
    void aLabelWordBreaksAfterEachEqualsSignAsTheLookBehindSplitDoes() {
        for (String word : List.of("", "lr", "lr=0.1", "x=", "=x", "a==b", "==", "opt=adam,lr=0.001", "a=b=c=")) {
            assertThat(LatexTabular.pieces(word)).as(word).containsExactly(word.split("(?<==)"));
        }
        assertThat(LatexTabular.pieces("opt=adam,lr=0.001")).containsExactly("opt=", "adam,lr=", "0.001");
    }
}
