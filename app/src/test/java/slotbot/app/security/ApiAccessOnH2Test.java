package slotbot.app.security;

class ApiAccessOnH2Test extends ApiAccessContract {
}
