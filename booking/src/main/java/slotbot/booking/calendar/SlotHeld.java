package slotbot.booking.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The time asked for is held for a client from the waitlist, who was offered it when it freed up: nobody else may
 * take it until they book it, leave the line, or the hold runs out and passes on.
 */
public final class SlotHeld extends BookingRefused {

    SlotHeld(Instant start, Instant until, ZoneId zone) {
        super("the time " + at(start, zone) + " is held for a client from the waitlist until " + at(until, zone)
                + "; choose another time");
    }

    private static String at(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return Texts.at(local.toLocalDate(), local.toLocalTime());
    }
}
