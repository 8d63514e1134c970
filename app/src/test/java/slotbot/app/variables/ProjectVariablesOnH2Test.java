package slotbot.app.variables;

class ProjectVariablesOnH2Test extends ProjectVariablesContract {
}
