package slotbot.funnel.calc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** What the tests share: one fixed moment, the bot's zone, the default calculator. */
final class Fixtures {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final CallContext CONTEXT =
            CallContext.of(Clock.fixed(Instant.parse("2025-06-01T07:00:00Z"), MOSCOW), MOSCOW, "42");
    static final Calculator CALCULATOR = new Calculator(FunctionLibrary.standard(), Limits.defaults());

    private Fixtures() {
    }

    /** Parses and runs {@code code}; the value of its last bare expression, or of {@code result}. */
    static Object valueOf(String code) {
        Variables variables = Variables.inMemory();
        Evaluator.Outcome outcome = CALCULATOR.execute(CALCULATOR.parse(code), variables, CONTEXT);
        return variables.has("result") ? variables.get("result") : outcome.lastValue();
    }

    static Object evaluate(String expression, Variables variables) {
        return CALCULATOR.evaluate(CALCULATOR.parseExpression(expression), variables, CONTEXT);
    }
}
