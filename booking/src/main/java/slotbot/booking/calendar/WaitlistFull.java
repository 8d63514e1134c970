package slotbot.booking.calendar;

/** A client waits in enough lines already: one has to be left before another is joined. */
public final class WaitlistFull extends BookingRefused {

    WaitlistFull(int limit) {
        super("you are on the waitlist " + limit + " times already; leave an entry (leave_waitlist) before joining another");
    }
}
