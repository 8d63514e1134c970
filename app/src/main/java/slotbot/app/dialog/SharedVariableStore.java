package slotbot.app.dialog;

import slotbot.app.variables.ProjectVariableRows;
import slotbot.funnel.dialog.Dialog;
import slotbot.funnel.dialog.SharedChanges;
import slotbot.funnel.dialog.SharedVariables;
import slotbot.funnel.dialog.StoredVariables;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The app's side of {@link SharedVariables}: project variables from {@link ProjectVariableRows},
 * other clients' variables from their dialogs. {@link #store} writes a turn's changes in its transaction.
 */
final class SharedVariableStore implements SharedVariables {

    private final ProjectVariableRows project;
    private final DialogRows dialogs;

    SharedVariableStore(ProjectVariableRows project, DialogRows dialogs) {
        this.project = project;
        this.dialogs = dialogs;
    }

    @Override
    public Stored project(String bot, String name) {
        return project.read(bot, name);
    }

    @Override
    public Object client(String bot, String clientId, String name) {
        return dialogs.variable(bot, clientId, name);
    }

    /** Before a turn played again after a conflict: see {@link ProjectVariableRows#lockForTurn}. */
    void lockProject(String bot, Set<String> names) {
        project.lockForTurn(bot, names);
    }

    /**
     * Stores a turn's writes beyond its dialog: project variables (throwing
     * {@link slotbot.app.variables.ProjectVariableConflict} when one it read has changed), then the
     * variables set in other clients' dialogs, each dialog locked as its own turns lock it.
     */
    void store(String bot, SharedChanges changes, Instant now, Consumer<String> problems) {
        project.store(bot, changes, now, problems);
        Map<String, List<SharedChanges.ClientVariable>> byClient = new LinkedHashMap<>();
        changes.clientWritten().forEach(v -> byClient.computeIfAbsent(v.clientId(), c -> new java.util.ArrayList<>()).add(v));
        byClient.forEach((client, variables) -> {
            Dialog dialog = dialogs.lock(bot, client, now);
            StoredVariables values = StoredVariables.copyOf(dialog.variables());
            variables.forEach(v -> values.set(v.name(), v.value()));
            Dialog changed = new Dialog(bot, client, dialog.block(), dialog.visit(), dialog.timerEpoch(), values, dialog.visited());
            if (DialogRows.fits(changed)) {
                dialogs.save(changed, now);
            } else {
                problems.accept("set_client_var: the variables of client " + client + " would outgrow their column; not stored");
            }
        });
    }
}
