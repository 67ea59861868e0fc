package dev.cohort.runtime.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.results.TrialStatus;
import dev.cohort.runtime.CurveBuffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A trial's outcome crosses the pipe unchanged; bytes that are not a reply are recognised. */
class TrialReplyTest {

    @Test
    void metricsInTheirOrderCurvesAndSpecialValuesArriveUnchanged() throws IOException {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("z_last_name_first", 1.5);
        metrics.put("nan", Double.NaN);
        metrics.put("émoji 🧪", Double.NEGATIVE_INFINITY);
        CurveBuffer curves = new CurveBuffer();
        for (int step = 0; step < 100; step++) {
            curves.add("loss", step * 10L, 1.0 / (step + 1));
            curves.add("accuracy", step, step / 100.0);
        }
        TrialReply sent = new TrialReply(TrialStatus.SUCCESSFUL, metrics, curves, 12.25, "2026-12-01T23:00:00Z", null);

        TrialReply received = roundTrip(sent);

        assertThat(received.status()).isEqualTo(TrialStatus.SUCCESSFUL);
        assertThat(received.metrics()).containsExactlyEntriesOf(metrics);
        assertThat(points(received.curves())).isEqualTo(points(curves)).hasSize(200);
        assertThat(received.durationMs()).isEqualTo(12.25);
        assertThat(received.startedAt()).isEqualTo("2026-12-01T23:00:00Z");
        assertThat(received.failure()).isNull();
    }

    @Test
    void bytesThatAreNotAReplyAreNamedAsSuch() {
        byte[] printed = "Hello from native code\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TrialReply.read(new DataInputStream(new ByteArrayInputStream(printed))))
                .isInstanceOf(Wire.CorruptStreamException.class)
                .hasMessageContaining("did native code or a library write to the worker's standard output?");
    }

    private static TrialReply roundTrip(TrialReply reply) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        reply.write(new DataOutputStream(bytes));
        return TrialReply.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static List<String> points(CurveBuffer curves) {
        List<String> points = new ArrayList<>();
        curves.forEach((metric, step, value) -> points.add(metric + " " + step + " " + value));
        return points;
    }
}
