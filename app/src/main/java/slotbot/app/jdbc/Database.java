package slotbot.app.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Which database the app runs on: PostgreSQL (production: combined statements, {@code SKIP LOCKED}, notifications) or
 * H2 (the embedded default). Told once, from the pool's JDBC URL, so that no bean opens a connection to ask while the
 * schema is still being migrated beside the start ({@link SchemaMigration}).
 */
public record Database(boolean postgres) {

    public static Database of(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
                if (url != null) {
                    return new Database(url.startsWith("jdbc:postgresql:"));
                }
            }
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return new Database("PostgreSQL".equalsIgnoreCase(product));
        } catch (SQLException | MetaDataAccessException e) {
            throw new IllegalStateException("could not tell which database the app runs on", e);
        }
    }
}
