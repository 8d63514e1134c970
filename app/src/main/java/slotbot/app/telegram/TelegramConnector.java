package slotbot.app.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import slotbot.app.Backoff;
import slotbot.app.SlotbotProperties;
import slotbot.app.dialog.DialogTurns;
import slotbot.app.metrics.RateLimits;
import slotbot.app.text.HostileText;
import slotbot.funnel.dialog.Channel;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One bot on Telegram: takes its updates (from the long-poll session or the webhook), plays each text and button
 * press as the client's input, and sends the bot's messages to the chat.
 *
 * <p>Order: every update of a chat is played on that chat's lane ({@link ChatLanes}), one at a time, in the order
 * they came; every call to the Bot API for a chat (a message, a button press answered) goes on that chat's send lane,
 * in the order it was queued, so that a slow or unreachable Bot API never holds up a turn, a webhook's answer or the
 * confirmation of a polled update. The replies to an input are queued by the lane that played it, from what
 * {@link DialogTurns#input} returns (which includes the apology sent when a turn fails, a message no listener hears
 * of). Messages that timers and callbacks cause reach {@link #sent}; the notice that the input itself causes on the
 * playing lane is skipped, since its messages are in the return value.
 *
 * <p>Several instances: an update is played once whichever instance gets it, and however often: its update_id is
 * claimed in the turn's transaction ({@link TelegramStore#claim}). What a later update needs to know (which chats show
 * a reply keyboard, the labels of long buttons) is in the database, for whichever instance plays it.
 */
final class TelegramConnector {

    static final String CLIENT_PREFIX = "tg-";
    static final String ONLY_TEXT = "Я понимаю только текст. Напишите, пожалуйста, сообщение или нажмите кнопку.";
    static final String TOO_LONG = "Сообщение слишком длинное. Напишите, пожалуйста, покороче: до "
            + TelegramMessages.MAX_TEXT + " символов.";
    static final String TOO_FAST = "Слишком много сообщений подряд. Подождите немного и напишите снова.";
    static final String STALE_BUTTON = "Эта кнопка устарела. Напишите, пожалуйста, сообщение.";
    static final String NO_BOT = "Бот сейчас недоступен. Попробуйте, пожалуйста, позже.";

    private static final Logger log = LoggerFactory.getLogger(TelegramConnector.class);
    private static final int LANES = 4;
    private static final int LANE_CAPACITY = 1_000;
    private static final int REMEMBERED_UPDATES = 10_000;

