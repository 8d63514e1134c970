package slotbot.booking.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A client asks to be told when time frees up on a date: the services in order, and an employee or anyone. */
public record JoinRequest(long companyId, List<Long> serviceIds, LocalDate date, Optional<Long> employeeId, String clientId) {

    public JoinRequest {
        serviceIds = List.copyOf(serviceIds);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(clientId, "clientId");
    }
}
