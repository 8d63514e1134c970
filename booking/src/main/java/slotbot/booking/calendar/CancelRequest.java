package slotbot.booking.calendar;

import java.util.Optional;

/**
 * Cancel a booking; when the caller names a branch ({@code companyId}), it must be the booking's.
 * {@code reason} is the canceller's own words, or null.
 */
public record CancelRequest(long bookingId, Optional<Long> companyId, Requester requester, String reason) {

    public CancelRequest(long bookingId, Optional<Long> companyId, Requester requester) {
        this(bookingId, companyId, requester, null);
    }
}
