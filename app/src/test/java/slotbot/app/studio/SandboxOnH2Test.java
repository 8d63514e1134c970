package slotbot.app.studio;

class SandboxOnH2Test extends SandboxContract {
}
