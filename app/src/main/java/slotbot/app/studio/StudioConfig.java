package slotbot.app.studio;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.app.calendar.JdbcBookingData;
import slotbot.app.clients.ClientRows;
import slotbot.app.clients.Phones;
import slotbot.booking.calendar.BookingEventListener;
import slotbot.funnel.dialog.ClientContacts;

import java.time.Clock;
import java.util.List;

@Configuration(proxyBeanMethods = false)
class StudioConfig {

    /** A real booking from a test chat is heard by every listener the app's own bookings are heard by. */
    @Bean
    Sandboxes sandboxes(JdbcBookingData data, List<BookingEventListener> listeners, ClientRows clients, ClientContacts contacts,
                        Phones phones, Clock clock, JdbcClient jdbc) {
        BookingEventListener all = event -> listeners.forEach(listener -> listener.on(event));
        return new Sandboxes(data, all, clients, contacts, phones::e164, clock, new SandboxRows(jdbc));
    }
}
