package slotbot.funnel.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever text arrives, parsing ends with a Program: diagnostics or ok, never an exception.
 * Cases come from a seeded random source (-Dslotbot.properties.seed=N repeats a run); the
 * class-wide timeout only catches a hang, it measures nothing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ParserPropertiesTest {

    private static final List<String> FRAGMENTS = List.of(
            "(", ")", "[", "]", "{", "}", ",", ":", "+", "-", "*", "/", "%", "^", "**", "=", "==", "!=", "<", ">=",
            "&&", "||", "&", "|", "!", "#", "#{", "}", "and", "OR", "not", "del", "if(", "True", "None", "x", "цена",
            "project.name", "len(", "tools_make_button_str_checker(", "1", "2.5", "007", "1.", ".5", "'", "\"", "'txt'",
            "\"Стрижка\"", "\\", "/*", "*/", "\n", " ", "\t", "\r\n", "\u00a0", "👍", "\u0000", "\uFEFF");
    private static final List<String> OPENERS = List.of("(", "[", "{'k': ", "-", "not ", "!", "2^", "if(", "len(", "x[");

    private final long seed = Long.getLong("slotbot.properties.seed", 20301104L);
    private final Random random = new Random(seed);

    @Test
    void randomUnicodeGivesAProgram() {
        for (int i = 0; i < 400; i++) {
            StringBuilder code = new StringBuilder();
            int length = random.nextInt(3_000);
            for (int c = 0; c < length; c++) {
                code.appendCodePoint(randomCodePoint());
            }
            assertParses(code.toString());
        }
    }

    @Test
    void tokenSoupGivesAProgram() {
        for (int i = 0; i < 600; i++) {
            StringBuilder code = new StringBuilder();
            int parts = random.nextInt(400);
            for (int p = 0; p < parts; p++) {
                code.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            assertParses(code.toString());
        }
    }

    @Test
    void hugeNestingGivesADiagnostic() {
        for (int i = 0; i < 60; i++) {
            String code = "x = " + OPENERS.get(random.nextInt(OPENERS.size())).repeat(51 + random.nextInt(10_000)) + "1";
            assertParses(code);
            assertThat(Fixtures.CALCULATOR.parse(code).ok()).as("seed %d", seed).isFalse();
        }
    }

    private int randomCodePoint() {
        int codePoint = random.nextInt(4) == 0 ? random.nextInt(128) : random.nextInt(0x2FFFF);
        return Character.isSurrogate((char) codePoint) || !Character.isValidCodePoint(codePoint) ? 'x' : codePoint;
    }

    private void assertParses(String code) {
        Program program = Fixtures.CALCULATOR.parse(code);
        Program expression = Fixtures.CALCULATOR.parseExpression(code);
        assertThat(List.of(program, expression)).as("seed %d", seed).allSatisfy(parsed -> {
            assertThat(parsed.ok()).isEqualTo(parsed.diagnostics().isEmpty());
            assertThat(parsed.diagnostics()).allSatisfy(d -> {
                assertThat(d.line()).isPositive();
                assertThat(d.column()).isPositive();
                assertThat(d.message()).isNotBlank();
            });
        });
    }
}
