package slotbot.booking.calendar;

import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.TimeSpan;

import java.time.Instant;
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
}
