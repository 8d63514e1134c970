package slotbot.app.catalog;

import slotbot.app.OnPostgres;

@OnPostgres
class CatalogAdminOnPostgresTest extends CatalogAdminContract {
}
