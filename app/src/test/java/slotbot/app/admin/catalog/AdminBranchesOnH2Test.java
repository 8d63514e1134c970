package slotbot.app.admin.catalog;

class AdminBranchesOnH2Test extends AdminBranchesContract {
}
