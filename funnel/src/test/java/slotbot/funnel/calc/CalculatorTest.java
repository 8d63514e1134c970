package slotbot.funnel.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The public API as the runtime uses it: parse, run, conditions, added functions, limits. */
class CalculatorTest {

    private final Calculator calculator = Fixtures.CALCULATOR;

    @Test
    void parseNeverThrowsAndListsEveryError() {
        Program program = calculator.parse("a = (1\nb = 2\nc = nope(1)\nd = ]");

        assertThat(program.ok()).isFalse();
        assertThat(program.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "[1:7] Expect ')' after expression.",
                "[3:5] Unknown function 'nope'.",
                "[4:5] Expect expression.");
        assertThat(calculator.parse(null).ok()).isTrue();
    }

    @Test
    void runExecutesTheLinesThatParsedAndUnsetsTheBrokenOnes() {
        Variables variables = Variables.of(Map.of("c", "stale"));
        Run run = calculator.run(calculator.parse("a = (1\nb = 2\nc = nope(1)"), variables, Fixtures.CONTEXT);

        assertThat(run.ok()).isTrue();
        assertThat(variables.get("b")).isEqualTo(BigDecimal.valueOf(2));
        assertThat(variables.has("a")).isFalse();
        assertThat(variables.has("c")).isFalse();
    }

    @Test
    void runReportsEachFailingLineAndGoesOn() {
        Variables variables = Variables.inMemory();
        Run run = calculator.run(calculator.parse("x = 1 / 0\ny = dat + 1\nz = 3"), variables, Fixtures.CONTEXT);

        assertThat(run.errors()).extracting(Diagnostic::toString)
                .containsExactly("[1:7] Division by zero.", "[2:9] Cannot add None and a number.");
        assertThat(variables.get("z")).isEqualTo(BigDecimal.valueOf(3));
    }

    @Test
    void evaluateGivesAConditionsValue() {
        Variables variables = Variables.of(Map.of("booking_result", true, "data", List.of(1, 2)));

        assertThat(Fixtures.evaluate("booking_result == True", variables)).isEqualTo(true);
        assertThat(Fixtures.evaluate("len(data) > 0", variables)).isEqualTo(true);
        assertThat(Fixtures.evaluate("  data[1] * 10 ", variables)).isEqualTo(BigDecimal.valueOf(20));
    }

    @Test
    void evaluateThrowsAPositionedMessage() {
        Variables variables = Variables.inMemory();

        assertThatThrownBy(() -> Fixtures.evaluate("len(dat) > 0", variables))
                .isInstanceOf(CalcException.class)
                .hasMessage("[1:1] Function 'len' expects a text, list or dictionary as argument 1, got None.")
                .satisfies(e -> assertThat(((CalcException) e).reason())
                        .isEqualTo("Function 'len' expects a text, list or dictionary as argument 1, got None."));
        assertThatThrownBy(() -> Fixtures.evaluate("x = 1", variables))
                .hasMessage("[1:3] Expect '==' to compare, not '='.");
        assertThatThrownBy(() -> Fixtures.evaluate("", variables)).hasMessage("[1:1] Expect expression.");
        assertThatThrownBy(() -> Fixtures.evaluate("a\nb", variables)).hasMessage("[2:1] Expect end of expression.");
    }

