package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {

    @Test
    void plainTextIsUnchanged() {
        String plain = "org.acme.Run#run [alpha=0.1, algorithm=Crème] \u2013 ok\n\tnext";
        assertThat(ConsoleText.clean(plain)).isSameAs(plain);
    }

    @Test
    void removesCarriageReturnsAndAnsiEscapeSequences() {
        assertThat(ConsoleText.clean("done\r[cohort] done: 0 failed")).isEqualTo("done[cohort] done: 0 failed");
        assertThat(ConsoleText.clean("\u001b[31mred\u001b[0m \u001b[2K\u001b[1;32mgreen\u001b[m"))
                .isEqualTo("red green");
        assertThat(ConsoleText.clean("\u001b]0;owned title\u0007name")).isEqualTo("name");
        assertThat(ConsoleText.clean("\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\"))
                .isEqualTo("link");
        assertThat(ConsoleText.clean("reset\u001bc here \u001b(B")).isEqualTo("reset here ");
        assertThat(ConsoleText.clean("c1 \u009b31mcsi")).isEqualTo("c1 csi");
        assertThat(ConsoleText.clean("cut \u001b[")).isEqualTo("cut ");
        assertThat(ConsoleText.clean("lone \u001b")).isEqualTo("lone ");
    }

    @Test
    void replacesOtherControlsAndBidirectionalOverridesWithAQuestionMark() {
        assertThat(ConsoleText.clean("nul\u0000 bell\u0007 bs\u0008 del\u007f")).isEqualTo("nul? bell? bs? del?");
        assertThat(ConsoleText.clean("\u202eevil\u202c \u2066iso\u2069")).isEqualTo("?evil? ?iso?");
        assertThat(ConsoleText.clean(null)).isEqualTo("null");
    }
}
