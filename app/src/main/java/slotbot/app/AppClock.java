package slotbot.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The one clock every "now" of the app comes from, so that demos and tests can set it. */
@Configuration(proxyBeanMethods = false)
class AppClock {

    @Bean
    Clock clock(SlotbotProperties properties) {
        Instant start = properties.clock().start();
        Clock system = Clock.systemUTC();
        return start == null ? system : Clock.offset(system, Duration.between(system.instant(), start));
    }
}
