package slotbot.funnel.transcript;

import slotbot.funnel.bot.Arrow;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.bot.BotReader;
import slotbot.funnel.calc.CalcException;
import slotbot.funnel.calc.CallContext;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.Limits;
import slotbot.funnel.calc.Render;
import slotbot.funnel.calc.Variables;
import slotbot.funnel.dialog.BookingGateway;
import slotbot.funnel.dialog.BotFunctions;
import slotbot.funnel.dialog.Channel;
import slotbot.funnel.dialog.ClientContacts;
import slotbot.funnel.dialog.SharedChanges;
import slotbot.funnel.dialog.SharedVariables;
import slotbot.funnel.dialog.Dialog;
import slotbot.funnel.dialog.DialogEngine;
import slotbot.funnel.dialog.Input;
import slotbot.funnel.dialog.Reply;
import slotbot.funnel.dialog.Timer;
import slotbot.funnel.dialog.Turn;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a transcript's steps against the dialog engine as the app does: one turn per message,
 * callback or due timer; a turn's callbacks and the booking changes it made are delivered after it,
 * first come first served; timers fire when a step lets the time pass beyond them.
 */
final class Player {

    static final Set<String> HEADER_KEYS = Set.of("bot", "clock", "client");
    /** The app's default zone (slotbot.timezone) for a bot file that names none. */
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");
    private static final int MAX_CALLBACKS_PER_STEP = 100;
    private static final Pattern WAIT = Pattern.compile("(\\d{1,7})(s|m|h|d)");

    private record Pending(String client, Timer timer, long order) {
    }

    private record Delivery(String client, String text, boolean existingDialogOnly) {
    }

    private final StepClock clock;
    private final Calculator calculator;
    private final DialogEngine engine;
    private final Bot bot;
    private final String mainClient;
    private final Map<String, Dialog> dialogs = new HashMap<>();
    private final SharedVariables.Memory shared = SharedVariables.inMemory(dialogs);
    private final List<Pending> timers = new ArrayList<>();
    private final Deque<Delivery> deliveries = new ArrayDeque<>();
    private long timersSet;
    private Lines lines;

    Player(Transcript transcript, TranscriptBackend backend) throws Exception {
        Map<String, String> header = transcript.header();
        this.clock = new StepClock(OffsetDateTime.parse(required(header, "clock")).toInstant());
        this.mainClient = header.getOrDefault("client", "web-1");
        BookingGateway bookings = backend.open(header, transcript.file().getParent(), clock,
                (client, text) -> deliveries.add(new Delivery(client, text, true)));
        this.calculator = new Calculator(backend.library(BotFunctions.library(bookings), bookings), Limits.defaults());
        this.engine = new DialogEngine(calculator, clock, backend.contacts(), shared);
        this.bot = readBot(transcript, required(header, "bot"));
    }

    /** Plays one step and answers the lines it shows. */
    List<String> play(Transcript.Step step) {
        lines = new Lines(mainClient);
        String client = step.client() == null ? mainClient : step.client();
        switch (step.kind()) {
            case SAY -> apply(client, engine.onInput(bot, dialog(client), Input.message(step.argument()), Channel.web(client)));
            case CALLBACK -> apply(client, engine.onInput(bot, dialog(client), Input.callback(step.argument()), channelOf(dialog(client))));
            case CALL -> call(client, step.argument());
            case WAIT -> waitFor(wait(step.argument()));
        }
        deliver();
        return lines.lines();
    }

    private void apply(String client, Turn turn) {
        dialogs.put(client, turn.dialog());
        // As the app stores a turn: its project variables, and what it set in other clients' dialogs.
        if (!shared.apply(bot.name(), turn.shared())) {
            throw new IllegalStateException("a project variable changed under a turn, which one player cannot do");
        }
        turn.shared().projectWritten().forEach((name, value) ->
                lines.event(client, "project." + name + " = " + value.map(Player::shown).orElse("(removed)")));
        for (SharedChanges.ClientVariable variable : turn.shared().clientWritten()) {
            Dialog other = dialog(variable.clientId());
            Map<String, Object> values = new HashMap<>(other.variables());
            values.put(variable.name(), variable.value());
            dialogs.put(variable.clientId(), new Dialog(other.bot(), other.clientId(), other.block(), other.visit(),
                    other.timerEpoch(), values, other.visited()));
            lines.event(client, "set " + variable.clientId() + "'s " + variable.name() + " = " + shown(variable.value()));
        }
        turn.replies().forEach(reply -> lines.reply(client, reply));
        turn.errors().forEach(error -> lines.error(client, error));
        for (Timer timer : turn.timers()) {
            timers.add(new Pending(client, timer, timersSet++));
            lines.event(client, "timer set: " + arrow(timer) + " in " + Lines.duration(Duration.between(clock.instant(), timer.fireAt())));
        }
        turn.callbacks().forEach(callback -> deliveries.add(new Delivery(callback.clientId(), callback.text(), false)));
    }

