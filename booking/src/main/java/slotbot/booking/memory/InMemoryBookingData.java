package slotbot.booking.memory;

import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.Hold;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingStatus;
import slotbot.booking.calendar.Cancellation;
import slotbot.booking.calendar.NewBooking;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;
import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.BookingTransaction;
import slotbot.booking.calendar.SlotTaken;
import slotbot.booking.calendar.WaitlistEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Booking data held in one process's memory: for unit tests, benchmarks of the engine and
 * trying a bot without a database. Transactions are serialised by one monitor and roll back by
 * restoring the bookings and the waitlist they replaced.
 */
public final class InMemoryBookingData implements BookingData {

    private static final Comparator<Booking> BY_START = Comparator.comparing(Booking::start).thenComparingLong(Booking::id);
    private static final Comparator<WaitlistEntry> IN_LINE = Comparator.comparing(WaitlistEntry::joinedAt)
            .thenComparingLong(WaitlistEntry::id);

    private final Map<Long, CompanyCatalog> catalogs = new TreeMap<>();
    private final Map<Long, Booking> bookings = new TreeMap<>();
    /** Each employee's bookings that hold their time, by start, so that "who is busy then" is a range, not a scan. */
    private final Map<Long, TreeSet<Booking>> active = new HashMap<>();
    private long nextId = 1;
    /** The waitlist in line order (ids grow with joining time) and the starts held for its entries, by entry id. */
    private final Map<Long, WaitlistEntry> waitlist = new TreeMap<>();
    private final Map<Long, Hold> holds = new TreeMap<>();
    private long nextWaitlistId = 1;

    public synchronized void put(CompanyCatalog catalog) {
        catalogs.put(catalog.company().id(), catalog);
    }

    /** Stores a booking as is, bypassing every check: for setting up a calendar in a test or benchmark. */
    public synchronized Booking add(NewBooking booking) {
        Booking stored = new Booking(nextId++, booking.companyId(), booking.employeeId(), booking.clientId(),
                booking.start(), booking.end(), booking.services(), BookingStatus.ACTIVE, booking.createdAt(),
                booking.bookedBy(), 0, booking.busy());
        store(stored);
        return stored;
    }

    /**
     * Everything this calendar holds but its catalogs: to keep it elsewhere (a studio test chat's drafts, in the
     * database, so any app instance may continue it) and bring it back with {@link #restore}.
     */
    public record Snapshot(List<Booking> bookings, long nextId, List<WaitlistEntry> waitlist, List<Hold> holds,
                           long nextWaitlistId) {

        public static final Snapshot EMPTY = new Snapshot(List.of(), 1, List.of(), List.of(), 1);

        public Snapshot {
            bookings = List.copyOf(bookings);
            waitlist = List.copyOf(waitlist);
            holds = List.copyOf(holds);
        }
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(List.copyOf(bookings.values()), nextId, List.copyOf(waitlist.values()), List.copyOf(holds.values()),
                nextWaitlistId);
    }

    /** Replaces what this calendar holds (its catalogs aside) by a snapshot's. */
    public synchronized void restore(Snapshot snapshot) {
        bookings.clear();
        active.clear();
        snapshot.bookings().forEach(this::store);
        nextId = snapshot.nextId();
        waitlist.clear();
        snapshot.waitlist().forEach(entry -> waitlist.put(entry.id(), entry));
        holds.clear();
        snapshot.holds().forEach(hold -> holds.put(hold.waitlistId(), hold));
        nextWaitlistId = snapshot.nextWaitlistId();
    }

    public synchronized List<Booking> all() {
        return List.copyOf(bookings.values());
    }

    @Override
    public synchronized List<Company> companies() {
        return catalogs.values().stream().map(CompanyCatalog::company).toList();
    }

    @Override
    public synchronized Optional<CompanyCatalog> catalog(long companyId) {
        return Optional.ofNullable(catalogs.get(companyId));
    }

