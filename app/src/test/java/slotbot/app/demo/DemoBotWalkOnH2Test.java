package slotbot.app.demo;

class DemoBotWalkOnH2Test extends DemoBotWalkContract {
}
