package slotbot.app.metrics;

import org.springframework.test.annotation.DirtiesContext;
import slotbot.app.OnPostgres;

/** Its context (a catalog and a webhook of its own) is closed after the class: the PostgreSQL server's connections are shared. */
@OnPostgres
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MetricsOnPostgresTest extends MetricsContract {
}
