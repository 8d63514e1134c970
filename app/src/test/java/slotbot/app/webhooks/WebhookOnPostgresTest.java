package slotbot.app.webhooks;

import slotbot.app.OnPostgres;

@OnPostgres
class WebhookOnPostgresTest extends WebhookContract {
}
