package slotbot.booking.availability;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A start kept for one client from the waitlist until {@code expiresAt} (or until they book it, leave the line,
 * or the hold passes on): the busy span of their visit, buffers and all, on one employee. For everyone else that
 * span is taken, as if booked; for the client it is held for, it is free.
 */
public record Hold(long waitlistId, long employeeId, String clientId, Instant start, TimeSpan busy, Instant expiresAt) {

    public Hold {
        Objects.requireNonNull(clientId, "clientId");
        if (!busy.contains(new TimeSpan(start, start.plusSeconds(1)))) {
            throw new IllegalArgumentException("the held span " + busy + " must hold its start " + start);
        }
    }

    public boolean isFor(String client) {
        return clientId.equals(client);
    }

    /**
     * An employee's busy times as {@code viewer} sees them: everyone else's holds are taken time too.
     * A null viewer (nobody in particular) sees every hold as taken.
     */
    public static BusyTimes against(BusyTimes busy, Collection<Hold> holds, String viewer) {
        List<TimeSpan> others = holds.stream().filter(h -> !h.isFor(viewer)).map(Hold::busy).toList();
        return busy.with(others);
    }
}
