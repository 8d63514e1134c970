package slotbot.app.payments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.clients.ClientRows;
import slotbot.app.errors.Conflict;
import slotbot.app.dialog.DialogTurns;
import slotbot.app.dialog.DueTimers;
import slotbot.funnel.dialog.Channel;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payment at the last moment against the demo bot's unpaid-booking timer (seed block 8.2): the two lock the
 * booking's row before they look, so each booking ends one way only: paid and kept, or cancelled with the payment
 * refused ("already cancelled"). Never paid and cancelled. Each round books through the demo bot, lets its ten
 * minutes run out, and starts the payment and the timer's turn together.
 */
@TestPropertySource(properties = {
        "slotbot.demo=true",
        "slotbot.catalog=",
        // The test fires the timers itself, on its own threads: the scheduler stays out of the way.
        "slotbot.timers.polling-interval=1h",
        "spring.datasource.url=jdbc:h2:mem:slotbot-payment-race;DB_CLOSE_DELAY=-1"
})
public abstract class PaymentRaceContract extends AppTestBase {

    private static final int ROUNDS = 30;
    private static final String BOT = "demo";

    @Autowired
    DialogTurns turns;

    @Autowired
    ClientRows clients;

    @Autowired
    DemoPayments payments;

    private enum Outcome { PAID_AND_KEPT, CANCELLED_AND_REFUSED }

    /** What the payment page was told: the payment was taken, or refused with this message (409). */
    private record Paid(boolean taken, String refusal) {
    }

