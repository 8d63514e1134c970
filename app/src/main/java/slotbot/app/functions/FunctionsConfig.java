package slotbot.app.functions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.jdbc.Database;
import slotbot.app.calendar.JdbcBookingData;
import slotbot.app.calendar.QueuedCallbacks;
import slotbot.app.catalog.CatalogCache;
import slotbot.app.clients.ClientRows;
import slotbot.booking.calendar.BookingEventListener;
import slotbot.booking.calendar.Bookings;
import slotbot.booking.calendar.HoldOffers;
import slotbot.booking.functions.BookingFunctions;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

@Configuration(proxyBeanMethods = false)
class FunctionsConfig {

    private static final Logger log = LoggerFactory.getLogger(FunctionsConfig.class);

    /**
     * Booking writes run in a transaction of their own, or, when bot code books inside a dialog's
     * turn, in a savepoint of the turn's: a refused booking rolls back to the savepoint and the turn
     * goes on; a turn that fails takes its bookings with it.
     */
    @Bean
    JdbcBookingData bookingData(Database database, JdbcClient jdbc, JdbcTemplate statements, PlatformTransactionManager transactions,
                                CatalogCache catalog, ClientRows contacts, QueuedCallbacks queuedCallbacks) {
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return new JdbcBookingData(jdbc, statements, nested, database.postgres(), catalog, contacts,
                queuedCallbacks);
    }

    @Bean
    BookingEventListener bookingEventLog() {
        return event -> log.info("{} booking {} (employee {}, {} .. {})", event.getClass().getSimpleName(),
                event.booking().id(), event.booking().employeeId(), event.booking().start(), event.booking().end());
    }

    /**
     * Every listener bean hears every event, inside the booking's transaction: one that fails
     * rolls the booking back, so that no booking exists whose callback was lost. The time a cancel or a move frees
     * is offered to the waitlist through {@code offers}, in the same transaction.
     */
    @Bean
    Bookings bookings(JdbcBookingData data, Clock clock, List<BookingEventListener> listeners, HoldOffers offers) {
        BookingEventListener all = event -> listeners.forEach(listener -> listener.on(event));
        return new Bookings(data, clock, all, new SecureRandom(), offers);
    }

    /** Read once, for the OpenAPI document and the MCP server's tools alike. */
    @Bean
    FunctionDocs functionDocs() {
        return FunctionDocs.load();
    }

    @Bean
    BookingFunctions bookingFunctions(JdbcBookingData data, Clock clock, Bookings bookings, ClientRows clients) {
        return new BookingFunctions(data, clock, bookings, clients);
    }
}
