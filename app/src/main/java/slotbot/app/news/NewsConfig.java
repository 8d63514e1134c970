package slotbot.app.news;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.time.Duration;

/** LISTEN/NOTIFY on PostgreSQL, with a catch-up poll every few seconds behind it; on H2 the poll alone, each second. */
@Configuration(proxyBeanMethods = false)
class NewsConfig {

    @Bean
    CatchUpPoll newsCatchUp(News news, JdbcClient jdbc, DataSource dataSource,
                            @Value("${slotbot.news.catch-up:5s}") Duration postgresEvery) throws Exception {
        return new CatchUpPoll(news, jdbc, postgres(dataSource) ? postgresEvery : Duration.ofSeconds(1));
    }

    @Bean
    News.Relay newsRelay(News news, JdbcClient jdbc, DataSource dataSource, Environment environment) throws Exception {
        if (!postgres(dataSource)) {
            return (chats, branches) -> { };
        }
        return new PostgresNews(news, jdbc, environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
    }

    private static boolean postgres(DataSource dataSource) throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return "PostgreSQL".equalsIgnoreCase(product);
    }
}
