package slotbot.funnel.bot;

/** A static button of a block: a reply button sends its text; one with a url opens a link. Both may hold #{variables}. */
public record Button(String text, String url, int line) {
}
