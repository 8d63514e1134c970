package slotbot.funnel.bot;

/**
 * A static button of a block: a reply button sends its text; one with a url opens a link. Both may hold #{variables}.
 * A button of {@code type} {@link #PHONE} asks the messenger for the client's phone number (Telegram's contact
 * sharing); the number then arrives as the client's input.
 */
public record Button(String text, String url, int line, String type) {

    public static final String PHONE = "phone";

    public Button(String text, String url, int line) {
        this(text, url, line, null);
    }
}
