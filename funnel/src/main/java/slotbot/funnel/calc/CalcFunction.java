package slotbot.funnel.calc;

import java.util.List;

/**
 * A function a bot's code may call. The arguments are calculator values and must not be
 * modified (the evaluator shares them with variables); the result is normalized by the caller
 * with {@link Values#normalize}. A bad argument is reported by throwing {@link CalcException}
 * with a message for the bot author; the evaluator adds the position.
 */
@FunctionalInterface
public interface CalcFunction {

    Object call(List<Object> args, CallContext context);
}
