package slotbot.app.waitlist;

class WaitlistOnH2Test extends WaitlistContract {
}
