package slotbot.funnel.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random valid programs over random variables: the evaluator yields values or diagnostics, never
 * another exception and never a library bug ("failed unexpectedly"). Cases come from a seeded
 * random source (-Dslotbot.properties.seed=N repeats a run); the timeout only catches a hang.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EvaluatorPropertiesTest {

    private static final FunctionLibrary LIBRARY = FunctionLibrary.standard();
    private static final List<String> FUNCTIONS = List.copyOf(LIBRARY.names());
    private static final List<String> NAMES = List.of("x", "y", "z", "w", "цена");
    private static final List<String> LITERALS = List.of("0", "1", "-1", "2.5", "100", "0.001", "12345678901234567890",
            "''", "'abc'", "'5'", "' 7 '", "'01.06.2025'", "'09:30'", "'31.12.2025 23:30'", "'Стрижка'", "'a;b'",
            "'\\\\d+'", "'(a+)+b'", "True", "False", "None", "[]", "{}", "['a', 'b']", "[1, 2, 3]",
            "{'title': 'Борода', 'price': 800, 'id': 12}", "[{'title': 'A', 'id': 1}, {'title': 'B', 'id': 2}]");
    private static final List<String> OPERATORS = List.of("+", "-", "*", "/", "%", "^", "**", "==", "!=", "<", ">",
            "<=", ">=", "and", "or", "&&", "||");
    private static final List<String> TEXTS = List.of("", "abc", "5", "2.50", "01.06.2025", "09:30", "Стрижка", "'quoted'");

    private final long seed = Long.getLong("slotbot.properties.seed", 20301104L);
    private final Random random = new Random(seed);

    @Test
    void programsYieldValuesOrDiagnostics() {
        for (int i = 0; i < 500; i++) {
            String code = program();
            Map<String, Object> values = variables();
            Variables variables = Variables.of(values);
            Program program = Fixtures.CALCULATOR.parse(code);
            Run run = Fixtures.CALCULATOR.run(program, variables, Fixtures.CONTEXT);

            assertThat(program.diagnostics()).as("generated code parses (seed %d):\n%s", seed, code).isEmpty();
            assertThat(run.errors()).as("seed %d:\n%s", seed, code)
                    .allSatisfy(error -> assertThat(error.message()).doesNotContain("unexpectedly"));
            for (String name : NAMES) {
                assertThat(Values.normalize(variables.get(name))).as("variable %s holds a calculator value", name)
                        .isEqualTo(variables.get(name));
            }
        }
    }

    @Test
    void expressionsYieldAValueOrACalcException() {
        for (int i = 0; i < 500; i++) {
            String expression = expression(3);
            Variables variables = Variables.of(variables());
            try {
                Object value = Fixtures.evaluate(expression, variables);
                assertThat(Values.normalize(value)).isEqualTo(value);
                assertThat(Render.text(value)).isNotNull();
            } catch (CalcException e) {
                assertThat(e.getMessage()).as("seed %d: %s", seed, expression)
                        .matches("(?s)\\[\\d+:\\d+\\] .+").doesNotContain("unexpectedly");
            }
        }
    }

    private String program() {
        List<String> lines = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            lines.add(statement());
        }
        return String.join("\n", lines);
    }

    private String statement() {
        String name = pick(NAMES);
        return switch (random.nextInt(4)) {
            case 0 -> name + " = " + expression(3);
            case 1 -> name + "[" + expression(1) + "] = " + expression(2);
            case 2 -> "del " + name + "[" + expression(1) + "]";
            default -> expression(3);
        };
    }

    /** An expression of at most this depth, with the shapes weighted roughly as a bot author writes them. */
    private String expression(int depth) {
        int roll = depth == 0 ? 0 : random.nextInt(16);
        if (roll < 3) {
            return leaf();
        }
        int smaller = depth - 1;
        if (roll < 6) {
            return "(" + expression(smaller) + " " + pick(OPERATORS) + " " + expression(smaller) + ")";
        }
        if (roll < 7) {
            return "-" + expression(smaller);
        }
        if (roll < 8) {
            return "(not " + expression(smaller) + ")";
        }
        if (roll < 10) {
            return expression(smaller) + "[" + expression(smaller) + "]";
        }
        if (roll < 14) {
            return call(smaller);
        }
        if (roll < 15) {
            return "if(" + expression(smaller) + ", " + expression(smaller) + ", " + expression(smaller) + ")";
        }
        return random.nextBoolean()
                ? "[" + String.join(", ", expressions(smaller, random.nextInt(4))) + "]"
                : "{" + pick(List.of("'k'", "1", "'title'")) + ": " + expression(smaller) + "}";
    }

    private String leaf() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(LITERALS);
            case 1 -> pick(NAMES);
            default -> "#{" + pick(NAMES) + "}";
        };
    }

    /** A call with a number of arguments the function accepts (at most 5). */
    private String call(int depth) {
        String name = pick(FUNCTIONS);
        FunctionLibrary.Entry entry = LIBRARY.entry(name);
        int most = Math.min(entry.maxArgs(), Math.max(entry.minArgs(), 5));
        int count = entry.minArgs() + random.nextInt(most - entry.minArgs() + 1);
        return name + "(" + String.join(", ", expressions(depth, count)) + ")";
    }

    private List<String> expressions(int depth, int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(expression(depth));
        }
        return items;
    }

    private Map<String, Object> variables() {
        Map<String, Object> values = new LinkedHashMap<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            values.put(pick(List.of("x", "y", "z", "цена")), value(2));
        }
        return values;
    }

    private Object value(int depth) {
        int roll = depth == 0 ? random.nextInt(5) : random.nextInt(7);
        return switch (roll) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> BigDecimal.valueOf(random.nextLong(-100_000_000L, 100_000_000L), 2);
            case 3 -> pick(TEXTS);
            case 4 -> randomText(random.nextInt(21));
            case 5 -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    list.add(value(depth - 1));
                }
                yield list;
            }
            default -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    map.put(pick(List.of("title", "id", "price", "k")), value(depth - 1));
                }
                yield map;
            }
        };
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(0x2FFFF);
            text.appendCodePoint(Character.isSurrogate((char) codePoint) ? 'x' : codePoint);
        }
        return text.toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