    @Test
    void evaluateTakesOnlyAnExpressionProgram() {
        assertThatThrownBy(() -> calculator.evaluate(calculator.parse("x = 1"), Variables.inMemory(), Fixtures.CONTEXT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addedFunctionsGetTheCallersContextAndNormalizedResults() {
        AtomicReference<CallContext> seen = new AtomicReference<>();
        FunctionLibrary library = FunctionLibrary.standard().with("get_info", 0, 1, (args, context) -> {
            seen.set(context);
            return Map.of("count", 3, "price", 12.5);
        });
        Variables variables = Variables.inMemory();
        Calculator withInfo = new Calculator(library, Limits.defaults());

        withInfo.run(withInfo.parse("info = get_info()\nn = info['count'] + 1"), variables, Fixtures.CONTEXT);

        assertThat(seen.get()).isSameAs(Fixtures.CONTEXT);
        assertThat(variables.get("n")).isEqualTo(BigDecimal.valueOf(4));
        assertThat(Render.text(variables.get("info"))).isIn("{'count': 3, 'price': 12.5}", "{'price': 12.5, 'count': 3}");
    }

    @Test
    void anAddedFunctionsBugBecomesADiagnostic() {
        FunctionLibrary library = FunctionLibrary.empty().with("broken", 0, 0, (args, context) -> {
            throw new IllegalStateException("database down");
        });
        Calculator withBroken = new Calculator(library, Limits.defaults());

        Run run = withBroken.run(withBroken.parse("x = broken()"), Variables.inMemory(), Fixtures.CONTEXT);

        assertThat(run.errors()).extracting(Diagnostic::toString)
                .containsExactly("[1:5] Function 'broken' failed unexpectedly.");
    }

    @Test
    void anAddedFunctionsAuthorErrorKeepsItsMessage() {
        FunctionLibrary library = FunctionLibrary.empty().with("callback", 2, 2, (args, context) -> {
            throw new CalcException("callback() needs another client's id.");
        });
        Calculator withCallback = new Calculator(library, Limits.defaults());

        Run run = withCallback.run(withCallback.parse("\n  callback(client_id, 'hi')"),
                Variables.of(Map.of("client_id", "42")), Fixtures.CONTEXT);

        assertThat(run.errors()).extracting(Diagnostic::toString)
                .containsExactly("[2:3] callback() needs another client's id.");
    }

    @Test
    void libraryRefusesBadAdditions() {
        FunctionLibrary standard = FunctionLibrary.standard();

        assertThatThrownBy(() -> standard.with("len", 1, 1, (a, c) -> null)).hasMessageContaining("already");
        assertThatThrownBy(() -> standard.with("if", 1, 1, (a, c) -> null)).hasMessageContaining("calculator name");
        assertThatThrownBy(() -> standard.with("two words", 1, 1, (a, c) -> null)).hasMessageContaining("calculator name");
        assertThatThrownBy(() -> standard.with("f", 2, 1, (a, c) -> null)).hasMessageContaining("minArgs");
        assertThat(standard.with("get_slots_for_booking", 3, 5, (a, c) -> null).has("get_slots_for_booking")).isTrue();
        assertThat(standard.has("get_slots_for_booking")).isFalse();
    }

    @Test
    void standardLibraryHasEveryBuilderFunction() {
        assertThat(FunctionLibrary.standard().names()).contains(
                "tools_make_button_str_checker", "tools_check_user_input", "get_values_by_key", "append", "insert",
                "del", "remove", "index", "in_array", "arr_len", "sort", "array_slice", "remove_duplicates",
                "cross_arr", "except_arr", "sum_array", "exist_key", "dict_keys_to_array", "dict_values_to_array",
                "massive_to_text", "get", "len", "int", "float", "round", "abs", "min", "max", "lower", "upper",
                "capitalize", "strip", "replace", "substring", "contains", "startswith", "endswith", "findall",
                "add_days", "add_minutes", "compare_date", "compare_time", "weekday_date", "date_rus", "date_label", "date_choices");
    }

    @Test
    void anOverlongStatementIsADiagnostic() {
        String code = "ok = 1\nx = '" + "a".repeat(2_000) + "'";

        assertThat(calculator.parse(code).diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("[2:1] Expression is too long: at most 2000 characters.");
        assertThat(calculator.parse("x = '" + "a".repeat(1_990) + "'").ok()).isTrue();
    }

    @Test
    void aCommentDoesNotCountTowardsTheLength() {
        assertThat(calculator.parse("x = 1 /* " + "a".repeat(5_000) + " */").ok()).isTrue();
    }

    @Test
    void theWallClockStopsARun() {
        Calculator impatient = new Calculator(FunctionLibrary.standard(), Limits.defaults().withMaxWallTime(Duration.ofNanos(1)));
        String code = "a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n" + "b = a + a + a\n".repeat(40) + "c = 'never'";
        Variables variables = Variables.inMemory();

        Run run = impatient.run(impatient.parse(code), variables, Fixtures.CONTEXT);

        assertThat(run.errors()).singleElement().extracting(Diagnostic::message)
                .isEqualTo("Too slow: the code may run at most 0 ms.");
        assertThat(variables.has("c")).isFalse();
    }

    @Test
    void smallerLimitsApply() {
        Calculator strict = new Calculator(FunctionLibrary.standard(),
                Limits.defaults().withMaxItems(3).withMaxStringLength(5).withMaxNesting(2).withMaxSteps(50));

        assertThat(messages(strict, "x = [1, 2, 3, 4]")).containsExactly("[1:5] List or dictionary is too large: more than 3 items.");
        assertThat(messages(strict, "x = 'abc' + 'def'")).containsExactly("[1:11] Text is too long: 6 characters, at most 5.");
        assertThat(strict.parse("x = ((1))").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("Expression is nested too deeply: at most 2 levels.");
        assertThat(messages(strict, "x = 1\n".repeat(30))).containsExactly(
                "[26:1] Too many steps: the code may take at most 50 steps per run.");
    }

    private static List<String> messages(Calculator calculator, String code) {
        return calculator.run(calculator.parse(code), Variables.inMemory(), Fixtures.CONTEXT).errors().stream()
                .map(Diagnostic::toString).toList();
    }

    @Test
    void theLongestStatementsRunOnASmallStack() throws InterruptedException {
        String sum = "x = " + "1+".repeat(997) + "1";
        String items = "a[0]" + "[0]".repeat(660) + " = 1";
        String nested = "y = " + "[".repeat(49) + "7" + "]".repeat(49);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(null, () -> outcome.set(runAll(sum, items, nested)), "small-stack", 256 * 1024);
        small.start();
        small.join();

        assertThat(outcome.get()).isEqualTo(List.of("998", "[2:1] Index 0 is out of range for a list of 0 items.", true));
    }

    private Object runAll(String sum, String items, String nested) {
        Variables variables = Variables.of(Map.of("a", List.of()));
        Run run = calculator.run(calculator.parse(sum + "\n" + items + "\n" + nested), variables, Fixtures.CONTEXT);
        return List.of(Render.text(variables.get("x")), run.errors().get(0).toString(),
                Render.text(variables.get("y")).equals("[".repeat(49) + "7" + "]".repeat(49)));
    }

    @Test
    void limitsRefuseBadValuesByName() {
        assertThatThrownBy(() -> Limits.defaults().withMaxSteps(0))
                .hasMessage("Limits.maxSteps must be at least 1, got 0");
        assertThatThrownBy(() -> Limits.defaults().withMaxWallTime(Duration.ZERO))
                .hasMessage("Limits.maxWallTime must be positive, got PT0S");
        assertThat(Limits.defaults().maxExpressionLength()).isEqualTo(2_000);
        assertThat(Limits.defaults().maxSteps()).isEqualTo(100_000);
    }

    @Test
    void variablesValuesAreNeverChangedInPlace() {
        List<Object> shared = new java.util.ArrayList<>(List.of(BigDecimal.ONE));
        Variables variables = Variables.inMemory();
        variables.set("a", shared);

        calculator.run(calculator.parse("a[0] = 2\nb = a"), variables, Fixtures.CONTEXT);

        assertThat(shared).containsExactly(BigDecimal.ONE);
        assertThat(variables.get("b")).isEqualTo(List.of(BigDecimal.valueOf(2)));
    }

    @Test
    void unmodifiableValuesFromTheRuntimeCanBeChanged() {
        Variables variables = Variables.inMemory();
        variables.set("d", Map.of("k", BigDecimal.ONE));

        Run run = calculator.run(calculator.parse("d['k'] = 5\ndel d['k']\nd['m'] = 1"), variables, Fixtures.CONTEXT);

        assertThat(run.errors()).isEmpty();
        assertThat(Render.text(variables.get("d"))).isEqualTo("{'m': 1}");
    }
}
