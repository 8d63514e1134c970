package slotbot.app.dialog;

import org.junit.jupiter.api.Test;
import slotbot.funnel.calc.CalcException;
import slotbot.funnel.calc.Values;
import slotbot.funnel.dialog.StoredVariables;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The variables column split into each variable's text, and written back touching only what changed. */
class VariablesJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** Values of every kind, normalized as the calculator holds them. */
    private static Map<String, Object> mix() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("ORD-1", Map.of("sum", new BigDecimal("1500.50"), "paid", true));
        nested.put("12", new ArrayList<>(List.of("Стрижка \"модельная\"", new BigDecimal("-0.001"), false)));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("client_name", "Анна Ш. 💇‍♀️");
        values.put("note", "line\nbreak\ttab \\ slash / \u0001 \u2028");
        values.put("price", new BigDecimal("1234.5600"));
        values.put("big", new BigDecimal("1E+30"));
        values.put("count", BigDecimal.valueOf(42));
        values.put("nothing", null);
        values.put("empty", Map.of());
        values.put("payments", nested);
        values.put("visits", new ArrayList<>(List.of(List.of(), new ArrayList<>(List.of(BigDecimal.ONE, "два")))));
        values.put("ключ \"кавычки\"", "значение");
        return values;
    }

    private static Map<String, Object> normalized(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, Values.normalize(v)));
        return out;
    }

    /** What the column held before: every variable serialized anew. */
    private static String everything(Map<String, Object> values) {
        return JSON.writeValueAsString(values);
    }

    /**
     * A bot keys its records by booking ids and dates, so a dialog's names are mostly new ones: put into Jackson's
     * shared symbol table, they made its buckets ever longer, a sixth of a chat turn's CPU in a long bench.
     */
    @Test
    void namesAreNotKeptInJacksonsSharedSymbolTable() {
        assertThat(VariablesJson.JSON.tokenStreamFactory().isEnabled(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)).isFalse();
    }

    @Test
    void readsWhatTheWholeObjectReadsInItsOrder() {
        String stored = everything(normalized(mix()));

        StoredVariables variables = VariablesJson.read(stored);

        Map<String, Object> whole = normalized(JSON.readValue(stored, new TypeReference<LinkedHashMap<String, Object>>() { }));
        assertThat(variables).isEqualTo(whole);
        assertThat(new ArrayList<>(variables.keySet())).isEqualTo(new ArrayList<>(whole.keySet()));
    }

    @Test
    void readsTextsNumbersAndTruthValuesDirectlyAsJacksonReadsThem() {
        String stored = "{\"a\":1e5,\"b\":-0.0,\"c\":123456789012345678901234567890,\"d\":0,\"e\":-7,\"f\":2.50,"
                + "\"g\":1.0E-7,\"h\":\"x\",\"i\":\"\",\"j\":\"Анна \\\"Ш\\\" \\u0001\",\"k\":true,\"l\":false,\"m\":null}";

        StoredVariables variables = VariablesJson.read(stored);

        Map<String, Object> whole = normalized(JSON.readValue(stored, new TypeReference<LinkedHashMap<String, Object>>() { }));
        assertThat(whole).containsEntry("j", "Анна \"Ш\" \u0001").containsEntry("f", new BigDecimal("2.50"));
        whole.forEach((name, value) -> assertThat(variables.get(name)).as(name).isEqualTo(value));
    }

    @Test
    void writesByteForByteWhatSerializingEverythingWrites() {
        String stored = everything(normalized(mix()));

        StoredVariables untouched = VariablesJson.read(stored);
        assertThat(VariablesJson.write(untouched)).isEqualTo(stored);

        StoredVariables touched = VariablesJson.read(stored);
        touched.get("client_name");
        touched.get("visits");
        touched.put("price", new BigDecimal("99.90"));
        touched.remove("nothing");
        touched.put("nothing", "теперь есть");
        @SuppressWarnings("unchecked")
        Map<Object, Object> payments = (Map<Object, Object>) touched.get("payments");
        payments.put("ORD-2", new BigDecimal("0.5"));
        assertThat(VariablesJson.write(touched)).isEqualTo(everything(new LinkedHashMap<>(touched)));
    }

    @Test
    void keepsTheTextOfUntouchedVariablesAsStoredEvenSpacedAsJacksonNeverWritesIt() {
        String stored = " {\n  \"a\" : [1,  2.50] ,\n  \"b\":\"x\"\t,\"c\" :{ \"k\" : null }\n} ";

        StoredVariables variables = VariablesJson.read(stored);
        assertThat(variables.get("a")).isEqualTo(List.of(BigDecimal.ONE, new BigDecimal("2.50")));
        variables.put("b", "y");

        assertThat(VariablesJson.write(variables)).isEqualTo("{\"a\":[1,2.50],\"b\":\"y\",\"c\":{ \"k\" : null }}");
        assertThat(VariablesJson.write(VariablesJson.read("{}"))).isEqualTo("{}");
        assertThat(VariablesJson.read("{\"only\":\"one\"}")).containsExactly(Map.entry("only", "one"));
    }

    @Test
    void parsesOnlyTheVariablesAskedFor() {
        // Nested deeper than a calculator value may be: parsing it throws.
        String tooDeep = "[".repeat(150) + "]".repeat(150);
        String stored = "{\"name\":\"Анна\",\"deep\":" + tooDeep + ",\"count\":3}";

        StoredVariables variables = VariablesJson.read(stored);
        assertThat(variables.get("name")).isEqualTo("Анна");
        variables.put("count", BigDecimal.TEN);

        assertThat(VariablesJson.write(variables)).isEqualTo("{\"name\":\"Анна\",\"deep\":" + tooDeep + ",\"count\":10}");
        assertThatThrownBy(() -> variables.get("deep")).isInstanceOf(CalcException.class);
    }

    @Test
    void anyOtherMapIsSerializedWhole() {
        Map<String, Object> values = normalized(mix());

        assertThat(VariablesJson.write(values)).isEqualTo(everything(values));
    }
}
