package slotbot.app;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A bad setting is the operator's to correct: say which and why without a stack trace. Ordered first, since Boot's
 * own analyzer of the binding failure around it would otherwise speak first, in terms of Java classes.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SettingRefusedAnalyzer extends AbstractFailureAnalyzer<SettingRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SettingRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the setting named above (application properties, environment or command line) and start again.", cause);
    }
}
