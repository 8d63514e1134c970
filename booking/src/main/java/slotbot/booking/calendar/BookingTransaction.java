package slotbot.booking.calendar;

import slotbot.booking.availability.BusyTimes;

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

    /** The employee's active bookings overlapping [from, to), read under the lock. */
    BusyTimes busy(long employeeId, Instant from, Instant to, long excludingBookingId);

    Booking insert(NewBooking booking);

    /**
     * Stores the booking unless an active booking of its employee overlaps it, read under the
     * employee's lock. A store may do both in one statement.
     */
    default Optional<Booking> insertIfFree(NewBooking booking) {
        boolean free = busy(booking.employeeId(), booking.start(), booking.end(), 0)
                .isFree(booking.start().getEpochSecond(), booking.end().getEpochSecond());
        return free ? Optional.of(insert(booking)) : Optional.empty();
    }

    /** The booking as it is now, read inside this transaction. */
    Optional<Booking> booking(long id);

    /**
     * Moves an active booking whose version is still {@code expectedVersion}.
     *
     * @return the moved booking, or empty when someone else changed it first
     */
    Optional<Booking> move(long bookingId, long expectedVersion, Instant start, Instant end);

    /** Cancels an active booking whose version is still {@code expectedVersion}; empty when it lost a race. */
    Optional<Booking> cancel(long bookingId, long expectedVersion, Instant at);
}
