package slotbot.funnel.dialog;

import slotbot.funnel.bot.Arrow;
import slotbot.funnel.bot.Block;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.bot.BotLimits;
import slotbot.funnel.calc.CalcException;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.DateTexts;
import slotbot.funnel.calc.Diagnostic;
import slotbot.funnel.calc.Program;
import slotbot.funnel.calc.Render;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plays a bot: takes a dialog and one input (or one fired timer) and answers with the dialog after
 * it and what it caused. Pure but for the booking calls bot code makes; the caller stores the turn
 * whole or not at all.
 *
 * <p>An input is matched, first match wins: start-condition blocks, then the current block's
 * arrows, then quick answers, then the fallback. Entering a block runs its code, builds its
 * buttons, sends its text, moves the client if it is a state, sets timers for its delayed arrows
 * and follows the first zero-delay arrow whose condition holds.
 */
public final class DialogEngine {

    /** Zero-delay hops one turn may make: a loop in a bot ends the turn instead of hanging the dialog. */
    public static final int MAX_HOPS = 50;
    private static final int MAX_CACHED_PROGRAMS = 10_000;
    /** The furthest an {@code at} timer may be set, as far as a delay may reach. */
    private static final Duration MAX_AHEAD = Duration.ofDays(366);
    private static final String NONE = "#{none}";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Calculator calculator;
    private final Clock clock;
    /** Parsed block code by its text: bots are few and their code changes only with a new file. */
    private final Map<String, Program> programs = new java.util.concurrent.ConcurrentHashMap<>();

    private final ClientContacts contacts;
    private final SharedVariables shared;

    /** An engine whose clients' names and phones live in memory only, with no project variables (tests, tools). */
    public DialogEngine(Calculator calculator, Clock clock) {
        this(calculator, clock, ClientContacts.inMemory());
    }

    public DialogEngine(Calculator calculator, Clock clock, ClientContacts contacts) {
        this(calculator, clock, contacts, SharedVariables.NONE);
    }

    /**
     * @param shared where project variables and other clients' variables are read; the turn lists
     *               what it writes there ({@link Turn#shared()}) for the caller to store with it
     */
    public DialogEngine(Calculator calculator, Clock clock, ClientContacts contacts, SharedVariables shared) {
        this.calculator = calculator;
        this.clock = clock;
        this.contacts = contacts;
        this.shared = shared;
    }

    public Turn onInput(Bot bot, Dialog dialog, Input input, Channel channel) {
        Run run = new Run(bot, dialog, channel);
        run.variables.set("question", input.text());
        if (!dialog.started() || bot.block(dialog.block()).isEmpty()) {
            if (input.kind() == Input.Kind.CALLBACK) {
                // A callback is not the person speaking: it may start a dialog only through a trigger
                // written for it, never greet someone who never wrote (a booking made for them elsewhere).
                run.triggerOnly(input);
            } else {
                run.enter(bot.startBlock());
            }
        } else {
            run.answer(input);
        }
        return run.finish();
    }

    public Turn onTimer(Bot bot, Dialog dialog, Timer timer, Channel channel) {
        Run run = new Run(bot, dialog, channel);
        Optional<Arrow> arrow = bot.block(timer.block())
                .filter(b -> timer.arrowIndex() < b.arrows().size())
                .map(b -> b.arrows().get(timer.arrowIndex()));
        if (arrow.isPresent() && run.timerStillCounts(timer, arrow.get()) && run.holds(arrow.get(), null, timer.block())) {
            run.follow(arrow.get());
        }
        return run.finish();
    }

    /** The mutable state of one turn. */
    private final class Run {
        private final Bot bot;
        private final Channel channel;
        private final TurnVariables variables;
        private final StoredVariables values;
        private final Set<String> visited;
        private final Map<String, Object> before;
        private final TurnContext context;
        private final ConditionMatcher matcher;
        private final List<Reply> replies = new ArrayList<>();
        private final List<Timer> timers = new ArrayList<>();
        private final List<BotError> errors = new ArrayList<>();
        private final List<Turn.Entered> entered = new ArrayList<>();
        private String block;
        private long visit;
        private long epoch;
        private int hops;
        /** The block entered last, or the dialog's block until one is: where a fault of the whole turn is reported. */
        private String lastEntered;

