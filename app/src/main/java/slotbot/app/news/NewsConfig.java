package slotbot.app.news;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import slotbot.app.jdbc.Database;
import javax.sql.DataSource;
import java.time.Duration;

/** LISTEN/NOTIFY on PostgreSQL, with a catch-up poll every few seconds behind it; on H2 the poll alone, each second. */
@Configuration(proxyBeanMethods = false)
class NewsConfig {

    @Bean
    CatchUpPoll newsCatchUp(News news, JdbcClient jdbc, Database database,
                            @Value("${slotbot.news.catch-up:5s}") Duration postgresEvery) throws Exception {
        return new CatchUpPoll(news, jdbc, database.postgres() ? postgresEvery : Duration.ofSeconds(1));
    }

    @Bean
    News.Relay newsRelay(News news, JdbcClient jdbc, DataSource dataSource, Database database, Environment environment)
            throws Exception {
        if (!database.postgres()) {
            return (chats, branches) -> { };
        }
        return new PostgresNews(news, jdbc, environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
    }
}
