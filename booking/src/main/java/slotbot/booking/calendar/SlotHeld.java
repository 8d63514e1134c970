package slotbot.booking.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The time asked for is held for a client from the waitlist, who was offered it when it freed up: nobody else may
 * take it until they book it, leave the line, or the hold runs out and passes on.
 */
public final class SlotHeld extends BookingRefused {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    SlotHeld(Instant start, Instant until, ZoneId zone) {
        super("the time " + Texts.at(start.atZone(zone).toLocalDate(), start.atZone(zone).toLocalTime())
                + " is held for a client from the waitlist until " + UNTIL.format(until.atZone(zone)) + "; choose another time");
    }
}
