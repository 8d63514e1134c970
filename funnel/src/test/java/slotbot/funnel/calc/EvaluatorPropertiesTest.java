package slotbot.funnel.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid programs over random variables: the evaluator yields values or diagnostics, never
 * another exception, never a library bug ("failed unexpectedly"), and stays within its budget.
 */
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

    @Property(tries = 500)
    void programsYieldValuesOrDiagnostics(@ForAll("programs") String code, @ForAll("variables") Map<String, Object> values) {
        Variables variables = Variables.of(values);
        long start = System.nanoTime();
        Program program = Fixtures.CALCULATOR.parse(code);
        Run run = Fixtures.CALCULATOR.run(program, variables, Fixtures.CONTEXT);

        assertThat(program.diagnostics()).as("generated code parses").isEmpty();
        assertThat(run.errors()).allSatisfy(error -> assertThat(error.message()).doesNotContain("unexpectedly"));
        assertThat(System.nanoTime() - start).as("nanoseconds to run").isLessThan(3_000_000_000L);
        for (String name : NAMES) {
            assertThat(Values.normalize(variables.get(name))).as("variable %s holds a calculator value", name)
                    .isEqualTo(variables.get(name));
        }
    }

    @Property(tries = 500)
    void expressionsYieldAValueOrACalcException(@ForAll("expressions") String expression,
                                                @ForAll("variables") Map<String, Object> values) {
        Variables variables = Variables.of(values);
        try {
            Object value = Fixtures.evaluate(expression, variables);
            assertThat(Values.normalize(value)).isEqualTo(value);
            assertThat(Render.text(value)).isNotNull();
        } catch (CalcException e) {
            assertThat(e.getMessage()).matches("(?s)\\[\\d+:\\d+\\] .+").doesNotContain("unexpectedly");
        }
    }

    @Provide
    Arbitrary<String> programs() {
        return statement().list().ofMinSize(1).ofMaxSize(12).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> expressions() {
        return expression(3);
    }

    @Provide
    Arbitrary<Map<String, Object>> variables() {
        return Arbitraries.maps(Arbitraries.of("x", "y", "z", "цена"), value(2)).ofMaxSize(4);
    }

    private Arbitrary<String> statement() {
        Arbitrary<String> name = Arbitraries.of(NAMES);
        return Arbitraries.oneOf(
                Combinators.combine(name, expression(3)).as((n, e) -> n + " = " + e),
                Combinators.combine(name, expression(1), expression(2)).as((n, k, e) -> n + "[" + k + "] = " + e),
                Combinators.combine(name, expression(1)).as((n, k) -> "del " + n + "[" + k + "]"),
                expression(3));
    }

    private Arbitrary<String> expression(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of(LITERALS), Arbitraries.of(NAMES),
                Arbitraries.of(NAMES).map(n -> "#{" + n + "}"));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> smaller = Arbitraries.lazy(() -> expression(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(3, Combinators.combine(smaller, Arbitraries.of(OPERATORS), smaller)
                        .as((l, op, r) -> "(" + l + " " + op + " " + r + ")")),
                net.jqwik.api.Tuple.of(1, smaller.map(e -> "-" + e)),
                net.jqwik.api.Tuple.of(1, smaller.map(e -> "(not " + e + ")")),
                net.jqwik.api.Tuple.of(2, Combinators.combine(smaller, smaller).as((t, k) -> t + "[" + k + "]")),
                net.jqwik.api.Tuple.of(4, call(smaller)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(smaller, smaller, smaller).as((c, a, b) -> "if(" + c + ", " + a + ", " + b + ")")),
                net.jqwik.api.Tuple.of(1, smaller.list().ofMaxSize(3).map(items -> "[" + String.join(", ", items) + "]")),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of("'k'", "1", "'title'"), smaller).as((k, v) -> "{" + k + ": " + v + "}")));
    }

    /** A call with a number of arguments the function accepts (at most 5). */
    private Arbitrary<String> call(Arbitrary<String> argument) {
        return Arbitraries.of(FUNCTIONS).flatMap(name -> {
            FunctionLibrary.Entry entry = LIBRARY.entry(name);
            int most = Math.min(entry.maxArgs(), Math.max(entry.minArgs(), 5));
            return argument.list().ofMinSize(entry.minArgs()).ofMaxSize(most)
                    .map(args -> name + "(" + String.join(", ", args) + ")");
        });
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of(true, false),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e6"), new BigDecimal("1e6")).ofScale(2).map(d -> (Object) d),
                Arbitraries.of("", "abc", "5", "2.50", "01.06.2025", "09:30", "Стрижка", "'quoted'").map(s -> (Object) s),
                Arbitraries.strings().all().ofMaxLength(20).map(s -> (Object) s));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> smaller = Arbitraries.lazy(() -> value(depth - 1));
        return Arbitraries.oneOf(scalar,
                smaller.list().ofMaxSize(4).map(list -> (Object) new ArrayList<>(list)),
                Arbitraries.maps(Arbitraries.of("title", "id", "price", "k"), smaller).ofMaxSize(3).map(map -> (Object) map));
    }
}
