package slotbot.app.botstats;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class BotStatsConfig {

    @Bean
    BlockEntries blockEntries(JdbcClient jdbc) {
        return new BlockEntries(jdbc);
    }

    @Bean
    BotStats botStats(JdbcClient jdbc) {
        return new BotStats(jdbc);
    }
}
