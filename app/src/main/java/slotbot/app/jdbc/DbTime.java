package slotbot.app.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from TIMESTAMP WITH TIME ZONE columns. Written at UTC, so that neither the JVM's
 * zone nor the database session's (tests run PostgreSQL in a hostile one) changes what is stored.
 */
public final class DbTime {

    private DbTime() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /**
     * A column's instant as whole epoch seconds, through {@link java.sql.Timestamp}: one object where
     * {@link #instant} makes five, for the thousands of busy spans a dates turn reads. Both drivers give the
     * stored instant whatever the JVM's or the session's zone.
     */
    public static long epochSecond(ResultSet rs, int column) throws SQLException {
        return Math.floorDiv(rs.getTimestamp(column).getTime(), 1000);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
