package slotbot.app.reminders;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/**
 * On an H2 file, as the app runs by default: an instance that stops closes the database and the next one opens it
 * again. (An in-memory H2 kept open across contexts would not do: its constraints stay bound to the first
 * context's closed sessions.)
 */
class ReminderInstancesOnH2Test extends ReminderInstancesContract {

    @TempDir
    Path directory;

    @Override
    protected List<String> database() {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("slotbot") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
}
