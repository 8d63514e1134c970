package slotbot.funnel.dialog;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The counted size is never below what a JSON writer makes, so a turn the bound lets through always fits its column. */
class JsonSizeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void neverBelowTheWrittenJsonOfMapsListsAndEscapes() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("payments", Map.of("a", BigDecimal.ONE, "b", List.of("x", true), "c", Map.of()));
        values.put("text", "кавычки \" и \\ и \n и \u0001");
        values.put("none", null);
        values.put("price", new BigDecimal("12.50"));
        for (Object value : List.of(values, Map.of("a", 1, "b", 2, "c", 3), List.of(Map.of("k", "v"), List.of()), Map.of())) {
            long written = JSON.writeValueAsString(value).length();
            assertThat(JsonSize.of(value, 1_000_000)).isBetween(written, written + 40);
        }
    }
}
