package slotbot.funnel.dialog;

/** A text for another client's dialog of the same bot, delivered as a callback after the turn commits. */
public record Callback(String clientId, String text) {
}
