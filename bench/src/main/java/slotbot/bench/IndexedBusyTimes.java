package slotbot.bench;

import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.Booking;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.functions.BookingData;
import slotbot.booking.functions.BookingTransaction;
import slotbot.booking.memory.InMemoryBookingData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@link InMemoryBookingData} with {@code busy(...)} answered from an index of each employee's
 * active bookings by start, as a database answers it from an index on (employee, start): what the
 * booking functions cost when the store does not scan every booking. Read-only: the index is built
 * once, so it serves benchmarks that book nothing.
 */
final class IndexedBusyTimes implements BookingData {

    private final InMemoryBookingData data;
    private final Map<Long, NavigableMap<Instant, TimeSpan>> byEmployee = new HashMap<>();
    private long longestSeconds;

    IndexedBusyTimes(InMemoryBookingData data) {
        this.data = data;
        for (Booking b : data.all()) {
            if (b.isActive()) {
                byEmployee.computeIfAbsent(b.employeeId(), id -> new TreeMap<>()).put(b.start(), b.span());
                longestSeconds = Math.max(longestSeconds, b.end().getEpochSecond() - b.start().getEpochSecond());
            }
        }
    }

    @Override
    public Map<Long, BusyTimes> busy(Collection<Long> employeeIds, Instant from, Instant to) {
        Map<Long, BusyTimes> busy = new HashMap<>();
        for (Long id : employeeIds) {
            NavigableMap<Instant, TimeSpan> spans = byEmployee.getOrDefault(id, new TreeMap<>());
            List<TimeSpan> overlapping = new ArrayList<>();
            for (TimeSpan span : spans.subMap(from.minusSeconds(longestSeconds), true, to, false).values()) {
                if (span.end().isAfter(from)) {
                    overlapping.add(span);
                }
            }
            busy.put(id, BusyTimes.of(overlapping));
        }
        return busy;
    }

    @Override
    public List<Company> companies() {
        return data.companies();
    }

    @Override
    public Optional<CompanyCatalog> catalog(long companyId) {
        return data.catalog(companyId);
    }

    @Override
    public List<Booking> activeBookingsOf(String clientId, Instant after) {
        return data.activeBookingsOf(clientId, after);
    }

    @Override
    public Optional<Booking> booking(long id) {
        return data.booking(id);
    }

    @Override
    public <T> T inTransaction(Function<BookingTransaction, T> work) {
        throw new UnsupportedOperationException("read-only: the index would not see the writes");
    }
}
