package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The four catalog tables, the only code that reads or writes them. */
record CatalogTables(Companies companies, Categories categories, Services services, Employees employees) {

    static CatalogTables on(JdbcClient jdbc) {
        return new CatalogTables(new Companies(jdbc), new Categories(jdbc), new Services(jdbc), new Employees(jdbc));
    }
}
