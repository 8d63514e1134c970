package slotbot.app.clients;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import slotbot.funnel.dialog.ClientContacts;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClientsConfig {

    @Bean
    Phones phones(@Value("${slotbot.phone-region:RU}") String region) {
        return new Phones(region);
    }

    @Bean
    ClientRows clientRows(JdbcClient jdbc, Clock clock, DataSource dataSource) throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return new ClientRows(jdbc, clock, "PostgreSQL".equalsIgnoreCase(product));
    }

    @Bean
    ClientContacts clientContacts(ClientRows rows, Phones phones) {
        return new BotContacts(rows, phones);
    }
}
