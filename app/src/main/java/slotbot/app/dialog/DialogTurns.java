package slotbot.app.dialog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.botstats.BlockEntries;
import slotbot.app.jdbc.Writes;
import slotbot.app.bots.BotLibrary;
import slotbot.app.metrics.TurnMeter;
import slotbot.app.metrics.TurnMeter.Kind;
import slotbot.app.variables.ProjectVariableConflict;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.dialog.BotError;
import slotbot.funnel.dialog.Callback;
import slotbot.funnel.dialog.Channel;
import slotbot.funnel.dialog.Dialog;
import slotbot.funnel.dialog.DialogEngine;
import slotbot.funnel.dialog.Input;
import slotbot.funnel.dialog.Reply;
import slotbot.funnel.dialog.Turn;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Plays dialogs: each input, callback or fired timer is one turn in one transaction that holds the
 * dialog's row lock, so one client's inputs run one at a time and in order, also across app
 * instances, and a turn's state, messages, timers, callbacks and bookings commit together or not at all.
 */
public final class DialogTurns {

    static final String SORRY = "Извините, что-то пошло не так. Попробуйте ещё раз.";
    private static final Logger log = LoggerFactory.getLogger(DialogTurns.class);

    private final BotLibrary bots;
    private final DialogEngine engine;
    private final DialogRows rows;
    private final DialogTimers timers;
    private final CallbackOutbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MessageListener listener;
    private final BlockEntries entries;
    private final SharedVariableStore shared;
    private final TurnMeter meter;

    /** Turns played again when another dialog changed a project variable they used: each attempt finds that change stored. */
    static final int MAX_ATTEMPTS = 20;

    DialogTurns(BotLibrary bots, DialogEngine engine, DialogRows rows, DialogTimers timers, CallbackOutbox outbox,
                TransactionTemplate newTransactions, Clock clock, MessageListener listener, BlockEntries entries,
                SharedVariableStore shared, TurnMeter meter) {
        this.bots = bots;
        this.engine = engine;
        this.rows = rows;
        this.timers = timers;
        this.outbox = outbox;
        this.transactions = newTransactions;
        this.clock = clock;
        this.listener = listener;
        this.entries = entries;
        this.shared = shared;
        this.meter = meter;
    }

    /** Told of the bot's messages once their turn has committed: the web chat's live stream listens. */
    @FunctionalInterface
    public interface MessageListener {
        void sent(String bot, String client, List<Sent> messages);
    }

    /** A bot message as stored, with the id the web chat pages by. */
    public record Sent(long id, String text, List<Reply.ReplyButton> buttons) {
    }

    /** The bot's messages to the client with an id above {@code after}, oldest first: what a chat page catches up on. */
    public List<Sent> sentAfter(String bot, String client, long after, int limit) {
        return rows.messagesAfter(bot, client, after, List.of("out"), limit).stream()
                .map(m -> new Sent(m.id(), m.text(), m.buttons()))
                .toList();
    }

    public boolean botExists(String bot) {
        return bots.bot(bot).isPresent();
    }

    /** The client says something (typing, or pressing a button). Answers the bot's replies caused by it. */
    public List<Sent> input(String botName, String client, String text, Channel channel) {
        return input(botName, client, text, channel, ANYONE, ANYONE);
    }

    /**
     * An input that may come twice (a Telegram update fetched again): {@code firstTime} runs inside the turn's
     * transaction, holding the dialog's lock, and when it says no, nothing is played or stored.
     */
    public List<Sent> inputOnce(String botName, String client, String text, Channel channel, BooleanSupplier firstTime) {
        return input(botName, client, text, channel, firstTime, ANYONE);
    }

    /**
     * An input on a channel where not everyone may start a conversation: {@code mayStart} is asked, inside the
     * turn, only when the dialog does not exist yet; when it says no, {@link NoConversation} is thrown and
     * nothing is stored.
     */
    public List<Sent> inputIfMayStart(String botName, String client, String text, Channel channel, BooleanSupplier mayStart) {
        return input(botName, client, text, channel, ANYONE, mayStart);
    }

