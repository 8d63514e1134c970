package slotbot.app.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The company table: the branches. */
final class Companies implements Table<CompanyEntry> {

    private final JdbcClient jdbc;

    Companies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "company";
    }

    @Override
    public Optional<CompanyEntry> find(long id) {
        return jdbc.sql("SELECT * FROM company WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    @Override
    public List<CompanyEntry> list(Long companyId, boolean all) {
        return jdbc.sql("SELECT * FROM company WHERE 1 = 1" + Rows.activeOnly(all, "active") + " ORDER BY id")
                .query((rs, n) -> row(rs)).list();
    }

    @Override
    public void save(long id, CompanyEntry c) {
        BookingRulesEntry rules = c.bookingRules();
        RemindersEntry reminders = c.reminders();
        Rows.save(jdbc, "UPDATE company SET name = ?, address = ?, online_booking = ?, timezone = ?, min_notice_minutes = ?,"
                        + " max_advance_minutes = ?, cancel_notice_minutes = ?, reminder_minutes = ?, follow_up_minutes = ?,"
                        + " quiet_hours = ?, active = ? WHERE id = ?",
                "INSERT INTO company (name, address, online_booking, timezone, min_notice_minutes, max_advance_minutes,"
                        + " cancel_notice_minutes, reminder_minutes, follow_up_minutes, quiet_hours, active, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, c.name(), c.address(), c.onlineBooking(), c.timezone(), rules.minNoticeMinutes(),
                rules.maxAdvanceMinutes(), rules.cancelNoticeMinutes(), reminders.minutesColumn(), reminders.followUpMinutes(),
                reminders.quietHours(), c.active());
    }

    @Override
    public Optional<Long> match(CompanyEntry c) {
        return Rows.first(jdbc, "SELECT id FROM company WHERE name = ? ORDER BY active DESC, id", c.name());
    }

    private static CompanyEntry row(ResultSet rs) throws SQLException {
        return new CompanyEntry(rs.getLong("id"), rs.getString("name"), rs.getString("address"),
                rs.getBoolean("online_booking"), rs.getString("timezone"),
                BookingRulesEntry.ofMinutes(rs.getInt("min_notice_minutes"), rs.getInt("max_advance_minutes"),
                        rs.getInt("cancel_notice_minutes")),
                RemindersEntry.ofColumns(rs.getString("reminder_minutes"), Rows.nullableInt(rs, "follow_up_minutes"),
                        rs.getString("quiet_hours")),
                rs.getBoolean("active"));
    }
}
