package slotbot.app.clients;

class ClientsOnH2Test extends ClientsContract {
}