    private List<Sent> input(String botName, String client, String text, Channel channel, BooleanSupplier firstTime,
                             BooleanSupplier mayStart) {
        try {
            return play(meter.start(Kind.INPUT, channel.messenger()), botName, client,
                    new DialogRows.NewMessage("in", text, List.of()),
                    (bot, dialog) -> firstTime.getAsBoolean() ? engine.onInput(bot, dialog, Input.message(text), channel) : null,
                    mayStart, null);
        } catch (NoConversation e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Turn of dialog {}/{} failed; the client gets an apology and the dialog stays as it was", botName, client, e);
            return apologise(botName, client, text, e);
        }
    }

    /** A callback from the outbox reaches the client's dialog of this bot, once: the turn takes it out of the outbox. */
    void callback(long outboxId, String botName, String client, String text) {
        if (!botExists(botName)) {
            log.warn("Dropping callback {} for {}: bot {} no longer exists", outboxId, client, botName);
            transactions.executeWithoutResult(status -> outbox.claim(outboxId));
            return;
        }
        try {
            play(meter.start(Kind.CALLBACK, null), botName, client, new DialogRows.NewMessage("callback", text, List.of()),
                    (bot, dialog) -> engine.onInput(bot, dialog, Input.callback(text), channelOf(dialog)), ANYONE,
                    outbox.claimOf(outboxId));
        } catch (RuntimeException e) {
            giveUp(botName, client, "callback", e, () -> outbox.claim(outboxId));
        }
    }

    /** A timer fires; nothing happens if it fired before (its row is gone) or the dialog no longer counts it. */
    void fire(String timerId) {
        Optional<DialogTimers.Stored> stored = timers.find(timerId);
        stored.ifPresent(timer -> {
            try {
                play(meter.start(Kind.TIMER, null), timer.bot(), timer.client(), null, (bot, dialog) ->
                        engine.onTimer(bot, dialog, timer.timer(), channelOf(dialog)), ANYONE, timers.claimOf(timerId));
            } catch (RuntimeException e) {
                giveUp(timer.bot(), timer.client(), "timer", e, () -> timers.claim(timerId));
            }
        });
    }

    /**
     * A callback's or timer's turn failed. When the database is out of reach it is thrown on, so that
     * the outbox or the scheduler tries again later; any other failure would fail again the same
     * way, so the callback or timer is used up and the owner finds the fault in bot_error.
     */
    private void giveUp(String botName, String client, String what, RuntimeException failure, Runnable useUp) {
        if (failure instanceof TransientDataAccessException || failure instanceof DataAccessResourceFailureException
                || failure instanceof RecoverableDataAccessException) {
            throw failure;
        }
        log.error("The {} turn of dialog {}/{} failed; it is dropped", what, botName, client, failure);
        transactions.executeWithoutResult(status -> {
            useUp.run();
            Instant now = clock.instant();
            Dialog dialog = rows.lock(botName, client, now);
            rows.addError(client, new BotError(botName, dialog.block(), 0, 0, "the " + what + " turn failed ("
                    + failure.getClass().getSimpleName() + ", see the app's log); it was dropped"), now);
        });
    }

    /** Plays one turn, timed as {@code metered} from the start to the listeners told, a failure counted as one. */
    private List<Sent> play(TurnMeter.Turn metered, String botName, String client, DialogRows.NewMessage cause, TurnMaker maker,
                            BooleanSupplier mayStart, DialogRows.Claim claim) {
        boolean played = false;
        try {
            List<Sent> sent = playTurn(metered, botName, client, cause, maker, mayStart, claim);
            played = true;
            return sent;
        } finally {
            metered.stop(played);
        }
    }

    /**
     * One turn in one transaction. When the turn wrote project variables that another dialog changed
     * after this one read them, nothing of it is kept and it is played again, so no write is lost.
     * The message that caused the turn (none for a timer) is stored with the turn's own, in one statement.
     * A callback's or a timer's turn takes its row ({@code claim}) as it locks the dialog, and is not played when
     * another run took the row first.
     */
    private List<Sent> playTurn(TurnMeter.Turn metered, String botName, String client, DialogRows.NewMessage cause,
                                TurnMaker maker, BooleanSupplier mayStart, DialogRows.Claim claim) {
        Set<String> contended = new TreeSet<>();
        for (int attempt = 1; ; attempt++) {
            List<Sent> sent = new ArrayList<>();
            try {
                transactions.executeWithoutResult(status -> {
                    Bot bot = bots.bot(botName).orElseThrow(() -> new IllegalArgumentException("no bot named " + botName));
                    Optional<Dialog> locked = claim == null ? Optional.of(rows.lock(botName, client, clock.instant(), mayStart))
                            : rows.lockClaiming(botName, client, clock.instant(), mayStart, claim);
                    if (locked.isEmpty()) {
                        return; // another run of the callback or timer took it first
                    }
                    Dialog dialog = locked.get();
                    if (!contended.isEmpty()) {
                        shared.lockProject(botName, contended);
                    }
                    metered.from(text(dialog.variables().get("messenger"), "web"));
                    Turn turn = maker.make(bot, dialog);
                    if (turn != null) {
                        sent.addAll(store(status, turn, cause));
                    }
                });
            } catch (ProjectVariableConflict conflict) {
                contended.addAll(conflict.used());
                if (attempt < MAX_ATTEMPTS) {
                    continue;
                }
                throw conflict;
            }
            if (!sent.isEmpty()) {
                listener.sent(botName, client, sent);
            }
            return sent;
        }
    }

