package slotbot.app.webchat;

import slotbot.app.OnPostgres;

@OnPostgres
class ChatStreamCatchUpOnPostgresTest extends ChatStreamCatchUpContract {
}
