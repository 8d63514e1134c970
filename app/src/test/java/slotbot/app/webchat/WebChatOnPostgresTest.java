package slotbot.app.webchat;

import slotbot.app.OnPostgres;

@OnPostgres
class WebChatOnPostgresTest extends WebChatContract {
}
