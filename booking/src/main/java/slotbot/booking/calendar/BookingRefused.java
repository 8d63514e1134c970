package slotbot.booking.calendar;

/**
 * The booking core said no. Each reason is a subtype named for it; the message is the sentence a
 * caller shows as it is (the booking functions answer it as {@code {"status": false, "message": ...}}).
 * A refusal is an answer, not a failure, so it carries no stack trace.
 */
public abstract sealed class BookingRefused extends RuntimeException
        permits InvalidRequest, OnlineBookingOff, NoEmployeeProvides, OutsideWorkingHours, InThePast, SlotTaken,
        BookingNotFound, NotYourBooking, NotYourBookings, BookingNotActive, AlreadyStarted, WrongBranch,
        EmployeeGone, ChangedMeanwhile, OutsideRules, NotStartedYet, SlotHeld, NotOnWaitlist, WaitlistFull {

    BookingRefused(String message) {
        this(message, null);
    }

    BookingRefused(String message, Throwable cause) {
        super(message, cause, true, false);
    }
}
