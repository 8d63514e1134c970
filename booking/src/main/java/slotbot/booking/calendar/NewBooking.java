package slotbot.booking.calendar;

import slotbot.booking.availability.TimeSpan;

import java.time.Instant;
import java.util.List;

/**
 * A booking about to be stored; the store gives it its id. {@code busy} holds the visit and its buffers.
 * {@code callback} is the line the client's dialogs are told of it, for a store that queues it with the booking
 * ({@link BookingTransaction#queuesCallbacks()}); null when there is none to queue.
 */
public record NewBooking(long companyId, long employeeId, String clientId, Instant start, Instant end,
                         List<BookedService> services, Instant createdAt, String bookedBy, TimeSpan busy,
                         CallbackLine callback) {

    public NewBooking {
        services = List.copyOf(services);
        if (!busy.contains(new TimeSpan(start, end))) {
            throw new IllegalArgumentException("the busy span " + busy + " must hold the visit " + start + " .. " + end);
        }
    }

    /** A booking without a callback line. */
    public NewBooking(long companyId, long employeeId, String clientId, Instant start, Instant end,
                      List<BookedService> services, Instant createdAt, String bookedBy, TimeSpan busy) {
        this(companyId, employeeId, clientId, start, end, services, createdAt, bookedBy, busy, null);
    }

    /** A booking without buffers. */
    public NewBooking(long companyId, long employeeId, String clientId, Instant start, Instant end,
                      List<BookedService> services, Instant createdAt, String bookedBy) {
        this(companyId, employeeId, clientId, start, end, services, createdAt, bookedBy, new TimeSpan(start, end));
    }
}
