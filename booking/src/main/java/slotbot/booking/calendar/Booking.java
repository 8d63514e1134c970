package slotbot.booking.calendar;

import slotbot.booking.availability.TimeSpan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A client's appointment with one employee: services back to back from {@code start}.
 * Cancelling keeps the booking (status cancelled); it is never erased.
 */
public record Booking(long id, long companyId, long employeeId, String clientId, Instant start, Instant end,
                      List<BookedService> services, BookingStatus status, Instant createdAt, String bookedBy,
                      long version) {

    /**
     * No visit lasts longer: it lets a store find the bookings that overlap a span by their start
     * alone (an index range), since none can start more than this before the span.
     */
    public static final java.time.Duration MAX_LENGTH = java.time.Duration.ofHours(24);

    public Booking {
        services = List.copyOf(services);
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
}
