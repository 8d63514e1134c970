package slotbot.app.web;

class HostileInputOnH2Test extends HostileInputContract {
}
