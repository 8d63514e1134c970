package slotbot.app.studio;

import slotbot.booking.calendar.Booking;
import slotbot.booking.calendar.BookingEvent;
import slotbot.funnel.bot.Arrow;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.dialog.BotError;
import slotbot.funnel.dialog.Callback;
import slotbot.funnel.dialog.Channel;
import slotbot.funnel.dialog.Dialog;
import slotbot.funnel.dialog.DialogEngine;
import slotbot.funnel.dialog.Input;
import slotbot.funnel.dialog.Reply;
import slotbot.funnel.dialog.Timer;
import slotbot.funnel.dialog.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One test chat of the studio for one exchange: a dialog with a draft of a bot, read from its stored state and
 * written back after (see {@link Sandboxes}), never in the dialogs the statistics count. Its timers wait until the owner fires them; the booking changes its code makes come
 * back as the calendar's callbacks, as they would in a real dialog; callbacks to other clients are only noted.
 */
final class Sandbox {

    /** Callback rounds after one input: a bot that books in answer to its own callback stops here. */
    private static final int MAX_CALLBACK_ROUNDS = 10;

    private final String bot;
    private final String client;
    private final boolean realBookings;
    private final DialogEngine engine;
    private final List<BookingEvent> events;
    private final Supplier<List<Booking>> drafts;
    private final List<Timer> timers;
    private Dialog dialog;

    Sandbox(String bot, String client, boolean realBookings, DialogEngine engine, List<BookingEvent> events,
            Supplier<List<Booking>> drafts, Dialog dialog, List<Timer> timers) {
        this.bot = bot;
        this.client = client;
        this.realBookings = realBookings;
        this.engine = engine;
        this.events = events;
        this.drafts = drafts;
        this.dialog = dialog;
        this.timers = new ArrayList<>(timers);
    }

    /** What one exchange did: the bot's replies, the blocks entered, the author's errors and what else happened. */
    record Played(List<Reply> replies, List<String> entered, List<String> errors, List<String> notes) {
    }

    boolean botIs(String name) {
        return bot.equals(name);
    }

    String client() {
        return client;
    }

    boolean realBookings() {
        return realBookings;
    }

    Dialog dialog() {
        return dialog;
    }

    String block() {
        return dialog.block();
    }

    List<Timer> timers() {
        return List.copyOf(timers);
    }

    List<Booking> drafts() {
        return drafts.get();
    }

    synchronized Played say(Bot bot, String text) {
        Played played = new Played(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        take(engine.onInput(bot, dialog, Input.message(text), channel()), played);
        calendarAnswers(bot, played);
        return played;
    }

    /** Fires a pending timer now, as if its time had come. */
    synchronized Played fire(Bot bot, int index) {
        Played played = new Played(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Timer timer = timers.remove(index);
        take(engine.onTimer(bot, dialog, timer, channel()), played);
        calendarAnswers(bot, played);
        return played;
    }

    /** The callbacks the calendar sends the client's dialog after the booking changes of the turn. */
    private void calendarAnswers(Bot bot, Played played) {
        for (int round = 0; round < MAX_CALLBACK_ROUNDS && !events.isEmpty(); round++) {
            List<BookingEvent> happened = List.copyOf(events);
            events.clear();
            for (BookingEvent event : happened) {
                if (!event.callbackText().isEmpty()) {
                    take(engine.onInput(bot, dialog, Input.callback(event.callbackText()), channel()), played);
                }
            }
        }
        events.clear();
    }

    private void take(Turn turn, Played played) {
        dialog = turn.dialog();
        played.replies().addAll(turn.replies());
        turn.entered().forEach(e -> played.entered().add(e.block()));
        for (BotError error : turn.errors()) {
            played.errors().add("block '" + error.block() + "'" + (error.line() > 0 ? ", code line " + error.line() + ":" + error.column() : "")
                    + ": " + error.message());
        }
        for (Callback callback : turn.callbacks()) {
            played.notes().add("callback to " + callback.clientId() + " (not sent from the sandbox): " + callback.text());
        }
        timers.addAll(turn.timers());
    }

    /** Where a pending timer's arrow leads, for the owner to see. */
    static String target(Bot bot, Timer timer) {
        return bot.block(timer.block()).filter(b -> timer.arrowIndex() < b.arrows().size())
                .map(b -> b.arrows().get(timer.arrowIndex())).map(Arrow::target).orElse("?");
    }

    private Channel channel() {
        return new Channel("web", client, "", "");
    }
}
