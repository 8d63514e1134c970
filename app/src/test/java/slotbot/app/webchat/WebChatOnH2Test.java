package slotbot.app.webchat;

class WebChatOnH2Test extends WebChatContract {
}