    /**
     * Stores what the turn did. The dialog's state, its funnel entries, its timers' rows and its messages go last, in one
     * statement that on PostgreSQL also commits ({@link DialogRows#saveTurnLast}): so everything else is written first.
     */
    private List<Sent> store(TransactionStatus status, Turn turn, DialogRows.NewMessage cause) {
        Instant now = clock.instant();
        Dialog dialog = turn.dialog();
        List<BotError> errors = new ArrayList<>(turn.errors());
        shared.store(dialog.bot(), turn.shared(), now,
                problem -> errors.add(new BotError(dialog.bot(), dialog.block(), 0, 0, problem)));
        for (Callback callback : turn.callbacks()) {
            outbox.add(dialog.bot(), callback.clientId(), callback.text());
        }
        for (BotError error : errors) {
            log.warn("Bot error in dialog with {}: {}", dialog.clientId(), error);
            rows.addError(dialog.clientId(), error, now);
        }
        List<Writes.Write> alsoWrite = new ArrayList<>(3);
        if (!turn.entered().isEmpty()) {
            alsoWrite.add(entries.write(dialog.bot(), dialog.clientId(), turn.entered(), now));
        }
        alsoWrite.addAll(timers.schedule(dialog.bot(), dialog.clientId(), turn.timers()));
        List<DialogRows.NewMessage> messages = new ArrayList<>();
        if (cause != null) {
            messages.add(cause);
        }
        turn.replies().forEach(reply -> messages.add(new DialogRows.NewMessage("out", reply.text(), reply.buttons())));
        List<Long> ids = rows.saveTurnLast(status, dialog, now, alsoWrite, messages);
        int first = cause == null ? 0 : 1;
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < turn.replies().size(); i++) {
            Reply reply = turn.replies().get(i);
            sent.add(new Sent(ids.get(first + i), reply.text(), reply.buttons()));
        }
        return sent;
    }

    private List<Sent> apologise(String botName, String client, String text, RuntimeException failure) {
        try {
            return transactions.execute(status -> {
                Instant now = clock.instant();
                Dialog dialog = rows.lock(botName, client, now);
                rows.addMessage(botName, client, "in", text, List.of(), now);
                // The owner learns of it where bot faults go; the exception's class only, its message may hold client data.
                rows.addError(client, new BotError(botName, dialog.block(), 0, 0, "the turn failed ("
                        + failure.getClass().getSimpleName() + ", see the app's log); the client got an apology"), now);
                return List.of(new Sent(rows.addMessage(botName, client, "out", SORRY, List.of(), now), SORRY, List.of()));
            });
        } catch (RuntimeException e) {
            log.error("Could not even apologise in dialog {}/{}", botName, client, e);
            return List.of();
        }
    }

    private static Channel channelOf(Dialog dialog) {
        Map<String, Object> v = dialog.variables();
        return new Channel(text(v.get("messenger"), "web"), text(v.get("platform_id"), dialog.clientId()),
                text(v.get("name"), ""), text(v.get("full_name"), ""));
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    private static final BooleanSupplier ANYONE = () -> true;

    /** The client may not start a conversation here (a web chat id the server did not issue): nothing was stored. */
    public static final class NoConversation extends RuntimeException {
        NoConversation() {
            super("no conversation", null, false, false);
        }
    }

    @FunctionalInterface
    private interface TurnMaker {
        /** The turn to store, or null when there is nothing to do after all. */
        Turn make(Bot bot, Dialog dialog);
    }
}
