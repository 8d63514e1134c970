package slotbot.app.webchat;

import slotbot.app.OnPostgres;

@OnPostgres
class ChatLimitsOnPostgresTest extends ChatLimitsContract {
}
