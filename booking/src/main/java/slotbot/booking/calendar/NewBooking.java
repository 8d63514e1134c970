package slotbot.booking.calendar;

import java.time.Instant;
import java.util.List;

/** A booking about to be stored; the store gives it its id. */
public record NewBooking(long companyId, long employeeId, String clientId, Instant start, Instant end,
                         List<BookedService> services, Instant createdAt, String bookedBy) {

    public NewBooking {
        services = List.copyOf(services);
    }
}
