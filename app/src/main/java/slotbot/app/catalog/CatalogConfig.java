package slotbot.app.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.SlotbotProperties;
import slotbot.app.calendar.JdbcBookingData;

@Configuration(proxyBeanMethods = false)
class CatalogConfig {

    @Bean
    CatalogFileReader catalogFileReader(SlotbotProperties properties) {
        return new CatalogFileReader(properties.timezone());
    }

    @Bean
    CatalogImport catalogImport(JdbcClient jdbc, TransactionTemplate transactions, JdbcBookingData bookingData) {
        return new CatalogImport(jdbc, transactions, bookingData::catalogChanged);
    }
}
