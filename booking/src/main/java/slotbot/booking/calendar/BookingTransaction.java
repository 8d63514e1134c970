package slotbot.booking.calendar;

import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.Hold;
import slotbot.booking.availability.TimeSpan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The writes of the booking core, inside one transaction. Whoever holds an employee's lock
 * is the only one deciding about that employee's time until the transaction ends, also across
 * several app instances sharing one database.
 */
public interface BookingTransaction {

    /** Blocks until this transaction alone may book the employee. */
    void lockEmployee(long employeeId);

    /**
     * The busy spans (visits with their buffers) of the employee's bookings that hold their time (active,
     * confirmed) overlapping [from, to), read under the lock.
     */
    BusyTimes busy(long employeeId, Instant from, Instant to, long excludingBookingId);

    Booking insert(NewBooking booking);

    /**
     * Stores the booking unless the busy span of a booking of its employee that holds its time overlaps its
     * own, read under the employee's lock. A store may do both in one statement.
     */
    default Optional<Booking> insertIfFree(NewBooking booking) {
        boolean free = busy(booking.employeeId(), booking.busy().start(), booking.busy().end(), 0)
                .isFree(booking.busy().start().getEpochSecond(), booking.busy().end().getEpochSecond());
        return free ? Optional.of(insert(booking)) : Optional.empty();
    }

    /**
     * Stores the booking when its time is free and no waitlist hold, anyone's, lies over its busy span: the
     * common case, which a store may answer in one statement. Empty otherwise; the caller then looks closer
     * (the hold may be the client's own).
     */
    default Optional<Booking> insertIfFreeAndUnheld(NewBooking booking) {
        return holds(booking.employeeId(), booking.busy().start(), booking.busy().end()).isEmpty()
                ? insertIfFree(booking) : Optional.empty();
    }

    /**
     * {@link #lockEmployee} of the booking's employee, then {@link #insertIfFreeAndUnheld}: a store may send both at
     * once (on PostgreSQL one round trip instead of two, issue 14). The check still runs under the lock: the database
     * takes the insert's view of the calendar only once the lock is held.
     */
    default Optional<Booking> lockAndInsertIfFreeAndUnheld(NewBooking booking) {
        lockEmployee(booking.employeeId());
        return insertIfFreeAndUnheld(booking);
    }

    /**
     * Whether {@link #insertIfFree} and {@link #insertIfFreeAndUnheld} also queue the booking's {@link NewBooking#callback}
     * for each of the client's dialogs, with the booking and only when it is stored (one statement on PostgreSQL).
     * The created event then says so, and the callback is not queued a second time.
     */
    default boolean queuesCallbacks() {
        return false;
    }

    /** The booking as it is now, read inside this transaction. */
    Optional<Booking> booking(long id);

    /**
     * Moves a booking that holds its time, whose version is still {@code expectedVersion}, its busy span
     * with it; it is active afterwards (a confirmed one is to be confirmed again).
     *
     * @return the moved booking, or empty when someone else changed it first
     */
    Optional<Booking> move(long bookingId, long expectedVersion, Instant start, Instant end, TimeSpan busy);

    /**
     * Sets the status of a booking whose version is still {@code expectedVersion}, stamping the change
     * with {@code at}; {@code cancellation} goes with a cancel (null otherwise).
     *
     * @return the changed booking, or empty when someone else changed it first
     */
    Optional<Booking> changeStatus(long bookingId, long expectedVersion, BookingStatus status, Instant at,
                                   Cancellation cancellation);

    // The waitlist: holds are checked, made and ended under the employee's lock, as bookings are.

    /** The holds on the employee's time whose span overlaps [from, to), read under the lock. */
    List<Hold> holds(long employeeId, Instant from, Instant to);

    /** The hold of a waitlist entry, if it has one now. */
    Optional<Hold> holdOf(long waitlistId);

    /** Keeps a start for a waiting client; their entry has no hold yet, and the span is free (read under the lock). */
    void hold(Hold hold);

    /** Ends an entry's hold, if it still has one, and answers it; the entry itself stays. */
    Optional<Hold> releaseHold(long waitlistId);

    /** Puts a client in line; the entry is answered with its id. */
    WaitlistEntry join(WaitlistEntry entry);

    /** Takes an entry out of the line, with its hold if it has one. */
    void leaveWaitlist(long waitlistId);

    /** The entries for a date at a branch that hold no start, longest in line first (by joining time, then id). */
    List<WaitlistEntry> waiting(long companyId, LocalDate date);

    /** Takes the branch's entries for dates before {@code today} out of the line, holds and all. */
    void dropWaitlistBefore(long companyId, LocalDate today);

    /** Whether a start is held for the client now, anywhere. */
    boolean holdsAStart(String clientId);
}
