package slotbot.booking.calendar;

/** No waitlist entry has that id, or it is another client's: a client may leave only their own place in line. */
public final class NotOnWaitlist extends BookingRefused {

    NotOnWaitlist(long waitlistId) {
        super("you have no waitlist entry " + waitlistId);
    }
}
