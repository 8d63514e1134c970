package slotbot.app.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.SlotbotProperties;

import java.time.Clock;

/** The catalog's parts: its tables, its cache, the one write discipline, and what reads, imports, exports and edits through them. */
@Configuration(proxyBeanMethods = false)
class CatalogConfig {

    @Bean
    CatalogTables catalogTables(JdbcClient jdbc) {
        return CatalogTables.on(jdbc);
    }

    @Bean
    CatalogCache catalogCache(JdbcClient jdbc, CatalogTables tables) {
        return new CatalogCache(jdbc, tables);
    }

    @Bean
    CatalogWrites catalogWrites(JdbcClient jdbc, TransactionTemplate transactions, CatalogCache cache, Clock clock) {
        return new CatalogWrites(jdbc, transactions, cache, clock);
    }

    @Bean
    CatalogFileReader catalogFileReader(SlotbotProperties properties) {
        return new CatalogFileReader(properties.timezone());
    }

    @Bean
    CatalogImport catalogImport(CatalogTables tables, CatalogWrites writes) {
        return new CatalogImport(tables, writes);
    }

    @Bean
    CatalogExport catalogExport(CatalogTables tables) {
        return new CatalogExport(tables);
    }

    @Bean
    Edits<CompanyEntry> companyEdits(CatalogTables tables, CatalogWrites writes) {
        return new Edits<>(tables.companies(), tables.companies(), writes, (changed, current) -> { }, true);
    }

    @Bean
    Edits<CategoryEntry> categoryEdits(CatalogTables tables, CatalogWrites writes) {
        return new Edits<>(tables.categories(), tables.companies(), writes, (changed, current) -> { }, false);
    }

    @Bean
    Edits<ServiceEntry> serviceEdits(CatalogTables tables, CatalogWrites writes, JdbcClient jdbc) {
        return new Edits<>(tables.services(), tables.companies(), writes, new References(jdbc)::ofService, false);
    }

    @Bean
    Edits<EmployeeEntry> employeeEdits(CatalogTables tables, CatalogWrites writes, JdbcClient jdbc) {
        return new Edits<>(tables.employees(), tables.companies(), writes, new References(jdbc)::ofEmployee, true);
    }
}
