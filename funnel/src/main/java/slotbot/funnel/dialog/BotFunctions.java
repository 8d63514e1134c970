package slotbot.funnel.dialog;

import slotbot.funnel.bot.BotLimits;
import slotbot.funnel.calc.CalcException;
import slotbot.funnel.calc.FunctionLibrary;
import slotbot.funnel.calc.Render;
import slotbot.funnel.calc.Values;

import java.util.List;
import java.util.Map;

/**
 * The functions bot code can call: the builder's standard library, the booking functions bound to
 * the dialog's client, {@code callback(client_id, text)}, {@code set_client_name(text)} and
 * {@code set_client_phone(text)}, which keep the client's contact ({@link ClientContacts}), and the
 * builder's functions on dialogs: {@code get_client_var}, {@code set_client_var} (and their plural
 * forms), {@code was_in_state} and {@code get_block_name_by_id}.
 */
public final class BotFunctions {

    /** The booking functions with the arity each accepts (optional arguments may be left out). */
    public static final Map<String, int[]> BOOKING = Map.ofEntries(
            Map.entry("get_companies_for_booking", new int[] {0, 0}),
            Map.entry("get_categories_for_booking", new int[] {1, 2}),
            Map.entry("get_employees_for_booking", new int[] {1, 4}),
            Map.entry("get_services_for_booking", new int[] {1, 3}),
            Map.entry("get_dates_for_booking", new int[] {2, 5}),
            Map.entry("get_slots_for_booking", new int[] {3, 5}),
            Map.entry("create_booking", new int[] {4, 5}),
            Map.entry("get_bookings_info", new int[] {0, 1}),
            Map.entry("modify_booking_time", new int[] {3, 3}),
            Map.entry("cancel_booking", new int[] {2, 2}),
            Map.entry("confirm_booking", new int[] {1, 1}),
            Map.entry("get_active_order_booking_info", new int[] {0, 0}),
            Map.entry("create_booking_by_name", new int[] {3, 4}),
            Map.entry("get_info_for_booking", new int[] {0, 0}),
            Map.entry("join_waitlist", new int[] {3, 4}),
            Map.entry("leave_waitlist", new int[] {1, 1}));

    /** The functions that book the client when they answer status true. */
    private static final java.util.Set<String> BOOKS = java.util.Set.of("create_booking", "create_booking_by_name");

    /** The longest client name kept, and the longest text read as a phone (a number with spaces and an extension). */
    static final int MAX_NAME = 200;
    static final int MAX_PHONE_TEXT = 40;

    private BotFunctions() {
    }

    public static FunctionLibrary library(BookingGateway bookings) {
        FunctionLibrary library = FunctionLibrary.standard();
        for (Map.Entry<String, int[]> function : BOOKING.entrySet()) {
            String name = function.getKey();
            library = library.with(name, function.getValue()[0], function.getValue()[1],
                    (args, context) -> booking(name, bookings.call(name, List.copyOf(args), context.clientId()), context));
        }
        return library.with("callback", 2, 2, BotFunctions::callback)
                .with("set_client_name", 1, 1, BotFunctions::setClientName)
                .with("set_client_phone", 1, 1, BotFunctions::setClientPhone)
                .with("get_client_var", 2, 2, ClientVariableFunctions::get)
                .with("get_client_vars", 2, 2, ClientVariableFunctions::getMany)
                .with("set_client_var", 3, 3, ClientVariableFunctions::set)
                .with("set_client_vars", 2, 2, ClientVariableFunctions::setMany)
                .with("was_in_state", 1, 1, BotFunctions::wasInState)
                .with("get_block_name_by_id", 1, 1, BotFunctions::blockName);
    }

    /** was_in_state(block_id): whether the client has been in that state block (this turn counts). */
    private static Object wasInState(List<Object> args, slotbot.funnel.calc.CallContext context) {
        TurnContext turn = turn(context, "was_in_state");
        return args.get(0) != null && turn.visited().contains(Render.text(args.get(0)).strip());
    }

    /** get_block_name_by_id(block_id): the block's name (its id when the file names it not), or None when there is no such block. */
    private static Object blockName(List<Object> args, slotbot.funnel.calc.CallContext context) {
        TurnContext turn = turn(context, "get_block_name_by_id");
        String id = args.get(0) == null ? "" : Render.text(args.get(0)).strip();
        return turn.bot().block(id).map(slotbot.funnel.bot.Block::name).orElse(null);
    }

    /** A booking function's answer; a booking it made is noted on the turn, which the funnel's statistics count. */
    private static Object booking(String function, Object answer, slotbot.funnel.calc.CallContext context) {
        Object value = Values.normalize(answer);
        if (BOOKS.contains(function) && value instanceof Map<?, ?> result && Boolean.TRUE.equals(result.get("status"))
                && context instanceof TurnContext turn) {
            turn.booked();
        }
        return value;
    }

    /** set_client_name(text): a blank text forgets the name. */
    private static Object setClientName(List<Object> args, slotbot.funnel.calc.CallContext context) {
        TurnContext turn = turn(context, "set_client_name");
        String name = args.get(0) == null ? "" : Render.text(args.get(0)).strip();
        if (name.length() > MAX_NAME) {
            return Map.of("status", false, "message", "name: expected at most " + MAX_NAME + " characters, got " + name.length());
        }
        turn.setName(name.isEmpty() ? null : name);
        return Map.of("status", true);
    }

    /** set_client_phone(text): the phone as the app reads phones, or status false naming what did not read. */
    private static Object setClientPhone(List<Object> args, slotbot.funnel.calc.CallContext context) {
        TurnContext turn = turn(context, "set_client_phone");
        String text = args.get(0) == null ? "" : Render.text(args.get(0)).strip();
        if (text.length() <= MAX_PHONE_TEXT && turn.setPhone(text)) {
            return Map.of("status", true);
        }
        String shown = text.length() > MAX_PHONE_TEXT ? text.substring(0, MAX_PHONE_TEXT) + "..." : text;
        return Map.of("status", false, "message", "phone: expected a phone number such as +79001234567 or 8 (900) 123-45-67, got \""
                + shown + "\"");
    }

    static TurnContext turn(slotbot.funnel.calc.CallContext context, String function) {
        if (!(context instanceof TurnContext turn)) {
            throw new CalcException(function + "() works only inside a dialog");
        }
        return turn;
    }

    private static Object callback(List<Object> args, slotbot.funnel.calc.CallContext context) {
        if (!(context instanceof TurnContext turn)) {
            throw new CalcException("callback() works only inside a dialog");
        }
        String client = args.get(0) == null ? "" : Render.text(args.get(0)).strip();
        if (client.isEmpty() || client.equals(context.clientId())) {
            throw new CalcException("callback() needs another client's id, got " + (client.isEmpty() ? "nothing" : "this dialog's own client"));
        }
        if (client.length() > BotLimits.MAX_CLIENT_ID || client.chars().anyMatch(Character::isISOControl)) {
            throw new CalcException("callback() needs a client id of at most " + BotLimits.MAX_CLIENT_ID
                    + " characters without control characters, got " + client.length() + " characters");
        }
        // Render.text, not toString(): bounded by the one text limit, which the outbox's column holds.
        String text = args.get(1) == null ? "" : Render.text(args.get(1));
        turn.callbacks().add(new Callback(client, text));
        return true;
    }
}
