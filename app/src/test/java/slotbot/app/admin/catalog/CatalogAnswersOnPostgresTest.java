package slotbot.app.admin.catalog;

import slotbot.app.OnPostgres;

@OnPostgres
class CatalogAnswersOnPostgresTest extends CatalogAnswersContract {
}
