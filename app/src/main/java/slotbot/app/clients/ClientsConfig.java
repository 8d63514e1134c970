package slotbot.app.clients;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import slotbot.app.jdbc.Database;
import slotbot.funnel.dialog.ClientContacts;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClientsConfig {

    @Bean
    Phones phones(@Value("${slotbot.phone-region:RU}") String region) {
        return new Phones(region);
    }

    @Bean
    ClientRows clientRows(JdbcClient jdbc, Clock clock, Database database) {
        return new ClientRows(jdbc, clock, database.postgres());
    }

    @Bean
    ClientContacts clientContacts(ClientRows rows, Phones phones) {
        return new BotContacts(rows, phones);
    }
}