        Run(Bot bot, Dialog dialog, Channel channel) {
            this.bot = bot;
            this.channel = channel;
            this.before = dialog.variables();
            this.values = StoredVariables.copyOf(before);
            this.variables = new TurnVariables(values, bot.name(), shared);
            this.visited = new LinkedHashSet<>(dialog.visited());
            this.context = new TurnContext(clock, bot.zone(), dialog.clientId(), contacts);
            this.context.play(bot, dialog, variables, visited);
            this.matcher = new ConditionMatcher(bot.fuzzyThreshold());
            this.block = dialog.block();
            this.visit = dialog.visit();
            this.epoch = dialog.timerEpoch();
            this.lastEntered = dialog.block();
        }

        void triggerOnly(Input input) {
            for (Block candidate : bot.startConditionBlocks()) {
                if (triggered(candidate, input.text(), true)) {
                    enter(candidate);
                    return;
                }
            }
            for (Block candidate : bot.quickAnswers()) {
                if (triggered(candidate, input.text(), true)) {
                    enter(candidate);
                    return;
                }
            }
        }

        void answer(Input input) {
            boolean callback = input.kind() == Input.Kind.CALLBACK;
            for (Block candidate : bot.startConditionBlocks()) {
                if (triggered(candidate, input.text(), callback)) {
                    enter(candidate);
                    return;
                }
            }
            Block current = bot.block(block).orElseThrow();
            if (!callback && asksForPhone(current)) {
                // The answer to a phone button, shared or typed: it sets the client's phone when it reads as one.
                context.setPhone(input.text());
                setContact();
            }
            for (Arrow arrow : current.inputArrows()) {
                if ((callback || !arrow.callbacksOnly()) && holds(arrow, input.text(), current.id())) {
                    if (arrow.saveTo() != null) {
                        variables.set(arrow.saveTo(), input.text());
                    }
                    follow(arrow);
                    return;
                }
            }
            for (Block candidate : bot.quickAnswers()) {
                if (triggered(candidate, input.text(), callback)) {
                    enter(candidate);
                    return;
                }
            }
            if (!callback) {
                replies.add(new Reply(bot.fallback(), buttonsOf(current)));
            }
        }

        boolean triggered(Block candidate, String text, boolean callback) {
            if (candidate.trigger().callbacksOnly() && !callback) {
                return false;
            }
            return matcher.matches(candidate.trigger().condition(), text, variables,
                    problem -> problem(candidate.id(), candidate.lines().block(), "trigger, when: " + problem));
        }

        /**
         * Whether an arrow of block {@code owner} holds: its text condition against the input or its
         * variable, and its expression. A condition that cannot be decided does not hold.
         */
        boolean holds(Arrow arrow, String input, String owner) {
            String subject = arrow.variable() != null ? Render.text(variables.get(arrow.variable())) : input;
            if (!arrow.when().matchesAnything() && (subject == null
                    || !matcher.matches(arrow.when(), subject, variables,
                            problem -> problem(owner, arrow.line(), arrowName(arrow) + ", when: " + problem)))) {
                return false;
            }
            return arrow.expression() == null || truthy(arrow, owner);
        }

        boolean timerStillCounts(Timer timer, Arrow arrow) {
            if (timer.epoch() != epoch && !timer.keep()) {
                return false;
            }
            return !arrow.cancelIfLeft() || (timer.block().equals(block) && timer.visit() == visit);
        }

        void follow(Arrow arrow) {
            if (arrow.cancelTimers()) {
                epoch++;
            }
            Optional<Block> target = bot.block(arrow.target());
            if (target.isPresent()) {
                enter(target.get());
            } else {
                // A validated bot has every target; a bot changed under a running dialog may not.
                problem(lastEntered, arrow.line(), arrowName(arrow) + ": no such block; the turn stopped here");
            }
        }

