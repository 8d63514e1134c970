package slotbot.funnel.dialog;

import org.junit.jupiter.api.Test;
import slotbot.funnel.calc.Values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Variables parsed only when asked for, and which of them a turn has changed. */
class StoredVariablesTest {

    private final List<String> parsed = new ArrayList<>();

    /** Variables stored as name=json pairs, parsed as calculator literals; a value "BROKEN" fails to parse. */
    private StoredVariables stored(String... pairs) {
        String source = String.join(" ", pairs);
        Map<String, StoredVariables.StoredText> texts = new LinkedHashMap<>();
        int at = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            int start = at + pairs[i].length() + 1;
            texts.put(pairs[i], new StoredVariables.StoredText(source, start, start + pairs[i + 1].length()));
            at = start + pairs[i + 1].length() + 1;
        }
        return StoredVariables.of(texts, json -> {
            parsed.add(json);
            if (json.equals("BROKEN")) {
                throw new IllegalStateException("parsed a variable no one asked for");
            }
            return json.equals("None") ? null : Values.literal(json).orElseThrow();
        });
    }

    @Test
    void onlyTheVariablesAskedForAreParsedAndScalarsReadStayUnchanged() {
        StoredVariables variables = stored("name", "\"Анна\"", "payments", "BROKEN", "count", "2.50");

        assertThat(variables.get("name")).isEqualTo("Анна");
        assertThat(variables.get("count")).isEqualTo(new BigDecimal("2.50"));
        assertThat(variables.get("name")).isEqualTo("Анна");
        assertThat(variables.containsKey("payments")).isTrue();
        assertThat(variables.keySet()).containsExactly("name", "payments", "count");
        assertThat(variables).hasSize(3);

        assertThat(parsed).containsExactly("\"Анна\"", "2.50");
        assertThat(variables.changed()).isFalse();
        assertThat(variables.storedText("name").toString()).isEqualTo("\"Анна\"");
        assertThatThrownBy(() -> variables.get("payments")).hasMessage("parsed a variable no one asked for");
    }

    @Test
    void aContainerHandedOutCountsAsChangedForItsHolderMayChangeItInPlace() {
        StoredVariables variables = stored("payments", "{'a': 1}", "visits", "[1, 2]", "name", "'Анна'");

        @SuppressWarnings("unchecked")
        Map<Object, Object> payments = (Map<Object, Object>) variables.get("payments");
        payments.put("b", BigDecimal.TEN);

        assertThat(variables.changed()).isTrue();
        assertThat(variables.storedText("payments")).isNull();
        assertThat(variables.get("payments")).isEqualTo(Map.of("a", BigDecimal.ONE, "b", BigDecimal.TEN));
        assertThat(variables.storedText("visits")).isNotNull();
        assertThat(variables.storedText("name")).isNotNull();
    }

    @Test
    void aScalarPutBackEqualStaysUnchangedAnyOtherPutChanges() {
        StoredVariables variables = stored("name", "'Анна'", "count", "2.50", "visits", "[1]");

        assertThat(variables.put("name", "Анна")).isEqualTo("Анна");
        assertThat(variables.put("count", new BigDecimal("2.5"))).isEqualTo(new BigDecimal("2.50"));
        assertThat(variables.put("fresh", "x")).isNull();

        assertThat(variables.storedText("name")).isNotNull();
        assertThat(variables.storedText("count")).isNull();
        assertThat(variables.storedText("fresh")).isNull();
        assertThat(variables.storedText("visits")).isNotNull();
        assertThat(variables).containsExactly(Map.entry("name", "Анна"), Map.entry("count", new BigDecimal("2.5")),
                Map.entry("visits", List.of(BigDecimal.ONE)), Map.entry("fresh", "x"));
    }

    @Test
    void settingAVariableParsesTheStoredOneOnlyWhenTheTwoCouldBeEqual() {
        StoredVariables variables = stored("slots", "[BROKEN", "name", "'Анна'", "count", "2", "note", "{BROKEN");

        variables.set("slots", List.of("10:00"));
        variables.set("name", "Анна");
        variables.set("count", BigDecimal.ONE);
        variables.set("note", "текст");
        variables.set("fresh", Map.of());

        assertThat(parsed).containsExactly("'Анна'", "2");
        assertThat(variables.storedText("name")).isNotNull();
        assertThat(variables.storedText("count")).isNull();
        assertThat(variables.storedText("slots")).isNull();
        assertThat(variables).containsExactly(Map.entry("slots", List.of("10:00")), Map.entry("name", "Анна"),
                Map.entry("count", BigDecimal.ONE), Map.entry("note", "текст"), Map.entry("fresh", Map.of()));
    }

    @Test
    void removingAVariableIsAChangeAndPuttingItAgainPutsItLast() {
        StoredVariables variables = stored("a", "1", "b", "2", "c", "3");

        assertThat(variables.remove("nothing")).isNull();
        assertThat(variables.changed()).isFalse();
        assertThat(variables.remove("a")).isEqualTo(BigDecimal.ONE);
        assertThat(variables.changed()).isTrue();
        variables.put("a", BigDecimal.TEN);

        assertThat(variables.keySet()).containsExactly("b", "c", "a");
        assertThat(variables.storedText("b")).isNotNull();
    }

    @Test
    void behavesAsTheLinkedHashMapOfItsValues() {
        StoredVariables variables = stored("a", "1", "b", "'x'", "c", "None", "d", "{'k': [1, 'y']}");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", BigDecimal.ONE);
        expected.put("b", "x");
        expected.put("c", null);
        expected.put("d", Map.of("k", List.of(BigDecimal.ONE, "y")));

        assertThat(variables).isEqualTo(expected);
        assertThat(expected).isEqualTo(variables);
        assertThat(variables.hashCode()).isEqualTo(expected.hashCode());
        assertThat(variables.toString()).isEqualTo(expected.toString());
        assertThat(variables.containsKey("c")).isTrue();
        assertThat(variables.putIfAbsent("c", "filled")).isNull();
        expected.putIfAbsent("c", "filled");
        assertThat(variables.getOrDefault("zz", "none")).isEqualTo("none");

        variables.entrySet().removeIf(e -> e.getKey().equals("a"));
        expected.remove("a");
        assertThat(variables).isEqualTo(expected);
        assertThat(new ArrayList<>(variables.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
        assertThat(variables.changed()).isTrue();
    }

    @Test
    void aCopySharesTheStoredTextsWithoutParsingThemAndChangesApart() {
        StoredVariables variables = stored("name", "'Анна'", "payments", "BROKEN", "gone", "1");
        variables.get("name");

        Map<String, Object> copy = StoredVariables.copyOf(variables);
        copy.put("name", "Борис");
        copy.remove("gone");

        assertThat(parsed).containsExactly("'Анна'", "1");
        assertThat(variables.get("name")).isEqualTo("Анна");
        assertThat(variables.containsKey("gone")).isTrue();
        assertThat(variables.changed()).isFalse();
        assertThat(((StoredVariables) StoredVariables.copyOf(variables)).storedText("name")).isEqualTo(variables.storedText("name"));
        StoredVariables plain = StoredVariables.copyOf(Map.of("a", 1));
        assertThat(plain).isEqualTo(Map.of("a", 1));
        assertThat(plain.changed()).isTrue();
    }

    @Test
    void aCopyOfAChangedOneIsChanged() {
        StoredVariables variables = stored("visits", "[1]", "x", "1");
        variables.get("visits");

        StoredVariables copy = (StoredVariables) StoredVariables.copyOf(variables);

        assertThat(copy.changed()).isTrue();
        assertThat(copy.storedText("visits")).isNull();
        assertThat(copy.get("visits")).isSameAs(variables.get("visits"));
    }

    @Test
    void theSizeAsJsonCountsStoredTextsAsTheyAreAndChangedValuesFromTheirValues() {
        StoredVariables variables = stored("a", "[1,  2]", "b", "BROKEN");
        variables.put("c", "xy");

        // {"a":[1,  2],"b":BROKEN,"c":"xy"} is 33 characters: the count may be one above, never below.
        assertThat(JsonSize.of(variables, 1_000)).isBetween(33L, 34L);
        assertThat(parsed).isEmpty();
    }
}
