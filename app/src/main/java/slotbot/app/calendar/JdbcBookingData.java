package slotbot.app.calendar;

import static slotbot.app.jdbc.DbTime.epochSecond;
import static slotbot.app.jdbc.DbTime.instant;
import static slotbot.app.jdbc.DbTime.utc;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.catalog.CatalogCache;
import slotbot.app.clients.ClientRows;
import slotbot.booking.clients.Contact;
import slotbot.booking.availability.BusyTimes;
import slotbot.booking.availability.Hold;
import slotbot.booking.availability.TimeSpan;
import slotbot.booking.calendar.BookedService;
import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingData;
import slotbot.booking.calendar.BookingStatus;
import slotbot.booking.calendar.BookingTransaction;
import slotbot.booking.calendar.Cancellation;
import slotbot.booking.calendar.NewBooking;
import slotbot.booking.calendar.SlotTaken;
import slotbot.booking.calendar.WaitlistEntry;
import slotbot.booking.catalog.Company;
import slotbot.booking.catalog.CompanyCatalog;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The booking functions' storage on a relational database (H2 or PostgreSQL). The employee's row,
 * locked with SELECT ... FOR UPDATE, is the lock that serialises bookings of one employee across
 * every app instance sharing the database, and the starts held for the waitlist ({@link JdbcWaitlist}) with
 * them; PostgreSQL's exclusion constraint and V20's triggers back it.
 */
public final class JdbcBookingData implements BookingData {

    private static final String EXCLUSION_VIOLATION = "23P01";
    /** The name V20's triggers give their refusal of a booking over another client's hold (and of a hold over a booking). */
    private static final String HOLD_GUARD = "waitlist_hold_not_booked";
    /** The bookings that keep their employee busy (BookingStatus.holdsTime); the exclusion constraint covers the same. */
    private final ClientRows contacts;
    private static final String HOLDS_TIME = "status IN ('active', 'confirmed')";
    /** The lock that serialises the bookings of one employee (see the class's comment). */
    private static final String LOCK_EMPLOYEE = "SELECT id FROM employee WHERE id = ? FOR UPDATE";
    /** The savepoint a booking inside a chat turn starts from (PostgreSQL; a newer one of the same name hides the older). */
    private static final String SAVEPOINT = "slotbot_booking";
    /**
     * Whether this thread's work is inside {@link #inSavepoint} already: work inside that work gets a JDBC savepoint of
     * its own name, since a rollback to a shared name would stop at the inner one.
     */
    private static final ThreadLocal<Boolean> IN_SAVEPOINT = ThreadLocal.withInitial(() -> false);
    /** Bound to a transaction while it holds the savepoint of a booking made in it, which the next booking releases. */
    private static final Object SAVEPOINT_LEFT = new Object();
    private static final String BOOKING_COLUMNS =
            "id, company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by, version, busy_from, busy_to";
    /**
     * Which bookings' busy spans overlap [:from, :to): the condition on starts_at, the index's column,
     * narrows to a range (a busy span reaches at most MAX_BUFFER beyond a visit of at most MAX_LENGTH).
     */
    private static final String BUSY_OVERLAPS = "starts_at < :latestStart AND starts_at > :earliestStart"
            + " AND busy_from < :to AND busy_to > :from";
    /** The ids of the callback rows the booking statement wrote (its CTE o), in the order they were written. */
    private static final String OUTBOX_ROWS = "(SELECT array_agg(id ORDER BY id) FROM o), (SELECT array_agg(bot ORDER BY id) FROM o)";

    private final JdbcClient jdbc;
    private final JdbcOperations statements;
    private final TransactionTemplate transactions;
    private final CatalogCache catalog;
    private final boolean postgres;
    private final JdbcWaitlist waitlist;
    private final QueuedCallbacks queuedCallbacks;

