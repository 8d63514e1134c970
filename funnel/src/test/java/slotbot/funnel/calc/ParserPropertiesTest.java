package slotbot.funnel.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text arrives, parsing ends quickly with a Program: diagnostics or ok, never an exception. */
class ParserPropertiesTest {

    private static final List<String> FRAGMENTS = List.of(
            "(", ")", "[", "]", "{", "}", ",", ":", "+", "-", "*", "/", "%", "^", "**", "=", "==", "!=", "<", ">=",
            "&&", "||", "&", "|", "!", "#", "#{", "}", "and", "OR", "not", "del", "if(", "True", "None", "x", "цена",
            "project.name", "len(", "tools_make_button_str_checker(", "1", "2.5", "007", "1.", ".5", "'", "\"", "'txt'",
            "\"Стрижка\"", "\\", "/*", "*/", "\n", " ", "\t", "\r\n", "\u00a0", "👍", "\u0000", "\uFEFF");

    @Property(tries = 400)
    void randomUnicodeGivesAProgram(@ForAll("unicode") String code) {
        assertParses(code);
    }

    @Property(tries = 600)
    void tokenSoupGivesAProgram(@ForAll("soup") String code) {
        assertParses(code);
    }

    @Property(tries = 60)
    void hugeNestingGivesADiagnostic(@ForAll("nesting") String code) {
        assertParses(code);
        assertThat(Fixtures.CALCULATOR.parse(code).ok()).isFalse();
    }

    private static void assertParses(String code) {
        long start = System.nanoTime();
        Program program = Fixtures.CALCULATOR.parse(code);
        Program expression = Fixtures.CALCULATOR.parseExpression(code);
        assertThat(List.of(program, expression)).allSatisfy(parsed -> {
            assertThat(parsed.ok()).isEqualTo(parsed.diagnostics().isEmpty());
            assertThat(parsed.diagnostics()).allSatisfy(d -> {
                assertThat(d.line()).isPositive();
                assertThat(d.column()).isPositive();
                assertThat(d.message()).isNotBlank();
            });
        });
        assertThat(System.nanoTime() - start).as("nanoseconds to parse").isLessThan(2_000_000_000L);
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(3_000);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(400).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> nesting() {
        Arbitrary<String> opener = Arbitraries.of("(", "[", "{'k': ", "-", "not ", "!", "2^", "if(", "len(", "x[");
        return opener.flatMap(piece -> Arbitraries.integers().between(51, 10_000).map(count -> "x = " + piece.repeat(count) + "1"));
    }
}
