package slotbot.booking.calendar;

/** The caller named a branch that is not the booking's (cancel_booking's pipeline_id). */
public final class WrongBranch extends BookingRefused {

    WrongBranch(long bookingId, long companyId) {
        super("booking " + bookingId + " is not in branch " + companyId);
    }
}
