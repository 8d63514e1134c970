package slotbot.app.webchat;

class ChatBehindProxyOnH2Test extends ChatBehindProxyContract {
}
