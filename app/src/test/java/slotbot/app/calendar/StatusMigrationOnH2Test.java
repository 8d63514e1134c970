package slotbot.app.calendar;

import javax.sql.DataSource;

class StatusMigrationOnH2Test extends StatusMigrationContract {

    @Override
    DataSource database() {
        return h2("status-migration");
    }

    @Override
    String vendor() {
        return "h2";
    }
}