    public JdbcBookingData(JdbcClient jdbc, JdbcOperations statements, TransactionTemplate transactions, boolean postgres,
                           CatalogCache catalog, ClientRows contacts, QueuedCallbacks queuedCallbacks) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.queuedCallbacks = queuedCallbacks;
        this.contacts = contacts;
        this.waitlist = new JdbcWaitlist(jdbc);
        this.transactions = transactions;
        this.catalog = catalog;
        this.postgres = postgres;
    }

    @Override
    public List<Company> companies() {
        return catalog.companies();
    }

    @Override
    public Optional<CompanyCatalog> catalog(long companyId) {
        return catalog.catalog(companyId);
    }

    @Override
    public Map<Long, BusyTimes> busy(Collection<Long> employeeIds, Instant from, Instant to) {
        Map<Long, BusyTimes.Builder> spans = builders(employeeIds);
        if (!employeeIds.isEmpty()) {
            busySpans(jdbc.sql("SELECT employee_id, busy_from, busy_to FROM booking"
                            + " WHERE employee_id IN (:employees) AND " + HOLDS_TIME + " AND " + BUSY_OVERLAPS), from, to)
                    .param("employees", employeeIds)
                    .query(rs -> {
                        spans.get(rs.getLong(1)).add(epochSecond(rs, 2), epochSecond(rs, 3));
                    });
        }
        return built(spans);
    }

    /** A builder of busy spans for each employee: every asked employee is a key of the answer. */
    private static Map<Long, BusyTimes.Builder> builders(Collection<Long> employeeIds) {
        Map<Long, BusyTimes.Builder> spans = new HashMap<>();
        employeeIds.forEach(id -> spans.put(id, BusyTimes.builder()));
        return spans;
    }

    private static Map<Long, BusyTimes> built(Map<Long, BusyTimes.Builder> spans) {
        Map<Long, BusyTimes> busy = new HashMap<>();
        spans.forEach((id, builder) -> busy.put(id, builder.build()));
        return busy;
    }

    /** The parameters of {@link #BUSY_OVERLAPS}. */
    private static JdbcClient.StatementSpec busySpans(JdbcClient.StatementSpec statement, Instant from, Instant to) {
        return statement.param("from", utc(from)).param("to", utc(to))
                .param("latestStart", utc(to.plus(Booking.MAX_BUFFER)))
                .param("earliestStart", utc(from.minus(Booking.MAX_LENGTH).minus(Booking.MAX_BUFFER)));
    }

    @Override
    public Map<Long, List<Hold>> holds(Collection<Long> employeeIds, Instant from, Instant to) {
        return waitlist.holds(employeeIds, from, to);
    }

    /** One statement: the bookings' busy spans, then the holds (the rows with a waitlist id), of the same employees and time. */
    @Override
    public BusyAndHeld busyAndHeld(Collection<Long> employeeIds, Instant from, Instant to) {
        if (employeeIds.isEmpty()) {
            return new BusyAndHeld(Map.of(), Map.of());
        }
        Map<Long, BusyTimes.Builder> spans = builders(employeeIds);
        Map<Long, List<Hold>> holds = new HashMap<>();
        busySpans(jdbc.sql("SELECT employee_id, busy_from, busy_to, CAST(NULL AS BIGINT) AS waitlist_id,"
                        + " CAST(NULL AS VARCHAR(128)) AS client_id, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS starts_at,"
                        + " CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS expires_at"
                        + " FROM booking WHERE employee_id IN (:employees) AND " + HOLDS_TIME + " AND " + BUSY_OVERLAPS
                        + " UNION ALL SELECT employee_id, busy_from, busy_to, waitlist_id, client_id, starts_at, expires_at"
                        + " FROM waitlist_hold WHERE employee_id IN (:employees) AND busy_from < :to AND busy_to > :from"), from, to)
                .param("employees", employeeIds)
                .query(rs -> {
                    rs.getLong("waitlist_id");
                    if (rs.wasNull()) {
                        spans.get(rs.getLong(1)).add(epochSecond(rs, 2), epochSecond(rs, 3));
                    } else {
                        Hold hold = JdbcWaitlist.hold(rs);
                        holds.computeIfAbsent(hold.employeeId(), k -> new ArrayList<>()).add(hold);
                    }
                });
        return new BusyAndHeld(built(spans), holds);
    }

    @Override
    public Optional<WaitlistEntry> waitlistEntry(long id) {
        return waitlist.entry(id);
    }

    @Override
    public List<WaitlistEntry> waitlistOf(String clientId) {
        return waitlist.entriesOf(clientId);
    }

    @Override
    public List<Booking> activeBookingsOf(String clientId, Instant after) {
        List<Booking> bookings = jdbc.sql("SELECT " + BOOKING_COLUMNS
                        + " FROM booking WHERE client_id = ? AND " + HOLDS_TIME + " AND ends_at > ? ORDER BY starts_at, id")
                .param(clientId).param(utc(after))
                .query((rs, n) -> booking(rs, List.of()))
                .list();
        return withServices(bookings);
    }

    @Override
    public Optional<Booking> booking(long id) {
        return findBooking(id);
    }

    @Override
    public <T> T inTransaction(Function<BookingTransaction, T> work) {
        try {
            return postgres && TransactionSynchronizationManager.isActualTransactionActive() && !IN_SAVEPOINT.get()
                    ? inSavepoint(work)
                    : transactions.execute(status -> work.apply(new Transaction(false)));
        } catch (DataIntegrityViolationException e) {
            if (isExclusionViolation(e)) {
                throw new SlotTaken(String.valueOf(e.getMessage()).contains(HOLD_GUARD)
                        ? "the database refused a booking over a start held for another client from the waitlist"
                        : "the database refused an overlapping booking", e);
            }
            throw e;
        }
    }

    /**
     * The work inside a transaction already open (a chat turn's) on PostgreSQL: from a savepoint, so that a refused
     * booking takes back only its own statements and the turn goes on; a turn that fails takes its bookings with it.
     * The savepoint goes with the work's first statement and is released by the turn's next booking, in its first
     * round trip, or by the turn's end: two round trips fewer than a JDBC savepoint, set and released each on its own
     * (issue 14).
     */
    private <T> T inSavepoint(Function<BookingTransaction, T> work) {
        Transaction tx = new Transaction(true);
        IN_SAVEPOINT.set(true);
        try {
            return work.apply(tx);
        } catch (RuntimeException e) {
            if (tx.savepointSet) {
                try {
                    jdbc.sql("ROLLBACK TO SAVEPOINT " + SAVEPOINT).update();
                } catch (RuntimeException rollback) {
                    e.addSuppressed(rollback);
                }
            }
            throw e;
        } finally {
            IN_SAVEPOINT.remove();
        }
    }

    /** The current result of a statement of several, as rows: the results before it that are not rows (a SAVEPOINT's) skipped. */
    private static ResultSet nextRows(Statement statement, boolean rows) throws SQLException {
        while (!rows) {
            if (statement.getUpdateCount() == -1) {
                throw new SQLException("the statement answered no rows");
            }
            rows = statement.getMoreResults();
        }
        return statement.getResultSet();
    }

    private Optional<Booking> findBooking(long id) {
        return jdbc.sql("SELECT " + BOOKING_COLUMNS + " FROM booking WHERE id = ?").param(id)
                .query((rs, n) -> booking(rs, List.of()))
                .optional()
                .map(b -> withServices(List.of(b)).get(0));
    }

    private List<Booking> withServices(List<Booking> bookings) {
        if (bookings.isEmpty()) {
            return bookings;
        }
        Map<Long, List<BookedService>> services = new HashMap<>();
        jdbc.sql("SELECT booking_id, service_id, title, price, duration_minutes FROM booking_service"
                        + " WHERE booking_id IN (:ids) ORDER BY booking_id, seq")
                .param("ids", bookings.stream().map(Booking::id).toList())
                .query(rs -> {
                    services.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new BookedService(
                            rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5)));
                });
        return bookings.stream()
                .map(b -> new Booking(b.id(), b.companyId(), b.employeeId(), b.clientId(), b.start(), b.end(),
                        services.getOrDefault(b.id(), List.of()), b.status(), b.createdAt(), b.bookedBy(), b.version(),
                        b.busy()))
                .toList();
    }

    private static Booking booking(ResultSet rs, List<BookedService> services) throws SQLException {
        return new Booking(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("employee_id"),
                rs.getString("client_id"), instant(rs, "starts_at"), instant(rs, "ends_at"), services,
                BookingStatus.ofWireName(rs.getString("status")).orElseThrow(), instant(rs, "created_at"),
                rs.getString("booked_by"), rs.getLong("version"),
                new TimeSpan(instant(rs, "busy_from"), instant(rs, "busy_to")));
    }

    private static boolean isExclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private final class Transaction implements BookingTransaction {

        /** A savepoint to set with this transaction's first statement ({@link #inSavepoint}); then whether it was set. */
        private boolean savepointPending;
        private boolean savepointSet;

        Transaction(boolean fromASavepoint) {
            this.savepointPending = fromASavepoint;
        }

        /** The database, for a statement of this transaction: the savepoint goes first when one is pending. */
        private JdbcClient db() {
            if (savepointPending) {
                jdbc.sql(savepointTaken()).update();
            }
            return jdbc;
        }

        private JdbcWaitlist waitlist() {
            db();
            return waitlist;
        }

        /** The statement that sets the pending savepoint, to send before another in the same round trip; "" when none is. */
        private String savepointFirst() {
            if (!savepointPending) {
                return "";
            }
            return savepointTaken() + "; ";
        }

        /**
         * The statement that sets the savepoint. An earlier booking of the same turn left its own in place: it is
         * released here, in the same round trip, so that a turn that books many times holds one savepoint, not one
         * subtransaction per booking (PostgreSQL caches 64 a transaction; more slow down every reader).
         */
        private String savepointTaken() {
            savepointPending = false;
            savepointSet = true;
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                return "SAVEPOINT " + SAVEPOINT;
            }
            if (TransactionSynchronizationManager.hasResource(SAVEPOINT_LEFT)) {
                return "RELEASE SAVEPOINT " + SAVEPOINT + "; SAVEPOINT " + SAVEPOINT;
            }
            TransactionSynchronizationManager.bindResource(SAVEPOINT_LEFT, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SAVEPOINT_LEFT);
                }
            });
            return "SAVEPOINT " + SAVEPOINT;
        }

        @Override
        public void lockEmployee(long employeeId) {
            db().sql(LOCK_EMPLOYEE).param(employeeId).query(Long.class).single();
        }

        /**
         * On PostgreSQL the lock and the booking's statement go together, in one round trip: each statement of the
         * pair takes its own view of the calendar when it starts, so the check-and-insert sees every booking committed
         * by whoever held the lock before.
         */
        @Override
        public Optional<Booking> lockAndInsertIfFreeAndUnheld(NewBooking b) {
            return postgres ? insertChecked(b, true, true) : BookingTransaction.super.lockAndInsertIfFreeAndUnheld(b);
        }

        @Override
        public BusyTimes busy(long employeeId, Instant from, Instant to, long excludingBookingId) {
            BusyTimes.Builder spans = BusyTimes.builder();
            busySpans(db().sql("SELECT busy_from, busy_to FROM booking WHERE employee_id = :employee"
                            + " AND " + HOLDS_TIME + " AND id <> :excluding AND " + BUSY_OVERLAPS), from, to)
                    .param("employee", employeeId)
                    .param("excluding", excludingBookingId)
                    .query(rs -> {
                        spans.add(epochSecond(rs, 1), epochSecond(rs, 2));
                    });
            return spans.build();
        }

        @Override
        public Booking insert(NewBooking b) {
            contacts.insertIfAbsent(b.clientId(), b.createdAt());
            KeyHolder keys = new GeneratedKeyHolder();
            db().sql("""
                    INSERT INTO booking (company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by,
                                         version, busy_from, busy_to)
                    VALUES (?, ?, ?, ?, ?, 'active', ?, ?, 0, ?, ?)""")
                    .params(b.companyId(), b.employeeId(), b.clientId(), utc(b.start()), utc(b.end()),
                            utc(b.createdAt()), b.bookedBy(), utc(b.busy().start()), utc(b.busy().end()))
                    .update(keys, "id");
            long id = keys.getKeyAs(Number.class).longValue();
            for (int i = 0; i < b.services().size(); i++) {
                BookedService s = b.services().get(i);
                db().sql("INSERT INTO booking_service (booking_id, seq, service_id, title, price, duration_minutes) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(id, i, s.serviceId(), s.title(), s.price(), s.durationMinutes())
                        .update();
            }
            return new Booking(id, b.companyId(), b.employeeId(), b.clientId(), b.start(), b.end(), b.services(),
                    BookingStatus.ACTIVE, b.createdAt(), b.bookedBy(), 0, b.busy());
        }

        /** On PostgreSQL one statement checks the employee's time, registers the client and stores the booking with its services. */
        @Override
        public Optional<Booking> insertIfFree(NewBooking b) {
            return postgres ? insertChecked(b, false, false) : BookingTransaction.super.insertIfFree(b);
        }

        /** The same statement also refuses a time under any waitlist hold: a booking sends lock, insert, commit. */
        @Override
        public Optional<Booking> insertIfFreeAndUnheld(NewBooking b) {
            return postgres ? insertChecked(b, true, false) : BookingTransaction.super.insertIfFreeAndUnheld(b);
        }

        /** On PostgreSQL the booking's statement also writes its callback rows; on H2 the callback outbox does, after it. */
        @Override
        public boolean queuesCallbacks() {
            return postgres;
        }

        /**
         * One statement: the employee's time checked (and no hold over it, when {@code unheld}), the client
         * registered, the booking stored with its services and its callback queued for each of the client's dialogs
         * (as CallbackOutbox.add does, in bot order, the text joined around the new id); it answers the client's
         * contact as it was, which the call's answer names, so that is not read again, and the callback rows' ids,
         * to deliver them after the commit.
         */
        private Optional<Booking> insertChecked(NewBooking b, boolean unheld, boolean lockFirst) {
            TimeSpan busy = b.busy();
            List<Object> params = new ArrayList<>();
            if (lockFirst) {
                params.add(b.employeeId());
            }
            params.addAll(List.of(b.clientId(), utc(b.createdAt()), b.companyId(), b.employeeId(),
                    b.clientId(), utc(b.start()), utc(b.end()), utc(b.createdAt()), b.bookedBy(), utc(busy.start()),
                    utc(busy.end()), b.employeeId(), utc(busy.end().plus(Booking.MAX_BUFFER)),
                    utc(busy.start().minus(Booking.MAX_LENGTH).minus(Booking.MAX_BUFFER)), utc(busy.end()),
                    utc(busy.start())));
            String noHold = "";
            if (unheld) {
                noHold = " AND NOT EXISTS (SELECT 1 FROM waitlist_hold WHERE employee_id = ? AND busy_from < ? AND busy_to > ?)";
                params.addAll(List.of(b.employeeId(), utc(busy.end()), utc(busy.start())));
            }
            String services = serviceRows(b.services(), params);
            String callbacks = callbackRows(b, params);
            params.add(b.clientId());
            String insert = """
                    WITH c AS (INSERT INTO client (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING),
                    b AS (INSERT INTO booking (company_id, employee_id, client_id, starts_at, ends_at, status, created_at, booked_by,
                                               version, busy_from, busy_to)
                          SELECT ?, ?, ?, ?, ?, 'active', ?, ?, 0, ?, ?
                          WHERE NOT EXISTS (SELECT 1 FROM booking WHERE employee_id = ? AND %s
                                            AND starts_at < ? AND starts_at > ? AND busy_from < ? AND busy_to > ?)%s
                          RETURNING id),
                    s AS (INSERT INTO booking_service (booking_id, seq, service_id, title, price, duration_minutes)
                          SELECT b.id, v.seq, v.service_id, v.title, v.price, v.duration FROM b,
                          (VALUES %s) AS v (seq, service_id, title, price, duration))%s
                    SELECT b.id, k.name, k.phone, %s FROM b LEFT JOIN client k ON k.id = ?"""
                    .formatted(HOLDS_TIME, noHold, services, callbacks, callbacks.isEmpty() ? "NULL, NULL" : OUTBOX_ROWS);
            String sql = savepointFirst() + (lockFirst ? LOCK_EMPLOYEE + "; " + insert : insert);
            Optional<Long> id = statements.execute(sql, (PreparedStatement statement) -> {
                new ArgumentPreparedStatementSetter(params.toArray()).setValues(statement);
                boolean rows = statement.execute();
                if (lockFirst) {
                    try (ResultSet locked = nextRows(statement, rows)) {
                        if (!locked.next()) {
                            throw new EmptyResultDataAccessException("no employee " + b.employeeId() + " to lock", 1);
                        }
                    }
                    rows = statement.getMoreResults();
                }
                try (ResultSet rs = nextRows(statement, rows)) {
                    if (!rs.next()) {
                        return Optional.<Long>empty();
                    }
                    // The client as it was before this statement: none yet is a client of no known contact.
                    contacts.seen(b.clientId(), new Contact(rs.getString(2), rs.getString(3)));
                    queued(b, rs.getLong(1), rs.getArray(4), rs.getArray(5));
                    return Optional.of(rs.getLong(1));
                }
            });
            return id.map(bookingId -> new Booking(bookingId, b.companyId(), b.employeeId(), b.clientId(), b.start(), b.end(),
                    b.services(), BookingStatus.ACTIVE, b.createdAt(), b.bookedBy(), 0, busy));
        }

        /**
         * The CTE that queues the booking's callback line for each of the client's dialogs once the booking is in
         * (none when it is not), its parameters added to {@code params}; empty when the booking has no line.
         */
        private static String callbackRows(NewBooking b, List<Object> params) {
            if (b.callback() == null) {
                return "";
            }
            params.addAll(List.of(b.callback().beforeId(), b.callback().afterId(), utc(b.createdAt()), b.clientId()));
            return """
                    ,
                    o AS (INSERT INTO callback_outbox (bot, client_id, text, created_at)
                          SELECT d.bot, d.client_id, CAST(?::varchar || b.id || ?::varchar AS VARCHAR(20000)), ? FROM b, dialog d
                          WHERE d.client_id = ? ORDER BY d.bot
                          RETURNING id, bot)""";
        }

        /** Hands the callback rows the booking's statement wrote to their delivery, with their text as the statement joined it. */
        private void queued(NewBooking b, long bookingId, Array ids, Array bots) throws SQLException {
            if (ids == null) {
                return;
            }
            Long[] id = (Long[]) ids.getArray();
            String[] bot = (String[]) bots.getArray();
            String text = b.callback().beforeId() + bookingId + b.callback().afterId();
            List<QueuedCallbacks.Row> rows = new ArrayList<>(id.length);
            for (int i = 0; i < id.length; i++) {
                rows.add(new QueuedCallbacks.Row(id[i], bot[i], b.clientId(), text));
            }
            queuedCallbacks.queued(rows);
        }

        /** The VALUES rows of the booked services, their parameters added to {@code params}. */
        private static String serviceRows(List<BookedService> services, List<Object> params) {
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < services.size(); i++) {
                BookedService s = services.get(i);
                rows.append(i == 0 ? "" : ", ").append("(?::int, ?::bigint, ?::varchar, ?::numeric, ?::int)");
                params.addAll(List.of(i, s.serviceId(), s.title(), s.price(), s.durationMinutes()));
            }
            return rows.toString();
        }

        @Override
        public Optional<Booking> booking(long id) {
            db();
            return findBooking(id);
        }

        @Override
        public Optional<Booking> move(long bookingId, long expectedVersion, Instant start, Instant end, TimeSpan busy) {
            int rows = db().sql("""
                    UPDATE booking SET starts_at = ?, ends_at = ?, busy_from = ?, busy_to = ?, status = 'active',
                    confirmed_at = NULL, version = version + 1
                    WHERE id = ? AND version = ? AND %s""".formatted(HOLDS_TIME))
                    .params(utc(start), utc(end), utc(busy.start()), utc(busy.end()), bookingId, expectedVersion)
                    .update();
            return changed(rows, bookingId);
        }

        /** Each status is stamped in its own column: when it was confirmed, marked a no-show, cancelled. */
        @Override
        public Optional<Booking> changeStatus(long bookingId, long expectedVersion, BookingStatus status, Instant at,
                                              Cancellation cancellation) {
            String stamp = switch (status) {
                case CONFIRMED -> "confirmed_at";
                case NO_SHOW -> "no_show_at";
                case CANCELLED -> "cancelled_at";
                case ACTIVE, COMPLETED -> throw new IllegalArgumentException("a booking is not set " + status.wireName());
            };
            int rows = db().sql("""
                    UPDATE booking SET status = ?, %s = ?, cancelled_by = ?, cancel_reason = ?, version = version + 1
                    WHERE id = ? AND version = ? AND %s""".formatted(stamp, HOLDS_TIME))
                    .params(status.wireName(), utc(at), cancellation == null ? null : cancellation.by().wireName(),
                            cancellation == null ? null : cancellation.reason(), bookingId, expectedVersion)
                    .update();
            return changed(rows, bookingId);
        }

        @Override
        public List<Hold> holds(long employeeId, Instant from, Instant to) {
            return waitlist().holds(employeeId, from, to);
        }

        @Override
        public Optional<Hold> holdOf(long waitlistId) {
            return waitlist().holdOf(waitlistId);
        }

        @Override
        public void hold(Hold hold) {
            waitlist().hold(hold);
        }

        @Override
        public Optional<Hold> releaseHold(long waitlistId) {
            return waitlist().releaseHold(waitlistId);
        }

        @Override
        public WaitlistEntry join(WaitlistEntry entry) {
            return waitlist().join(entry);
        }

        @Override
        public void leaveWaitlist(long waitlistId) {
            waitlist().leave(waitlistId);
        }

        @Override
        public List<WaitlistEntry> waiting(long companyId, LocalDate date) {
            return waitlist().waiting(companyId, date);
        }

        @Override
        public void dropWaitlistBefore(long companyId, LocalDate today) {
            waitlist().dropBefore(companyId, today);
        }

        @Override
        public boolean holdsAStart(String clientId) {
            return waitlist().holdsAStart(clientId);
        }

        private Optional<Booking> changed(int rows, long bookingId) {
            if (rows > 1) {
                throw new IllegalStateException("updated " + rows + " bookings with id " + bookingId + "; ids must be unique");
            }
            return rows == 0 ? Optional.empty() : findBooking(bookingId);
        }
    }
}
