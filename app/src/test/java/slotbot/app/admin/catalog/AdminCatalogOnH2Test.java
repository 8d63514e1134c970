package slotbot.app.admin.catalog;

class AdminCatalogOnH2Test extends AdminCatalogContract {
}
