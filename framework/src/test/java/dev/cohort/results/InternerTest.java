package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InternerTest {

    private static Map<String, Object> config(String first, Object a, String second, Object b) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(first, a);
        map.put(second, b);
        return map;
    }

    @Test
    void equalMapsInTheSameOrderShareOneImmutableInstance() {
        Interner interner = new Interner();

        Map<String, Object> first = interner.map(config("lr", 0.1, "algorithm", "LMS"));
        Map<String, Object> second = interner.map(config("lr", 0.1, "algorithm", "LMS"));

        assertThat(second).isSameAs(first).isEqualTo(config("lr", 0.1, "algorithm", "LMS"));
        assertThat(first.keySet()).containsExactly("lr", "algorithm");
    }

    @Test
    void mapsWithOtherValuesOrAnotherOrderStayDistinct() {
        Interner interner = new Interner();

        Map<String, Object> lms = interner.map(config("lr", 0.1, "algorithm", "LMS"));
        Map<String, Object> idbd = interner.map(config("lr", 0.1, "algorithm", "IDBD"));
        Map<String, Object> reordered = interner.map(config("algorithm", "LMS", "lr", 0.1));

        assertThat(idbd).isNotSameAs(lms).isNotEqualTo(lms);
        assertThat(reordered).isNotSameAs(lms);
        assertThat(reordered.keySet()).containsExactly("algorithm", "lr");
    }

    @Test
    void equalStringsShareOneInstanceAndNullStaysNull() {
        Interner interner = new Interner();
        String id = new String("org.acme.Study#run".toCharArray());

        String first = interner.string(id);
        String second = interner.string(new String(id.toCharArray()));

        assertThat(second).isSameAs(first).isEqualTo("org.acme.Study#run");
        assertThat(interner.string(null)).isNull();
    }

    @Test
    void equalRunDescriptionsShareOneInstance() {
        Interner interner = new Interner();
        RunInfo run = new RunInfo("run-1", "abc", "17", "Linux", "host", "2025-01-01T00:00:00Z", null);

        assertThat(interner.run(new RunInfo("run-1", "abc", "17", "Linux", "host", "2025-01-01T00:00:00Z", null)))
                .isSameAs(interner.run(run));
        assertThat(interner.run(null)).isNull();
    }
}
