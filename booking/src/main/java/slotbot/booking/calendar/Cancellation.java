package slotbot.booking.calendar;

import java.util.Locale;

/** Who cancelled a booking, and why when they said: a free text, or null. */
public record Cancellation(By by, String reason) {

    /** The two sides of a booking. */
    public enum By {
        CLIENT, OWNER;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Cancellation {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** A cancellation by whoever this requester is. */
    public static Cancellation by(Requester requester, String reason) {
        return new Cancellation(requester instanceof Requester.Client ? By.CLIENT : By.OWNER, reason);
    }
}
