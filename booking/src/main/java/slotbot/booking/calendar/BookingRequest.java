package slotbot.booking.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A client's wish to book: these services of this branch, back to back in the order given, from this
 * date and time on the branch's clock; with this employee, or with any who provides all of them.
 */
public record BookingRequest(long companyId, List<Long> serviceIds, LocalDate date, LocalTime time,
                             Optional<Long> employeeId, String clientId) {

    public BookingRequest {
        serviceIds = List.copyOf(serviceIds);
        if (serviceIds.isEmpty()) {
            throw new IllegalArgumentException("a booking needs at least one service");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a booking needs the id of the client it is for");
        }
    }
}
