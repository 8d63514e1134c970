package slotbot.app.admin.catalog;

import slotbot.app.OnPostgres;

@OnPostgres
class AdminBranchesOnPostgresTest extends AdminBranchesContract {
}
