package slotbot.funnel.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderTest {

    private final Variables variables = Variables.of(Map.of(
            "title", "Стрижка",
            "price", new BigDecimal("1500.00"),
            "data", List.of(Map.of("title", "Борода"), Map.of("title", "Усы")),
            "d", Map.of("k", "v"),
            "ok", true,
            "nothing", new ArrayList<>()));

    @Test
    void textShowsValuesAsPythonDoes() {
        Map<String, Object> dictionary = new LinkedHashMap<>();
        dictionary.put("a", BigDecimal.ONE);
        dictionary.put("b", Arrays.asList("x", null, false));

        assertThat(Render.text(null)).isEqualTo("None");
        assertThat(Render.text(true)).isEqualTo("True");
        assertThat(Render.text(new BigDecimal("10.0"))).isEqualTo("10");
        assertThat(Render.text(new BigDecimal("2.50"))).isEqualTo("2.5");
        assertThat(Render.text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Render.text(7)).isEqualTo("7");
        assertThat(Render.text("plain")).isEqualTo("plain");
        assertThat(Render.text(List.of("a", "b"))).isEqualTo("['a', 'b']");
        assertThat(Render.text(dictionary)).isEqualTo("{'a': 1, 'b': ['x', None, False]}");
        assertThat(Render.text(List.of("it's"))).isEqualTo("[\"it's\"]");
        assertThat(Render.text(List.of("line\nbreak"))).isEqualTo("['line\\nbreak']");
    }

    @Test
    void textOfAHugeValueIsCut() {
        String text = Render.text(List.of("x".repeat(Render.MAX_TEXT)));

        assertThat(text).hasSize(Render.MAX_TEXT).endsWith("…");
    }

    @Test
    void aTemplateStopsOneCharacterPastItsBound() {
        Variables longOne = Variables.of(Map.of("x", "x".repeat(Render.MAX_TEXT)));

        assertThat(Render.template("#{x}#{x}#{x}", longOne, 100)).hasSize(101);
        assertThat(Render.template("ab#{x}", longOne, Render.MAX_TEXT)).hasSize(Render.MAX_TEXT + 1);
        assertThat(Render.template("a #{x}", Variables.inMemory(), 100)).isEqualTo("a ");
    }

    @Test
    void cutKeepsSurrogatePairsWholeAndTheBound() {
        assertThat(Render.cut("abc", 3)).isEqualTo("abc");
        assertThat(Render.cut("abcd", 3)).isEqualTo("ab…");
        assertThat(Render.cut("a😀bc", 3)).isEqualTo("a…");
    }

    @Test
    void templateReplacesNamesItemsAndExpressions() {
        assertThat(Render.template("#{title}: #{price} руб.", variables)).isEqualTo("Стрижка: 1500 руб.");
        assertThat(Render.template("#{data[0]['title']} и #{data[-1]['title']}", variables)).isEqualTo("Борода и Усы");
        assertThat(Render.template("#{d['k']} #{d[\"k\"]}", variables)).isEqualTo("v v");
        assertThat(Render.template("#{price * 2} / #{len(data)} / #{2 + 2}", variables)).isEqualTo("3000 / 2 / 4");
        assertThat(Render.template("#{ok} #{nothing}", variables)).isEqualTo("True []");
    }

    @Test
    void templateLeavesMissingValuesEmptyAndBrokenPlaceholdersAsWritten() {
        assertThat(Render.template("[#{unknown}]", variables)).isEqualTo("[]");
        assertThat(Render.template("[#{data[5]}]", variables)).isEqualTo("[]");
        assertThat(Render.template("[#{none}]", variables)).isEqualTo("[]");
        assertThat(Render.template("[#{a +}] [#{foo(1)}]", variables)).isEqualTo("[#{a +}] [#{foo(1)}]");
        assertThat(Render.template("#{title", variables)).isEqualTo("#{title");
        assertThat(Render.template("price {1} #x #{title}}", variables)).isEqualTo("price {1} #x Стрижка}");
        assertThat(Render.template("", variables)).isEmpty();
    }

    @Test
    void templateSkipsBracesInsideQuotes() {
        assertThat(Render.template("#{ {'}': 1}['}'] }", variables)).isEqualTo("1");
    }
}