        void enter(Block next) {
            lastEntered = next.id();
            if (++hops > MAX_HOPS) {
                errors.add(new BotError(bot.name(), next.id(), next.lines().block(), 0, "more than " + MAX_HOPS
                        + " blocks in one turn; the turn stopped here (is there a loop of zero-delay arrows?)"));
                return;
            }
            setBuiltins();
            int bookedBefore = context.bookings();
            if (next.hasCode()) {
                runCode(next);
                setContact();
            }
            entered.add(new Turn.Entered(next.id(), context.bookings() > bookedBefore));
            List<Reply.ReplyButton> buttons = buttonsOf(next);
            String text = next.text().strip().equals(NONE) ? ""
                    : TurnBounds.message(Render.template(next.text(), variables, BotLimits.MAX_MESSAGE, context),
                            p -> problem(next.id(), next.lines().text(), p));
            if (!text.isBlank() || !buttons.isEmpty()) {
                replies.add(new Reply(text, buttons));
            }
            if (next.state()) {
                block = next.id();
                visit++;
                visited.add(next.id());
            }
            for (Arrow arrow : next.timedArrows()) {
                fireAt(arrow, next.id()).ifPresent(at -> timers.add(new Timer(next.id(), arrow.index(), visit, epoch, arrow.keep(), at)));
            }
            for (Arrow arrow : next.immediateArrows()) {
                if (holds(arrow, Render.text(variables.get("question")), next.id())) {
                    follow(arrow);
                    return;
                }
            }
        }

        /**
         * When a timed arrow fires: after its delay, or at the time its {@code at} expression gives now, in the bot's
         * zone (at once when that has passed). A value that is no such time sets no timer: the author reads why in
         * bot_error, the client goes on with the block as entered.
         */
        private Optional<Instant> fireAt(Arrow arrow, String owner) {
            Instant now = clock.instant();
            if (arrow.at() == null) {
                return Optional.of(now.plus(arrow.delay()));
            }
            Object value;
            try {
                value = calculator.evaluate(programs.computeIfAbsent("\u0000at " + arrow.at(),
                        key -> calculator.parseExpression(arrow.at())), variables, context);
            } catch (CalcException e) {
                Diagnostic d = e.diagnostic().orElse(new Diagnostic(0, 0, e.reason()));
                errors.add(new BotError(bot.name(), owner, arrow.line() > 0 ? arrow.line() : d.line(), d.column(),
                        arrowName(arrow) + ", at: " + e.reason() + "; no timer was set"));
                return Optional.empty();
            }
            Optional<LocalDateTime> local = DateTexts.dateTime(value);
            if (local.isEmpty()) {
                problem(owner, arrow.line(), arrowName(arrow) + ", at: expected a date and time such as 05.02.2030 10:00"
                        + " (dd.MM.yyyy HH:mm), got " + shown(value) + "; no timer was set");
                return Optional.empty();
            }
            Instant at = ZonedDateTime.of(local.get(), bot.zone()).toInstant();
            if (at.isAfter(now.plus(MAX_AHEAD))) {
                problem(owner, arrow.line(), arrowName(arrow) + ", at: expected a time at most " + MAX_AHEAD.toDays()
                        + " days ahead, got " + shown(value) + "; no timer was set");
                return Optional.empty();
            }
            return Optional.of(at.isBefore(now) ? now : at);
        }

        private static String shown(Object value) {
            String text = value instanceof String s ? "\"" + s + "\"" : Render.text(value);
            return text.length() > 60 ? text.substring(0, 57) + "..." : text;
        }

        private void runCode(Block next) {
            Program program = programs.size() < MAX_CACHED_PROGRAMS
                    ? programs.computeIfAbsent(next.code(), calculator::parse)
                    : calculator.parse(next.code());
            List<Diagnostic> problems = program.ok() ? calculator.run(program, variables, context).errors() : program.diagnostics();
            for (Diagnostic d : problems) {
                errors.add(new BotError(bot.name(), next.id(), next.lines().ofCode(d.line()), d.column(), d.message()));
            }
        }