    private final String bot;
    private final SlotbotProperties.TelegramBot settings;
    private final DialogTurns turns;
    private final TelegramContacts contacts;
    private final BotApi api;
    private final TelegramMessages messages;
    private final ChatLanes lanes;
    private final ChatLanes sends;
    private final TelegramStore store;
    private final TelegramFloodGuard guard;
    private final LongPolling polling;
    private final ThreadLocal<String> playing = new ThreadLocal<>();
    private final AtomicLong failedUpdates = new AtomicLong();
    private final Map<Integer, Boolean> seen = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
            return size() > REMEMBERED_UPDATES;
        }
    });
    private volatile boolean closed;

    TelegramConnector(String bot, SlotbotProperties.TelegramBot settings, SlotbotProperties.Telegram telegram,
                      URI publicUrl, DialogTurns turns, TelegramContacts contacts, RateLimits refusals, TelegramStore store) {
        this.bot = bot;
        this.settings = settings;
        this.turns = turns;
        this.contacts = contacts;
        this.api = new BotApi(bot, settings.token(), telegram.apiUrl(), telegram.requestTimeout());
        this.store = store;
        this.messages = new TelegramMessages(bot, publicUrl, new TelegramMessages.Labels() {
            @Override
            public void remember(String key, String label) {
                store.rememberLabel(key, label);
            }

            @Override
            public Optional<String> recall(String key) {
                return store.label(key);
            }
        });
        this.guard = new TelegramFloodGuard(telegram.burst(), telegram.ratePerSecond(), refusals);
        this.lanes = new ChatLanes("slotbot-telegram-" + bot, LANES, LANE_CAPACITY);
        this.sends = new ChatLanes("slotbot-telegram-" + bot + "-send", LANES, LANE_CAPACITY);
        this.polling = settings.byWebhook() ? null
                : new LongPolling(bot, api, store, telegram.pollTimeout(), telegram.lease(), this::take);
    }

    String bot() {
        return bot;
    }

    boolean byWebhook() {
        return settings.byWebhook();
    }

    /** Compares in constant time, so that the answer's timing does not tell how much of a guess was right. */
    boolean admits(String secret) {
        return secret != null && MessageDigest.isEqual(sha256(secret), sha256(settings.webhookSecret()));
    }

    /** Connects in the background, trying again with growing pauses, so that the app starts whether Telegram answers or not. */
    void start(ScheduledExecutorService starter) {
        starter.execute(() -> connect(starter, 1));
    }

    void close() {
        closed = true;
        if (polling != null) {
            polling.close();
        }
        lanes.close(Duration.ofSeconds(5));
        sends.close(Duration.ofSeconds(5));
        api.close();
    }

    /**
     * An update, polled or posted to the webhook, queued on its chat's lane; never throws (a long-poll session would
     * stop for good if it did). Its future is done once it was played (true), at once when there is nothing to play
     * (a repeat, a flood: true), or when it could not be queued (false: the lane is full or closed), so that Telegram
     * can be asked to send it again.
     */
    CompletableFuture<Boolean> take(Update update) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        try {
            if (!dispatch(update, done)) {
                done.complete(false);
            }
        } catch (Throwable e) {
            log.error("Bot {}: could not take update {} ({} failed updates since start); going on with the next", bot,
                    update == null ? null : update.getUpdateId(), failedUpdates.incrementAndGet(), e);
            done.complete(true);
        }
        return done;
    }

    /** A listener's news: the bot's messages to a client, whatever caused them. */
    void sent(String client, List<DialogTurns.Sent> sent) {
        if (client.equals(playing.get())) {
            return;
        }
        Long chat = chatOf(client);
        if (chat != null) {
            sends.submit(chat, "messages " + ids(sent), () -> deliver(chat, sent, false, false));
        }
    }

    static Long chatOf(String client) {
        if (!client.startsWith(CLIENT_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(client.substring(CLIENT_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Queues the update; {@code done} completes (true) once it was handled, or at once when there is nothing to do. */
    private boolean dispatch(Update update, CompletableFuture<Boolean> done) {
        Long chat = chatOf(update);
        if (chat == null) {
            log.debug("Bot {}: update {} is neither a chat message nor a button press in a chat; ignored", bot, update.getUpdateId());
            return done.complete(true);
        }
        Integer id = update.getUpdateId();
        if (id != null && seen.put(id, Boolean.TRUE) != null) {
            log.debug("Bot {}: update {} came again; ignored", bot, id);
            return done.complete(true);
        }
        boolean queued = switch (guard.admit(chat)) {
            case ADMITTED -> lanes.submit(chat, "update " + id, () -> handled(done, () -> handle(chat, update)));
            case REFUSED_FIRST -> sends.submit(chat, "update " + id + " (flood notice)", () -> refuse(chat, update, true))
                    && done.complete(true);
            case REFUSED -> {
                log.debug("Bot {}: chat {} writes too fast; update {} dropped", bot, chat, id);
                yield (!update.hasCallbackQuery() || sends.submit(chat, "update " + id + " (dropped press)", () -> refuse(chat, update, false)))
                        && done.complete(true);
            }
        };
        if (!queued && id != null) {
            seen.remove(id);
        }
        return queued;
    }

    private static Long chatOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return null;
    }

    /** Runs the work and then says the update was handled, whether it went well or not (a failure is logged by the lane). */
    private static void handled(CompletableFuture<Boolean> done, Runnable work) {
        try {
            work.run();
        } finally {
            done.complete(true);
        }
    }

    private void handle(long chat, Update update) {
        Integer id = update.getUpdateId();
        if (update.hasCallbackQuery()) {
            pressed(chat, id, update.getCallbackQuery());
        } else {
            said(chat, id, update.getMessage());
        }
    }

    private void said(long chat, Integer id, Message message) {
        if (message.hasContact()) {
            sharedContact(chat, id, message);
            return;
        }
        if (!message.hasText()) {
            answerOnce(chat, id, ONLY_TEXT);
            return;
        }
        String text = HostileText.cleaned(message.getText()).strip();
        if (text.length() > TelegramMessages.MAX_TEXT) {
            answerOnce(chat, id, TOO_LONG);
        } else if (!text.isEmpty()) {
            play(chat, id, text, channel(chat, message.getFrom(), message.getChat()), false);
        }
    }

    /** The client's own contact, shared by a phone button: it sets their phone and arrives as the number, in E.164. */
    private void sharedContact(long chat, Integer id, Message message) {
        Optional<String> phone = contacts.shared(CLIENT_PREFIX + chat, message.getContact(), message.getFrom());
        if (phone.isEmpty()) {
            answerOnce(chat, id, ONLY_TEXT);
            return;
        }
        play(chat, id, phone.get(), channel(chat, message.getFrom(), message.getChat()), true);
    }

    /** Answers the press first, whatever happens next, so that the client's button stops spinning. */
    private void pressed(long chat, Integer id, CallbackQuery query) {
        MaybeInaccessibleMessage origin = query.getMessage();
        Optional<String> label = messages.label(query.getData(), origin);
        if (label.isEmpty() && !firstTime(id)) {
            return;
        }
        sends.submit(chat, "answer to press " + id, () -> api.answer(query.getId(), label.isPresent() ? null : STALE_BUTTON));
        label.ifPresent(text -> play(chat, id, text, channel(chat, query.getFrom(), origin.getChat()), false));
    }

    /** A polite answer that is no turn: sent unless the update was handled before (here or on another instance). */
    private void answerOnce(long chat, Integer id, String text) {
        if (firstTime(id)) {
            send(chat, text);
        }
    }

    private boolean firstTime(Integer id) {
        return id == null || store.claim(id);
    }

    private void refuse(long chat, Update update, boolean tell) {
        if (update.hasCallbackQuery()) {
            api.answer(update.getCallbackQuery().getId(), TOO_FAST);
        } else if (tell) {
            send(chat, TOO_FAST);
        }
    }

    /**
     * Plays the input unless its update was played before (claimed in the turn's own transaction), then queues the
     * replies on the chat's send lane.
     *
     * @param sharedContact the input is a contact, which only a reply keyboard's phone button sends
     */
    private void play(long chat, Integer id, String text, Channel channel, boolean sharedContact) {
        if (!turns.botExists(bot)) {
            log.warn("Bot {} is connected to Telegram but not installed; chat {} is told it is unavailable", bot, chat);
            answerOnce(chat, id, NO_BOT);
            return;
        }
        String client = CLIENT_PREFIX + chat;
        contacts.fillName(client, channel.fullName());
        List<DialogTurns.Sent> replies;
        boolean[] replayed = {false};
        playing.set(client);
        try {
            replies = turns.inputOnce(bot, client, text, channel, () -> {
                replayed[0] = !firstTime(id);
                return !replayed[0];
            });
        } finally {
            playing.remove();
        }
        if (replayed[0]) {
            log.info("Bot {}: update {} was played before (on this or another instance); skipped", bot, id);
            return;
        }
        sends.submit(chat, "replies " + ids(replies), () -> deliver(chat, replies, true, sharedContact));
    }

    /**
     * Sends the bot's messages. A reply keyboard stays on the client's screen until a message removes it (hidden once
     * used, it can be opened again): when the client has answered one, the first of the replies that does not ask for
     * the phone again removes it; one that asks again shows a new keyboard in its place.
     */
    private void deliver(long chat, List<DialogTurns.Sent> sent, boolean repliesToInput, boolean sharedContact) {
        boolean remove = repliesToInput && (store.takeReplyKeyboard(chat) || sharedContact);
        for (DialogTurns.Sent message : sent) {
            List<SendMessage> parts = messages.render(chat, message);
            if (TelegramMessages.asksForPhone(message)) {
                store.rememberReplyKeyboard(chat);
                remove = false;
            } else if (remove) {
                parts = TelegramMessages.removingReplyKeyboard(parts);
                remove = false;
            }
            for (SendMessage part : parts) {
                send(message.id(), part);
            }
        }
        if (remove) {
            // Nothing was sent that could take it away: the replies to the next input will.
            store.rememberReplyKeyboard(chat);
        }
    }

    /** Queues a text on the chat's send lane. */
    private void send(long chat, String text) {
        sends.submit(chat, "notice", () -> send(0, SendMessage.builder().chatId(chat).text(text).build()));
    }

    /** A message Telegram will not take is logged and skipped: the next one may well go through. */
    private void send(long id, SendMessage part) {
        try {
            api.send(part);
        } catch (BotApiCallFailed e) {
            if (e.refused() && TelegramMessages.hasLinks(part)) {
                log.warn("Bot {}: Telegram refused message {} with its links ({}); sending it without them", bot, id, e.getMessage());
                send(id, TelegramMessages.withoutLinks(part));
                return;
            }
            log.warn("Bot {}: message {} did not reach chat {}: {}", bot, id, part.getChatId(), e.getMessage());
        }
    }

    private void connect(ScheduledExecutorService starter, int attempt) {
        if (closed) {
            return;
        }
        try {
            User me = api.me();
            if (settings.webhookUrl() != null) {
                api.register(SetWebhook.builder().url(settings.webhookUrl().toString()).secretToken(settings.webhookSecret())
                        .allowedUpdates(LongPolling.UPDATES).build());
            }
            if (polling != null) {
                polling.start();
            }
            log.info("Bot {} is connected to Telegram as @{} and takes updates by {}", bot, me.getUserName(),
                    polling != null ? "long polling" : settings.webhookUrl() != null
                            ? "webhook at " + settings.webhookUrl() : "webhook at POST /telegram/" + bot + " (register it with setWebhook)");
        } catch (BotApiCallFailed e) {
            if (e.code() != null && (e.code() == 401 || e.code() == 404)) {
                log.error("Telegram does not know the token of bot {} ({}); check slotbot.telegram.bots.{}.token. The bot stays "
                        + "off Telegram until the app restarts", bot, e.getMessage(), bot);
                return;
            }
            reconnect(starter, attempt, e.getMessage());
        }
    }

    private void reconnect(ScheduledExecutorService starter, int attempt, String why) {
        if (closed) {
            return;
        }
        Duration pause = Backoff.TELEGRAM_CONNECT.after(attempt).orElseThrow();
        log.warn("Bot {} could not connect to Telegram ({}); trying again in {} s", bot, why, pause.toSeconds());
        try {
            starter.schedule(() -> connect(starter, attempt + 1), pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Bot {}: the app is stopping; no more tries to connect", bot);
        }
    }

    /** Who writes: the person pressing or typing, or, when Telegram names nobody, the chat itself. */
    private static Channel channel(long chat, User user, Chat where) {
        String first = "";
        String last = "";
        if (user != null) {
            first = text(user.getFirstName());
            last = text(user.getLastName());
        } else if (where != null) {
            first = text(where.getFirstName() != null ? where.getFirstName() : where.getTitle());
            last = text(where.getLastName());
        }
        return new Channel("telegram", Long.toString(chat), first, (first + " " + last).strip());
    }

    /** A name as Telegram gives it, made storable: it may hold anything its owner typed (NUL included). */
    private static String text(String value) {
        return value == null ? "" : HostileText.cleaned(value);
    }

    private static String ids(List<DialogTurns.Sent> sent) {
        return sent.stream().map(m -> Long.toString(m.id())).toList().toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
