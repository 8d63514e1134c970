package slotbot.app;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A running app on a random port with the test catalog and a clock that stands still. Runs on an
 * in-memory H2 unless a subclass is marked {@link OnPostgres}. Bookings, clients and the waitlist are wiped before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slotbot.demo=false",
        "slotbot.catalog=classpath:test-catalog.yaml",
        "slotbot.security.api-token=" + Api.TOKEN,
        "spring.datasource.url=jdbc:h2:mem:slotbot-test;DB_CLOSE_DELAY=-1",
        "logging.level.slotbot=warn"
})
@Import(AppTestBase.TestBeans.class)
public abstract class AppTestBase {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        RecordedEvents recordedEvents() {
            return new RecordedEvents();
        }
    }

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected RecordedEvents events;

    protected Api api;

    @BeforeEach
    void resetCalendar() {
        clock.set(TestClock.START);
        jdbc.sql("DELETE FROM waitlist").update();
        jdbc.sql("DELETE FROM booking_service").update();
        jdbc.sql("DELETE FROM booking").update();
        jdbc.sql("DELETE FROM client").update();
        // Every test opens web chats from 127.0.0.1 at the same instant: none counts against the next test's minute.
        jdbc.sql("DELETE FROM chat_session").update();
        events.clear();
        api = new Api(port);
    }
}
