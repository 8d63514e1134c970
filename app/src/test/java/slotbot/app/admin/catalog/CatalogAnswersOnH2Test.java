package slotbot.app.admin.catalog;

class CatalogAnswersOnH2Test extends CatalogAnswersContract {
}
