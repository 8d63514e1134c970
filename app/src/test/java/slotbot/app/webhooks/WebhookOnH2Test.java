package slotbot.app.webhooks;

class WebhookOnH2Test extends WebhookContract {
}
