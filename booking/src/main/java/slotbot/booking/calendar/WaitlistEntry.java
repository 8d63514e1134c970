package slotbot.booking.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A client waiting for time on a date at a branch: for these services in this order, with this employee or
 * (when none is named) with anyone who provides them all. The line is kept by {@code joinedAt}: who joined first
 * is offered freed time first. The store gives it its id.
 */
public record WaitlistEntry(long id, long companyId, String clientId, LocalDate date, List<Long> serviceIds,
                            Optional<Long> employeeId, Instant joinedAt) {

    public WaitlistEntry {
        Objects.requireNonNull(clientId, "clientId");
        serviceIds = List.copyOf(serviceIds);
        if (serviceIds.isEmpty()) {
            throw new IllegalArgumentException("a waitlist entry waits for at least one service");
        }
    }

    /** Whether time of this employee is what the entry waits for: theirs, or anyone's when nobody was named. */
    public boolean takes(long employee) {
        return employeeId.map(id -> id == employee).orElse(true);
    }

    /** Whether the entry waits for the same thing as this request: joining twice keeps one place in the line. */
    boolean sameAs(JoinRequest request) {
        return companyId == request.companyId() && clientId.equals(request.clientId()) && date.equals(request.date())
                && serviceIds.equals(request.serviceIds()) && employeeId.equals(request.employeeId());
    }

    /** This entry as the store keeps it, with its id. */
    public WaitlistEntry withId(long newId) {
        return new WaitlistEntry(newId, companyId, clientId, date, serviceIds, employeeId, joinedAt);
    }
}
