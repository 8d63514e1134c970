package slotbot.app.variables;

import java.util.Set;

/**
 * A turn wrote project variables after reading one that another turn changed meanwhile: storing it
 * would lose that other write. The turn is played again on what is stored now.
 */
public class ProjectVariableConflict extends RuntimeException {

    private final Set<String> used;

    /** {@code used}: every project variable the turn read or wrote, for the next attempt to lock first. */
    public ProjectVariableConflict(String bot, String name, Set<String> used) {
        super("project variable " + name + " of bot " + bot + " changed while a turn used it", null, false, false);
        this.used = Set.copyOf(used);
    }

    public Set<String> used() {
        return used;
    }
}
