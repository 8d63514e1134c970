package slotbot.app.catalog;

class CatalogAdminOnH2Test extends CatalogAdminContract {
}