    @Override
    public synchronized Map<Long, BusyTimes> busy(Collection<Long> employeeIds, Instant from, Instant to) {
        Map<Long, BusyTimes> busy = new HashMap<>();
        for (Long id : employeeIds) {
            busy.put(id, busyOf(id, from, to, 0));
        }
        return busy;
    }

    @Override
    public synchronized Map<Long, List<Hold>> holds(Collection<Long> employeeIds, Instant from, Instant to) {
        Map<Long, List<Hold>> found = new HashMap<>();
        for (Hold hold : holds.values()) {
            if (employeeIds.contains(hold.employeeId()) && hold.busy().overlaps(new TimeSpan(from, to))) {
                found.computeIfAbsent(hold.employeeId(), k -> new ArrayList<>()).add(hold);
            }
        }
        return found;
    }

    @Override
    public synchronized Optional<WaitlistEntry> waitlistEntry(long id) {
        return Optional.ofNullable(waitlist.get(id));
    }

    @Override
    public synchronized List<WaitlistEntry> waitlistOf(String clientId) {
        return waitlist.values().stream().filter(e -> e.clientId().equals(clientId)).sorted(IN_LINE).toList();
    }

    @Override
    public synchronized List<Booking> activeBookingsOf(String clientId, Instant after) {
        return bookings.values().stream()
                .filter(b -> b.holdsTime() && b.belongsTo(clientId) && b.end().isAfter(after))
                .sorted(Comparator.comparing(Booking::start))
                .toList();
    }

    @Override
    public synchronized Optional<Booking> booking(long id) {
        return Optional.ofNullable(bookings.get(id));
    }

    @Override
    public synchronized <T> T inTransaction(Function<BookingTransaction, T> work) {
        Map<Long, Booking> before = new TreeMap<>(bookings);
        long idBefore = nextId;
        Map<Long, WaitlistEntry> waitlistBefore = new TreeMap<>(waitlist);
        Map<Long, Hold> holdsBefore = new TreeMap<>(holds);
        long waitlistIdBefore = nextWaitlistId;
        try {
            return work.apply(new Transaction());
        } catch (RuntimeException e) {
            bookings.clear();
            active.clear();
            before.values().forEach(this::store);
            nextId = idBefore;
            waitlist.clear();
            waitlist.putAll(waitlistBefore);
            holds.clear();
            holds.putAll(holdsBefore);
            nextWaitlistId = waitlistIdBefore;
            throw e;
        }
    }

    private BusyTimes busyOf(long employeeId, Instant from, Instant to, long excluding) {
        TreeSet<Booking> own = active.get(employeeId);
        if (own == null) {
            return BusyTimes.NONE;
        }
        List<TimeSpan> spans = new ArrayList<>();
        Instant earliestStart = from.minus(Booking.MAX_LENGTH).minus(Booking.MAX_BUFFER);
        for (Booking b : own.subSet(probe(earliestStart), probe(to.plus(Booking.MAX_BUFFER)))) {
            if (b.id() != excluding && b.busy().end().isAfter(from) && b.busy().start().isBefore(to)) {
                spans.add(b.busy());
            }
        }
        return BusyTimes.of(spans);
    }

    /** Replaces a booking by id in the map and in its employee's index. */
    private void store(Booking booking) {
        Booking previous = bookings.put(booking.id(), booking);
        if (previous != null && previous.holdsTime()) {
            active.get(previous.employeeId()).remove(previous);
        }
        if (booking.holdsTime()) {
            active.computeIfAbsent(booking.employeeId(), k -> new TreeSet<>(BY_START)).add(booking);
        }
    }

    /** A booking that sorts before every real booking starting at {@code start}. */
    private static Booking probe(Instant start) {
        return new Booking(Long.MIN_VALUE, 0, 0, "", start, start.plusSeconds(1), List.of(), BookingStatus.ACTIVE, start, "", 0);
    }

    private final class Transaction implements BookingTransaction {

