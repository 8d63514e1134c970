package slotbot.booking.calendar;

/**
 * Someone else changed the booking between our read and our write: the row count of the versioned
 * update, or the read under the employee's lock, says so.
 */
public final class ChangedMeanwhile extends BookingRefused {

    private ChangedMeanwhile(String message) {
        super(message);
    }

    static ChangedMeanwhile cancelled(long bookingId) {
        return new ChangedMeanwhile("booking " + bookingId + " was cancelled meanwhile");
    }

    static ChangedMeanwhile changed(long bookingId) {
        return new ChangedMeanwhile("booking " + bookingId + " was changed meanwhile; try again");
    }
}
