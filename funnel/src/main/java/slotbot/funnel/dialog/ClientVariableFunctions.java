package slotbot.funnel.dialog;

import slotbot.funnel.bot.BotLimits;
import slotbot.funnel.calc.CalcException;
import slotbot.funnel.calc.CallContext;
import slotbot.funnel.calc.Render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The builder's get_client_var(client_id, variable), set_client_var(client_id, variable, value) and
 * their plural forms, on the dialogs of the same bot. The dialog's own client is this turn's
 * variables; another client's variable is read from the store, and set with this turn, in its dialog.
 */
final class ClientVariableFunctions {

    private static final Pattern NAME = Pattern.compile("(client\\.|клиент\\.)?[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final int MAX_VARIABLES_PER_CALL = 100;

    private ClientVariableFunctions() {
    }

    static Object get(List<Object> args, CallContext context) {
        TurnContext turn = BotFunctions.turn(context, "get_client_var");
        String client = client(args.get(0), "get_client_var");
        String name = name(args.get(1), "get_client_var");
        return own(turn, client) ? turn.variables().get(name) : turn.variables().otherClient(client, name);
    }

    static Object getMany(List<Object> args, CallContext context) {
        if (!(args.get(1) instanceof List<?> names) || names.size() > MAX_VARIABLES_PER_CALL) {
            throw new CalcException("get_client_vars() needs a list of at most " + MAX_VARIABLES_PER_CALL
                    + " variable names as its second argument, such as ['level', 'urok']");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Object name : names) {
            values.put(name(name, "get_client_vars"), get(List.of(args.get(0), name), context));
        }
        return values;
    }

    static Object set(List<Object> args, CallContext context) {
        TurnContext turn = BotFunctions.turn(context, "set_client_var");
        String client = client(args.get(0), "set_client_var");
        String name = name(args.get(1), "set_client_var");
        if (own(turn, client)) {
            turn.variables().set(name, args.get(2));
        } else {
            turn.variables().setOtherClient(client, name, args.get(2));
        }
        return true;
    }

    /** set_client_vars(client_id, {"name": value, …}), the dictionary also as its JSON text. */
    static Object setMany(List<Object> args, CallContext context) {
        Object dictionary = args.get(1);
        if (dictionary instanceof String text) {
            dictionary = slotbot.funnel.calc.Values.literal(text).orElse(null);
        }
        if (!(dictionary instanceof Map<?, ?> variables) || variables.size() > MAX_VARIABLES_PER_CALL) {
            throw new CalcException("set_client_vars() needs a dictionary of at most " + MAX_VARIABLES_PER_CALL
                    + " variables as its second argument, such as {\"level\": 2}");
        }
        for (Map.Entry<?, ?> variable : variables.entrySet()) {
            set(java.util.Arrays.asList(args.get(0), variable.getKey(), variable.getValue()), context);
        }
        return true;
    }

    private static boolean own(TurnContext turn, String client) {
        return client.equals(turn.clientId());
    }

    private static String client(Object value, String function) {
        String client = value == null ? "" : Render.text(value).strip();
        if (client.isEmpty() || client.length() > BotLimits.MAX_CLIENT_ID || client.chars().anyMatch(Character::isISOControl)) {
            throw new CalcException(function + "() needs a client id of 1 to " + BotLimits.MAX_CLIENT_ID
                    + " characters without control characters, got " + (client.isEmpty() ? "nothing" : client.length() + " characters"));
        }
        return client;
    }

    private static String name(Object value, String function) {
        String name = value == null ? "" : Render.text(value).strip();
        if (name.length() > BotLimits.MAX_VARIABLE_NAME || !NAME.matcher(name).matches()) {
            throw new CalcException(function + "() needs a variable name such as 'urok' (letters, digits and '_'), got '"
                    + Render.cut(name, 40) + "'");
        }
        return name;
    }
}
