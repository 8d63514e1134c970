package slotbot.booking.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a booking is in its life. {@link #ACTIVE} and {@link #CONFIRMED} hold the employee's time;
 * {@link #COMPLETED} is read, not written: a booking that holds its time and whose end has passed
 * reads as completed ({@link Booking#asOf}), so no job has to visit every booking when it ends.
 */
public enum BookingStatus {
    /** Booked. */
    ACTIVE,
    /** The client said they will come. */
    CONFIRMED,
    /** Its end has passed and nobody marked it a no-show. */
    COMPLETED,
    /** The owner marked that the client did not come. */
    NO_SHOW,
    /** Cancelled by the client or the owner; kept, never erased. */
    CANCELLED;

    /** The name in the APIs, the database and the webhooks: {@code active}, {@code no_show}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a booking in this state keeps its employee busy over its span. */
    public boolean holdsTime() {
        return this == ACTIVE || this == CONFIRMED;
    }

    /** The status with this wire name, if there is one. */
    public static Optional<BookingStatus> ofWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }
}
