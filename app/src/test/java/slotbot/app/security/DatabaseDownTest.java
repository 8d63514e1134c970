package slotbot.app.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import slotbot.app.Api;
import slotbot.app.RawHttp;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With the database out of reach the APIs say so honestly: 503 with Retry-After, never a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slotbot.security.api-token=" + Api.TOKEN,
        "spring.datasource.url=jdbc:h2:mem:slotbot-down;DB_CLOSE_DELAY=-1"
})
@Import(DatabaseDownTest.Outage.class)
class DatabaseDownTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Outage {
        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source && !(bean instanceof Switchable) ? new Switchable(source) : bean;
                }
            };
        }
    }

    /** A data source that can be cut off, as a pool is when the server is down: every connection attempt times out. */
    static final class Switchable extends DelegatingDataSource {
        static volatile boolean down;

        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                throw new SQLTransientConnectionException("slotbot - Connection is not available, request timed out after 30000ms");
            }
            return super.getConnection();
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void up() {
        Switchable.down = false;
    }

    @Test
    void theTokenCheckTheFunctionsTheAdminApiAndTheChatAnswer503WithRetryAfter() {
        assertThat(dataSource).isInstanceOf(Switchable.class);
        RawHttp http = new RawHttp(port);
        String token = "Authorization: Bearer " + Api.TOKEN;
        Switchable.down = true;

        List<RawHttp.Reply> replies = List.of(
                http.send("POST", "/api/v1/functions/get_bookings_info", "{\"client_id\": \"tg-1\"}", token, "Content-Type: application/json"),
                http.send("GET", "/api/v1/admin/bookings", (String) null, token),
                http.send("POST", "/api/v1/chat/demo/sessions", ""));

        for (RawHttp.Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(503);
            assertThat(reply.header("Retry-After")).isEqualTo("5");
            assertThat(reply.body()).startsWith("{\"status\":false,\"message\":").doesNotContain("Exception", "SQL");
        }
        Switchable.down = false;
        assertThat(new Api(port).call("get_companies_for_booking", null).status()).isEqualTo(200);
    }
}
