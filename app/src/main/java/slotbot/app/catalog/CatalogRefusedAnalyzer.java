package slotbot.app.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A catalog refused at start-up is the operator's file, not our bug: say what is wrong without a stack trace. */
class CatalogRefusedAnalyzer extends AbstractFailureAnalyzer<CatalogRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CatalogRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the values named above in the catalog file (slotbot.catalog) and start again.", cause);
    }
}
