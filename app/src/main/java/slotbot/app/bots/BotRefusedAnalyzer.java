package slotbot.app.bots;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import slotbot.funnel.bot.BotRefused;

/** A bot file refused at start-up is the author's to correct: say what is wrong without a stack trace. */
class BotRefusedAnalyzer extends AbstractFailureAnalyzer<BotRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BotRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the bot file named above (slotbot.bots) and start again.", cause);
    }
}
