package slotbot.booking.calendar;

import slotbot.booking.availability.TimeSpan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A client's appointment with one employee: services back to back from {@code start}. It keeps its
 * employee busy over {@code busy}: from the first service's buffer before the start to the last one's
 * buffer after the end; two busy spans of one employee never overlap.
 * Cancelling keeps the booking (status cancelled); it is never erased. Only an active booking that
 * has not started yet may change; {@link #moveTo} and {@link #cancel} refuse anything else, naming why.
 */
public record Booking(long id, long companyId, long employeeId, String clientId, Instant start, Instant end,
                      List<BookedService> services, BookingStatus status, Instant createdAt, String bookedBy,
                      long version, TimeSpan busy) {

    /**
     * No visit lasts longer: it lets a store find the bookings that overlap a span by their start
     * alone (an index range), since none can start more than this before the span.
     */
    public static final Duration MAX_LENGTH = Duration.ofHours(24);

    /**
     * The longest a busy span reaches beyond its visit, before or after: a store finds the bookings
     * whose buffers reach a span within a bounded range of their start.
     */
    public static final Duration MAX_BUFFER = Duration.ofMinutes(slotbot.booking.catalog.Service.MAX_BUFFER);

    public Booking {
        services = List.copyOf(services);
        if (!busy.contains(new TimeSpan(start, end))) {
            throw new IllegalArgumentException("the busy span " + busy + " must hold the visit " + start + " .. " + end);
        }
    }

    /** A booking without buffers: busy just while the visit lasts. */
    public Booking(long id, long companyId, long employeeId, String clientId, Instant start, Instant end,
                   List<BookedService> services, BookingStatus status, Instant createdAt, String bookedBy, long version) {
        this(id, companyId, employeeId, clientId, start, end, services, status, createdAt, bookedBy, version,
                new TimeSpan(start, end));
    }

    /**
     * This booking at a new start, as long as before.
     *
     * @throws BookingNotActive when it is cancelled
     * @throws AlreadyStarted   when it has started by {@code at}
     */
    public Booking moveTo(Instant newStart, Instant at) {
        requireChangeable(at);
        Duration shift = Duration.between(start, newStart);
        return new Booking(id, companyId, employeeId, clientId, newStart, end.plus(shift), services, status, createdAt,
                bookedBy, version, new TimeSpan(busy.start().plus(shift), busy.end().plus(shift)));
    }

    /**
     * This booking cancelled at {@code at}.
     *
     * @throws BookingNotActive when it is cancelled already
     * @throws AlreadyStarted   when it has started by {@code at}
     */
    public Booking cancel(Instant at) {
        requireChangeable(at);
        return new Booking(id, companyId, employeeId, clientId, start, end, services, BookingStatus.CANCELLED,
                createdAt, bookedBy, version, busy);
    }

    public TimeSpan span() {
        return new TimeSpan(start, end);
    }

    public int durationMinutes() {
        return (int) ((end.getEpochSecond() - start.getEpochSecond()) / 60);
    }

    public BigDecimal totalPrice() {
        return services.stream().map(BookedService::price).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isActive() {
        return status == BookingStatus.ACTIVE;
    }

    public boolean belongsTo(String client) {
        return clientId.equals(client);
    }

    private void requireChangeable(Instant at) {
        if (!isActive()) {
            throw new BookingNotActive(id, status);
        }
        if (!start.isAfter(at)) {
            throw new AlreadyStarted(id);
        }
    }
}
