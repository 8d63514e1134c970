package slotbot.app.webchat;

import slotbot.app.OnPostgres;

@OnPostgres
class ChatBehindProxyOnPostgresTest extends ChatBehindProxyContract {
}
