package slotbot.app.webchat;

class ChatStreamCatchUpOnH2Test extends ChatStreamCatchUpContract {
}
