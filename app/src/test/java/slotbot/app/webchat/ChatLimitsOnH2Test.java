package slotbot.app.webchat;

class ChatLimitsOnH2Test extends ChatLimitsContract {
}
