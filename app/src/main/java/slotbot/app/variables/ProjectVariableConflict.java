package slotbot.app.variables;

/**
 * A turn wrote project variables after reading one that another turn changed meanwhile: storing it
 * would lose that other write. The turn is played again on what is stored now.
 */
public class ProjectVariableConflict extends RuntimeException {

    public ProjectVariableConflict(String bot, String name) {
        super("project variable " + name + " of bot " + bot + " changed while a turn used it", null, false, false);
    }
}
