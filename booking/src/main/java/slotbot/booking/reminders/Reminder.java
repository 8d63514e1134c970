package slotbot.booking.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One message a booking's client is to get: a reminder {@code offset} before the visit or a follow-up
 * {@code offset} after its end, due at {@code due} (quiet hours taken into account).
 */
public record Reminder(Kind kind, Duration offset, Instant due) {

    public enum Kind {
        /** Before the visit: the callback booking_reminder. */
        REMINDER,
        /** After the visit: the callback booking_completed. */
        FOLLOW_UP;

        /** The name in the database and the admin API: {@code reminder}, {@code follow_up}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind ofWireName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }
}
