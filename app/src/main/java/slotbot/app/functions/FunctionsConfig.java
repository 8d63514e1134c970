package slotbot.app.functions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.calendar.JdbcBookingData;
import slotbot.booking.calendar.BookingEventListener;
import slotbot.booking.functions.BookingFunctions;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.util.List;

@Configuration(proxyBeanMethods = false)
class FunctionsConfig {

    private static final Logger log = LoggerFactory.getLogger(FunctionsConfig.class);

    @Bean
    JdbcBookingData bookingData(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions) throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return new JdbcBookingData(jdbc, transactions, "PostgreSQL".equalsIgnoreCase(product));
    }

    @Bean
    BookingEventListener bookingEventLog() {
        return event -> log.info("{} booking {} (employee {}, {} .. {})", event.getClass().getSimpleName(),
                event.booking().id(), event.booking().employeeId(), event.booking().start(), event.booking().end());
    }

    /** Every listener bean hears every event; one that fails does not keep the others from hearing it. */
    @Bean
    BookingFunctions bookingFunctions(JdbcBookingData data, Clock clock, List<BookingEventListener> listeners) {
        BookingEventListener all = event -> listeners.forEach(listener -> {
            try {
                listener.on(event);
            } catch (RuntimeException e) {
                log.error("Booking event listener {} failed on booking {}", listener, event.booking().id(), e);
            }
        });
        return new BookingFunctions(data, clock, all, new SecureRandom());
    }
}
