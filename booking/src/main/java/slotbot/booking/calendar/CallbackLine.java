package slotbot.booking.calendar;

/**
 * A callback line that names its booking's id, before the store has given one: the text on either side of the id.
 * A store that writes the line with the booking (in the same statement) joins the two around the new id itself.
 */
public record CallbackLine(String beforeId, String afterId) {

    public String text(long bookingId) {
        return beforeId + bookingId + afterId;
    }
}
