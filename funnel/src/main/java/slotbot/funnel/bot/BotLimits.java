package slotbot.funnel.bot;

import slotbot.funnel.calc.Limits;

/**
 * What a bot may send and keep in one turn, each bound the size of the column that stores it. A bot
 * file whose literal text is past a bound is refused; at run time the dialog engine keeps a turn
 * within them and tells the bot's author (bot_error) when it had to cut or drop something, so storing
 * a turn never fails for its size.
 */
public final class BotLimits {

    /** Characters of a message the bot sends or a callback's text: dialog_message.text, callback_outbox.text. */
    public static final int MAX_MESSAGE = Limits.MAX_TEXT;
    /** Characters of a client id a callback is sent to: callback_outbox.client_id. */
    public static final int MAX_CLIENT_ID = 128;
    /** Buttons under one message. */
    public static final int MAX_BUTTONS = 100;
    /** Characters of one button's label. */
    public static final int MAX_BUTTON_TEXT = 1_000;
    /** Characters of one button's link. */
    public static final int MAX_BUTTON_URL = 4_000;
    /** The buttons of one message as JSON: dialog_message.buttons. */
    public static final int MAX_BUTTONS_JSON = 100_000;
    /** A dialog's variables as JSON: dialog.variables holds 1,000,000 characters, room to spare. */
    public static final int MAX_VARIABLES_JSON = 512 * 1024;
    /** One project variable as JSON: project_variable.value (the builder allows 100,000 characters per variable). */
    public static final int MAX_PROJECT_VARIABLE_JSON = 100_000;
    /** Project variables of one bot. */
    public static final int MAX_PROJECT_VARIABLES = 1_000;
    /** Characters of a variable's name (project_variable.name). */
    public static final int MAX_VARIABLE_NAME = 200;
    /** Characters of a block's name. */
    public static final int MAX_BLOCK_NAME = 200;
    /** The ids of the state blocks a dialog has been in, as JSON: dialog.visited_states. */
    public static final int MAX_VISITED_JSON = 100_000;

    private BotLimits() {
    }
}
