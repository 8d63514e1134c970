package slotbot.funnel.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a client types, stored in a variable and substituted anywhere in code, in a text or in
 * a message, is that value and nothing more: the code does the same steps, sets the same
 * variables and reads no other, as with any harmless text.
 */
class SubstitutionPropertiesTest {

    /** Each line uses the client's text once, in one of the places a bot author puts a substitution. */
    private static final String CODE = String.join("\n",
            "a = #{question}",
            "b = \"#{question}\"",
            "c = '<#{question}>'",
            "d = question",
            "e = len(\"#{question}\")",
            "f = [#{question}, '#{ question }']",
            "g = {'k': \"#{question}\"}",
            "h = if(\"#{question}\" == \"\", 'пусто', 'есть')",
            "i = \"#{question}\" + '!'",
            "j = q#{question}",
            "k = \"#{q#{question}}\"");
    private static final Set<String> SET_BY_CODE = Set.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");

    @Property(tries = 1000)
    void clientTextIsOnlyAValue(@ForAll("clientTexts") String input) {
        Map<String, Object> initial = new LinkedHashMap<>();
        initial.put("question", input);
        initial.put("secret", "тайна");
        Variables variables = Variables.of(initial);

        Run run = Fixtures.CALCULATOR.run(Fixtures.CALCULATOR.parse(CODE), variables, Fixtures.CONTEXT);

        assertThat(run.errors()).isEmpty();
        assertThat(variables.get("a")).isEqualTo(input);
        assertThat(variables.get("b")).isEqualTo(input);
        assertThat(variables.get("c")).isEqualTo("<" + input + ">");
        assertThat(variables.get("d")).isEqualTo(input);
        assertThat(variables.get("e")).isEqualTo(BigDecimal.valueOf(input.codePointCount(0, input.length())));
        assertThat(variables.get("f")).isEqualTo(List.of(input, input));
        assertThat(variables.get("g")).isEqualTo(Map.of("k", input));
        assertThat(variables.get("h")).isEqualTo(input.isEmpty() ? "пусто" : "есть");
        assertThat(variables.get("i")).isEqualTo(input + "!");
        // A name built from the text reads the variable of that name: only "question" itself could be one.
        Object named = "uestion".equals(input) ? input : null;
        assertThat(variables.get("j")).isEqualTo(named);
        assertThat(variables.get("k")).isEqualTo(named == null ? "" : named);
        assertThat(variables.get("secret")).isEqualTo("тайна");
        for (String name : List.of("x", "y", "z", "secret2", "tampered")) {
            assertThat(variables.has(name)).as("no other variable appears: %s", name).isFalse();
        }
        SET_BY_CODE.forEach(name -> assertThat(variables.has(name)).as("set by the code: %s", name).isTrue());
    }

    @Property(tries = 1000)
    void aMessageShowsTheTextAsWritten(@ForAll("clientTexts") String input) {
        Variables variables = Variables.of(Map.of("question", input, "secret", "тайна"));

        assertThat(Render.template("Вы написали: #{question}.", variables)).isEqualTo("Вы написали: " + input + ".");
        assertThat(Render.template("[#{len(question)}]", variables))
                .isEqualTo("[" + input.codePointCount(0, input.length()) + "]");
    }

    @Property(tries = 300)
    void theStepsSpentDoNotDependOnWhatTheTextSays(@ForAll("clientTexts") String input) {
        // Same length, different characters: a value is never parsed, so both runs cost the same.
        String plain = "a".repeat(input.length());
        assertThat(stepsFor(input)).isEqualTo(stepsFor(plain));
    }

    private static long stepsFor(String input) {
        Variables variables = Variables.of(Map.of("question", input));
        Evaluator.Outcome outcome = Fixtures.CALCULATOR.execute(Fixtures.CALCULATOR.parse(CODE + "\nsteps = 1"), variables,
                Fixtures.CONTEXT);
        assertThat(outcome.errors()).isEmpty();
        return outcome.steps();
    }

    @Provide
    Arbitrary<String> clientTexts() {
        Arbitrary<String> hostile = Arbitraries.of("#{secret}", "\"", "'", "\\", "}", "#{", "\", x = 1, \"", "' + secret + '",
                "#{q#{i}}", "/*", "*/", "\n", "\nx = 1\n", "del secret", "len(", ")", "[", "]", "{'a': 1}", "None", "True",
                "project.x", "#{none}", "%s", "\u0000", "😀", "ё", "\u00a0", "1e3", "01.06.2025", "09:30");
        Arbitrary<String> letters = Arbitraries.strings().withChars("abcxyzАБВёЁ 0123456789#{}()[]'\"\\/*+-=<>!&|;:.,\n\t")
                .ofMaxLength(12);
        return Arbitraries.oneOf(hostile, letters).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }
}