    /** A value on one line of a transcript: its first line, cut to 60 characters. */
    private static String shown(Object value) {
        String text = Render.text(value);
        int end = text.indexOf('\n');
        return end < 0 && text.length() <= 60 ? text : Render.cut(end < 0 ? text : text.substring(0, end) + " …", 60);
    }

    /** Callbacks reach their dialog one turn each, in the order they were sent, as the outbox delivers them. */
    private void deliver() {
        for (int count = 0; !deliveries.isEmpty(); count++) {
            if (count == MAX_CALLBACKS_PER_STEP) {
                throw new IllegalStateException("more than " + MAX_CALLBACKS_PER_STEP
                        + " callbacks after one step: do dialogs answer each other's callbacks forever?");
            }
            Delivery next = deliveries.poll();
            // A booking's callback goes to the dialogs the client has (the app's outbox, bot null), a bot's to its bot's dialog.
            if (!next.existingDialogOnly() || dialogs.containsKey(next.client())) {
                lines.event(next.client(), "callback: " + next.text());
                Dialog dialog = dialog(next.client());
                apply(next.client(), engine.onInput(bot, dialog, Input.callback(next.text()), channelOf(dialog)));
            }
        }
    }

    /** Lets the time pass: each timer due by then fires at its own time, in order, with what it causes delivered before the next. */
    private void waitFor(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (true) {
            Pending next = timers.stream().filter(p -> !p.timer().fireAt().isAfter(end))
                    .min(Comparator.comparing((Pending p) -> p.timer().fireAt()).thenComparingLong(Pending::order)).orElse(null);
            if (next == null) {
                break;
            }
            timers.remove(next);
            clock.set(next.timer().fireAt());
            fire(next);
            deliver();
        }
        clock.set(end);
    }

    private void fire(Pending pending) {
        Dialog before = dialog(pending.client());
        Turn turn = engine.onTimer(bot, before, pending.timer(), channelOf(before));
        boolean nothing = turn.replies().isEmpty() && turn.errors().isEmpty() && turn.timers().isEmpty()
                && turn.callbacks().isEmpty() && turn.dialog().equals(before);
        lines.event(pending.client(), "timer fires: " + arrow(pending.timer()) + (nothing ? " (nothing happens)" : ""));
        apply(pending.client(), turn);
    }

    /** An integrator or the owner calls a booking function for the client (the function or admin API), outside any dialog. */
    private void call(String client, String expression) {
        try {
            Object answer = calculator.evaluate(calculator.parseExpression(expression), Variables.inMemory(),
                    CallContext.of(clock, bot.zone(), client));
            lines.answer(client, Render.text(answer));
        } catch (CalcException e) {
            lines.answer(client, "error: " + e.getMessage());
        }
    }

    /** The client's dialog, made on first contact as the app's dialog row is, so that a booking's callback finds it. */
    private Dialog dialog(String client) {
        return dialogs.computeIfAbsent(client, c -> Dialog.fresh(bot.name(), c));
    }

    /** As the app's DialogTurns: a callback or a timer answers on the channel the client last wrote from. */
    private static Channel channelOf(Dialog dialog) {
        Map<String, Object> v = dialog.variables();
        return new Channel(text(v.get("messenger"), "web"), text(v.get("platform_id"), dialog.clientId()),
                text(v.get("name"), ""), text(v.get("full_name"), ""));
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    private String arrow(Timer timer) {
        String target = bot.block(timer.block()).map(b -> b.arrows().get(timer.arrowIndex())).map(Arrow::target).orElse("?");
        return timer.block() + " -> " + target;
    }

    private Bot readBot(Transcript transcript, String path) throws Exception {
        String name = path.replaceAll(".*/", "").replaceAll("\\.ya?ml$", "");
        Object file;
        if (path.startsWith("/")) {
            try (var in = Player.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("bot: no resource " + path + " on the test class path");
                }
                file = YAMLMapper.builder().build().readValue(in, Map.class);
            }
        } else {
            file = YAMLMapper.builder().build().readValue(transcript.file().resolveSibling(path).toFile(), Map.class);
        }
        return new BotReader(calculator, DEFAULT_ZONE).read(name, (Map<?, ?>) file);
    }

    static Duration wait(String text) {
        Duration total = Duration.ZERO;
        for (String part : text.split("\\s+")) {
            Matcher m = WAIT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("~ expected a time such as 10m, 1h 30m, 2d or 45s, got \"" + text + "\"");
            }
            long amount = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            });
        }
        return total;
    }

    private static String required(Map<String, String> header, String key) {
        String value = header.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the header needs \"" + key + ":\" (" + switch (key) {
                case "bot" -> "the bot file, relative to the transcript or /on/the/class/path.yaml";
                case "clock" -> "when the conversation starts, such as 2030-03-04T09:00+03:00";
                default -> "a value";
            } + ")");
        }
        return value;
    }
}