        @Override
        public void lockEmployee(long employeeId) {
            // The monitor of inTransaction already serialises every transaction.
        }

        @Override
        public BusyTimes busy(long employeeId, Instant from, Instant to, long excludingBookingId) {
            return busyOf(employeeId, from, to, excludingBookingId);
        }

        @Override
        public Booking insert(NewBooking booking) {
            if (!busyOf(booking.employeeId(), booking.busy().start(), booking.busy().end(), 0).isEmpty()) {
                throw new SlotTaken("employee " + booking.employeeId() + " already has a booking overlapping "
                        + booking.start() + " .. " + booking.end(), null);
            }
            return add(booking);
        }

        @Override
        public Optional<Booking> booking(long id) {
            return Optional.ofNullable(bookings.get(id));
        }

        @Override
        public Optional<Booking> move(long bookingId, long expectedVersion, Instant start, Instant end, TimeSpan busy) {
            return replace(bookingId, expectedVersion, b -> new Booking(b.id(), b.companyId(), b.employeeId(),
                    b.clientId(), start, end, b.services(), BookingStatus.ACTIVE, b.createdAt(), b.bookedBy(), b.version() + 1,
                    busy));
        }

        @Override
        public Optional<Booking> changeStatus(long bookingId, long expectedVersion, BookingStatus status, Instant at,
                                              Cancellation cancellation) {
            return replace(bookingId, expectedVersion, b -> new Booking(b.id(), b.companyId(), b.employeeId(),
                    b.clientId(), b.start(), b.end(), b.services(), status, b.createdAt(), b.bookedBy(), b.version() + 1,
                    b.busy()));
        }

        @Override
        public List<Hold> holds(long employeeId, Instant from, Instant to) {
            return InMemoryBookingData.this.holds(List.of(employeeId), from, to).getOrDefault(employeeId, List.of());
        }

        @Override
        public Optional<Hold> holdOf(long waitlistId) {
            return Optional.ofNullable(holds.get(waitlistId));
        }

        @Override
        public void hold(Hold hold) {
            if (!waitlist.containsKey(hold.waitlistId()) || holds.containsKey(hold.waitlistId())) {
                throw new IllegalStateException("entry " + hold.waitlistId() + " is not waiting without a hold");
            }
            holds.put(hold.waitlistId(), hold);
        }

        @Override
        public Optional<Hold> releaseHold(long waitlistId) {
            return Optional.ofNullable(holds.remove(waitlistId));
        }

        @Override
        public WaitlistEntry join(WaitlistEntry entry) {
            WaitlistEntry stored = entry.withId(nextWaitlistId++);
            waitlist.put(stored.id(), stored);
            return stored;
        }

        @Override
        public void leaveWaitlist(long waitlistId) {
            holds.remove(waitlistId);
            waitlist.remove(waitlistId);
        }

        @Override
        public List<WaitlistEntry> waiting(long companyId, LocalDate date) {
            return waitlist.values().stream()
                    .filter(e -> e.companyId() == companyId && e.date().equals(date) && !holds.containsKey(e.id()))
                    .sorted(IN_LINE)
                    .toList();
        }

        @Override
        public void dropWaitlistBefore(long companyId, LocalDate today) {
            List<Long> past = waitlist.values().stream()
                    .filter(e -> e.companyId() == companyId && e.date().isBefore(today))
                    .map(WaitlistEntry::id)
                    .toList();
            past.forEach(this::leaveWaitlist);
        }

        @Override
        public boolean holdsAStart(String clientId) {
            return holds.values().stream().anyMatch(h -> h.isFor(clientId));
        }

        private Optional<Booking> replace(long id, long version, Function<Booking, Booking> change) {
            Booking current = bookings.get(id);
            if (current == null || !current.holdsTime() || current.version() != version) {
                return Optional.empty();
            }
            Booking changed = change.apply(current);
            store(changed);
            return Optional.of(changed);
        }
    }
}