        private boolean truthy(Arrow arrow, String owner) {
            try {
                Program condition = programs.computeIfAbsent("\u0000if " + arrow.expression(), key -> calculator.parseExpression(arrow.expression()));
                Object value = calculator.evaluate(condition, variables, context);
                return value != null && !Boolean.FALSE.equals(value) && !"".equals(value)
                        && !(value instanceof java.math.BigDecimal d && d.signum() == 0)
                        && !(value instanceof java.util.Collection<?> c && c.isEmpty())
                        && !(value instanceof Map<?, ?> m && m.isEmpty());
            } catch (CalcException e) {
                Diagnostic at = e.diagnostic().orElse(new Diagnostic(0, 0, e.reason()));
                errors.add(new BotError(bot.name(), owner, arrow.line() > 0 ? arrow.line() : at.line(), at.column(),
                        arrowName(arrow) + ", if: " + e.reason()));
                return false;
            }
        }

        private boolean asksForPhone(Block b) {
            return b.buttonsVariable() != null
                    ? ButtonsFromValue.of(variables.get(b.buttonsVariable())).stream().anyMatch(Reply.ReplyButton::asksForPhone)
                    : b.buttons().stream().anyMatch(button -> slotbot.funnel.bot.Button.PHONE.equals(button.type()));
        }

        private List<Reply.ReplyButton> buttonsOf(Block b) {
            List<Reply.ReplyButton> buttons = b.buttonsVariable() != null
                    ? ButtonsFromValue.of(variables.get(b.buttonsVariable()))
                    : b.buttons().stream()
                            .map(button -> new Reply.ReplyButton(Render.template(button.text(), variables, context),
                                    button.url() == null ? null : Render.template(button.url(), variables, context), button.line(),
                                    button.type()))
                            .filter(button -> !button.text().isBlank())
                            .toList();
            return TurnBounds.buttons(buttons, p -> problem(b.id(), b.lines().block(), p));
        }

        /** Something the turn could not do as the bot says: the author reads it in bot_error, the client gets the rest. */
        private void problem(String blockId, int line, String message) {
            errors.add(new BotError(bot.name(), blockId, line, 0, message));
        }

        private static String arrowName(Arrow arrow) {
            return "arrow " + arrow.index() + " to '" + arrow.target() + "'";
        }

        private void setBuiltins() {
            ZonedDateTime now = clock.instant().atZone(bot.zone());
            values.set("client_id", context.clientId());
            values.set("messenger", channel.messenger());
            values.set("platform_id", channel.platformId());
            values.set("name", channel.name());
            values.set("full_name", channel.fullName());
            values.set("current_date", DATE.format(now));
            values.set("next_day", DATE.format(now.plusDays(1)));
            values.set("current_time", TIME.format(now));
            // As the builder: the day of the week as a number, Monday 1 … Sunday 7.
            values.set("weekday", BigDecimal.valueOf(now.getDayOfWeek().getValue()));
            values.set("timestamp", seconds(clock.millis()));
            setContact();
        }

        /**
         * client_name and client_phone as the client's record holds them. While one is unknown the variable keeps
         * what the bot put there itself (a bot that asks for a name and saves it), or "" when it never did.
         */
        private void setContact() {
            ClientContacts.Contact contact = context.contact();
            setKnown("client_name", contact.name());
            setKnown("client_phone", contact.phone());
        }

        private void setKnown(String variable, String value) {
            if (value != null) {
                values.set(variable, value);
            } else {
                values.putIfAbsent(variable, "");
            }
        }

        /** The builder's timestamp: now in seconds since 1970, with milliseconds. */
        private static BigDecimal seconds(long millis) {
            BigDecimal seconds = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
            return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
        }

        Turn finish() {
            String where = lastEntered != null ? lastEntered : block;
            TurnBounds.variables(values, before, p -> problem(where, 0, p));
            Dialog after = new Dialog(bot.name(), context.clientId(), block, visit, epoch, values, visited);
            SharedChanges changes = TurnBounds.shared(variables.changes(), p -> problem(where, 0, p));
            return new Turn(after, replies, timers, context.callbacks(), errors, changes, entered);
        }
    }

}