    @Test
    void aPaymentAtTheMomentTheTimerRunsOutEitherKeepsTheBookingOrIsRefused() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int paid = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Booked booked = bookAndLetThePaymentWindowPass();
                CyclicBarrier start = new CyclicBarrier(2);
                // Over HTTP the payment starts later than the timer's turn, called directly it starts sooner: by turns,
                // so that each side wins some rounds.
                boolean overHttp = round % 2 == 0;
                Future<Paid> payment = threads.submit(() -> {
                    start.await();
                    return overHttp ? paid(pay(booked)) : payDirectly(booked);
                });
                Future<?> timer = threads.submit(() -> {
                    start.await();
                    DueTimers.fire(turns, booked.timer());
                    return null;
                });
                timer.get(30, TimeUnit.SECONDS);
                Outcome outcome = outcome(booked, payment.get(30, TimeUnit.SECONDS));
                paid += outcome == Outcome.PAID_AND_KEPT ? 1 : 0;
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.printf("payment race: %d rounds, %d paid and kept, %d cancelled and refused%n", ROUNDS, paid, ROUNDS - paid);
    }

    @Test
    void aPaymentJustBeforeTheTimerKeepsTheBookingThoughItsCallbackHasNotReachedTheDialog() {
        Booked booked = bookAndLetThePaymentWindowPass();

        // The timer's turn comes right after the payment's commit: the dialog may not have heard of it yet.
        assertThat(pay(booked).status()).isEqualTo(200);
        DueTimers.fire(turns, booked.timer());

        assertThat(status(booked)).isEqualTo("active");
        assertThat(botSaid(booked, "Оплата не поступила")).isFalse();
        assertThat(botSaid(booked, "Оплата за запись")).as("nor that the payment did not come").isFalse();
    }

    @Test
    void aPaymentJustAfterTheTimerIsRefusedAsAlreadyCancelled() {
        Booked booked = bookAndLetThePaymentWindowPass();

        DueTimers.fire(turns, booked.timer());
        Api.Answer late = pay(booked);

        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.body().get("message").asString()).isEqualTo("order " + booked.order() + " is already cancelled");
        assertThat(status(booked)).isEqualTo("cancelled");
        assertThat(payments(booked)).isZero();
        assertThat(botSaid(booked, "Оплата не поступила, и запись")).isTrue();
    }

    /** Exactly one of the two ends, whichever came first; the bot told the client only what happened. */
    private Outcome outcome(Booked booked, Paid payment) {
        String status = status(booked);
        int payments = payments(booked);
        assertThat(status.equals("cancelled") && payments > 0).as("booking %d paid and cancelled", booked.order()).isFalse();
        if (payment.taken()) {
            assertThat(status).isEqualTo("active");
            assertThat(payments).isEqualTo(1);
            assertThat(botSaid(booked, "Оплата не поступила")).isFalse();
            return Outcome.PAID_AND_KEPT;
        }
        assertThat(payment.refusal()).isEqualTo("order " + booked.order() + " is already cancelled");
        assertThat(status).isEqualTo("cancelled");
        assertThat(payments).isZero();
        assertThat(botSaid(booked, "Оплата не поступила, и запись")).isTrue();
        return Outcome.CANCELLED_AND_REFUSED;
    }

    private record Booked(String client, long order, String timer) {
    }

    private int bookings;

    /**
     * A known client (name and phone given before) books a men's haircut through the demo bot, at the first time
     * free on one of the coming days; then the clock passes its ten minutes to pay.
     */
    private Booked bookAndLetThePaymentWindowPass() {
        String client = "web-race-" + UUID.randomUUID();
        clients.setName(client, "Иван");
        clients.setPhone(client, "+79001234567");
        say(client, "Привет");
        say(client, "Мужская стрижка");
        List<String> dates = last(say(client, "Выбрать дату")).buttons().stream().map(b -> b.text())
                .filter(label -> label.matches("\\p{L}\\p{L} \\d\\d\\.\\d\\d.*")).toList();
        // A day after another, so that the bookings kept do not fill one.
        DialogTurns.Sent times = last(say(client, dates.get(1 + bookings++ % (dates.size() - 1))));
        String time = times.buttons().get(0).text();
        assertThat(time).as("%s %s", times.text(), times.buttons()).matches("\\d\\d:\\d\\d");
        assertThat(last(say(client, time)).text()).startsWith("Вы записаны").contains("Оплатите");
        long order = api.call("get_bookings_info", client).body().get(0).get("booking_id").asLong();
        List<String> timers = DueTimers.of(jdbc, BOT, client);
        assertThat(timers).hasSize(1);
        clock.advance(Duration.ofMinutes(11));
        return new Booked(client, order, timers.get(0));
    }

    private Api.Answer pay(Booked booked) {
        return api.post("/api/v1/pay/" + BOT + "/" + booked.client() + "?order=" + booked.order(), "", null, null);
    }

    private static Paid paid(Api.Answer answer) {
        if (answer.status() == 200) {
            return new Paid(true, null);
        }
        assertThat(answer.status()).as(answer.text()).isEqualTo(409);
        return new Paid(false, answer.body().get("message").asString());
    }

    /** The payment endpoint's own method, without the HTTP round trip. */
    private Paid payDirectly(Booked booked) {
        try {
            payments.pay(BOT, booked.client(), String.valueOf(booked.order()));
            return new Paid(true, null);
        } catch (Conflict refused) {
            return new Paid(false, refused.getMessage());
        }
    }

    private String status(Booked booked) {
        return jdbc.sql("SELECT status FROM booking WHERE id = ?").param(booked.order()).query(String.class).single();
    }

    private int payments(Booked booked) {
        return jdbc.sql("SELECT COUNT(*) FROM demo_payment WHERE booking_id = ?").param(booked.order()).query(Integer.class).single();
    }

    private boolean botSaid(Booked booked, String fragment) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE bot = ? AND client_id = ? AND direction = 'out' AND text LIKE ?")
                .params(BOT, booked.client(), "%" + fragment + "%").query(Integer.class).single() > 0;
    }

    private List<DialogTurns.Sent> say(String client, String text) {
        return turns.input(BOT, client, text, Channel.web(client));
    }

    private static DialogTurns.Sent last(List<DialogTurns.Sent> sent) {
        assertThat(sent).isNotEmpty();
        return sent.get(sent.size() - 1);
    }
}
