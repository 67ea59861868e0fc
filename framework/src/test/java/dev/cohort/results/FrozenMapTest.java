package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrozenMapTest {

    private static Map<String, Object> source() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("lr", 0.1);
        map.put("algorithm", "IDBD");
        map.put("layers", 3);
        return map;
    }

    @Test
    void keepsInsertionOrderAndEqualsAnyMapWithTheSameEntries() {
        Map<String, Object> frozen = FrozenMap.copyOf(source());

        assertThat(frozen.keySet()).containsExactly("lr", "algorithm", "layers");
        assertThat(frozen.values()).containsExactly(0.1, "IDBD", 3);
        assertThat(frozen).isEqualTo(source()).isEqualTo(Map.of("layers", 3, "algorithm", "IDBD", "lr", 0.1));
        assertThat(frozen.hashCode()).isEqualTo(source().hashCode());
        assertThat(frozen.get("algorithm")).isEqualTo("IDBD");
        assertThat(frozen.get("missing")).isNull();
        assertThat(frozen.containsKey("layers")).isTrue();
        assertThat(frozen.containsKey("missing")).isFalse();
    }

    @Test
    void isACopyThatCannotBeChanged() {
        Map<String, Object> original = source();
        Map<String, Object> frozen = FrozenMap.copyOf(original);
        original.put("lr", 0.5);

        assertThat(frozen.get("lr")).isEqualTo(0.1);
        assertThatThrownBy(() -> frozen.put("lr", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.remove("lr")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue(2.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copyingAFrozenMapReturnsItAndAnEmptyMapStaysEmpty() {
        Map<String, Object> frozen = FrozenMap.copyOf(source());

        assertThat(FrozenMap.copyOf(frozen)).isSameAs(frozen);
        assertThat(FrozenMap.copyOf(Map.of())).isEmpty();
    }
}
