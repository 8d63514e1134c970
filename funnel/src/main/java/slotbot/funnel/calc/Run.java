package slotbot.funnel.calc;

import java.util.List;

/** What a run of a block's code reports: every runtime error, in the order they happened. */
public record Run(List<Diagnostic> errors) {

    public Run {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
