package slotbot.app.dialog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import slotbot.funnel.dialog.Channel;
import slotbot.funnel.dialog.Reply;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bundled demo bot (the funnel builder's example booking bot, blocks 1 to 8.2, and more) played
 * as a script of client inputs against the test catalog: Моделирование бороды is Павел's alone, so a
 * slot he loses is lost.
 */
public abstract class SeedBotContract extends AppTestBase {

    @Autowired
    DialogTurns turns;

    @Autowired
    BotLibrary bots;

    @Autowired
    CallbackOutbox outbox;

    @Autowired
    TimerScheduler scheduler;

    @Autowired
    TransactionTemplate transactions;

    private String client;

    @BeforeEach
    void installTheDemoBot() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
        jdbc.sql("DELETE FROM dialog_timer").update();
        client = "web-" + UUID.randomUUID();
    }

    @Test
    void choosesAServiceADateAndATimeAndBooks() {
        List<DialogTurns.Sent> hello = say("Привет");
        assertThat(hello).hasSize(2);
        assertThat(hello.get(0).text()).contains("Здравствуйте");
        assertThat(hello.get(1).text()).startsWith("Выберите услугу:").contains("1. Мужская стрижка").contains("2. Моделирование бороды");
        assertThat(labels(hello.get(1))).containsExactly("Мужская стрижка", "Моделирование бороды", "Детская стрижка");

        DialogTurns.Sent service = single(say("Моделирование бороды"));
        assertThat(service.text()).contains("Моделирование бороды").contains("Стоимость: 900 ₽");
        assertThat(labels(service)).containsExactly("Выбрать дату", "Выбрать мастера", "Вернуться к списку услуг");

        DialogTurns.Sent dates = single(say("Выбрать дату"));
        assertThat(labels(dates)).startsWith("Пн 04.03 (сегодня)", "Вт 05.03 (завтра)", "Ср 06.03")
                .endsWith("Вернуться к списку услуг").doesNotContain("Пт 08.03");

        DialogTurns.Sent times = single(say("Вт 05.03 (завтра)"));
        assertThat(times.text()).isEqualTo("Свободное время на Вт 05.03 (завтра):");
        assertThat(labels(times)).startsWith("09:00", "09:30").endsWith("17:00", "Вернуться к выбору даты");

        DialogTurns.Sent askName = single(say("10:00"));
        assertThat(askName.text()).isEqualTo("Как к вам обращаться? Напишите, пожалуйста, ваше имя.");
        DialogTurns.Sent askPhone = single(say("Иван"));
        assertThat(askPhone.text()).startsWith("Иван, оставьте, пожалуйста, номер телефона");
        assertThat(askPhone.buttons()).first().satisfies(b -> {
            assertThat(b.text()).isEqualTo("Поделиться номером");
            assertThat(b.asksForPhone()).isTrue();
        });

        List<DialogTurns.Sent> thanks = say("8 (900) 123-45-67");
        assertThat(thanks).hasSize(2);
        assertThat(thanks.get(0).text()).isEqualTo("Спасибо! Записываю вас…");
        DialogTurns.Sent booked = thanks.get(1);
        assertThat(booked.text()).contains("Вы записаны: Моделирование бороды, Вт 05.03 (завтра) в 10:00, мастер Павел Тихонов")
                .contains("На имя Иван, телефон +79001234567").contains("Адрес: ул. Ленина, 1").contains("Длительность 45 мин")
                .contains("стоимость 900 ₽");
        assertThat(booked.buttons()).singleElement().satisfies(b -> {
            assertThat(b.text()).isEqualTo("Оплатить 900 ₽");
            assertThat(b.url()).startsWith("/pay/demo/" + client + "?order=");
        });
        JsonNode mine = api.call("get_bookings_info", client).body().get(0);
        assertThat(mine.get("booking_time").asString()).isEqualTo("10:00");
        assertThat(mine.get("client_name").asString()).isEqualTo("Иван");
        assertThat(mine.get("client_phone").asString()).isEqualTo("+79001234567");
        await().atMost(Duration.ofSeconds(10)).until(() -> botSaid("Запись появилась в календаре"));
    }

    @Test
    void aPhoneThatDoesNotReadIsAskedAgainAndAKnownClientIsNotAskedAtAll() {
        say("Привет");
        say("Моделирование бороды");
        say("Выбрать дату");
        say("05.03.2030");
        say("10:00");
        say("Иван");

        DialogTurns.Sent again = single(say("не скажу"));
        assertThat(again.text()).startsWith("Не получилось разобрать номер");
        assertThat(again.buttons()).anySatisfy(b -> assertThat(b.asksForPhone()).isTrue());
        assertThat(api.call("get_bookings_info", client).body()).isEmpty();
        assertThat(last(say("+7 900 123-45-67")).text()).contains("Вы записаны").contains("телефон +79001234567");

        say("Меню");
        say("Мужская стрижка");
        say("Выбрать дату");
        say("06.03.2030");
        assertThat(single(say("12:00")).text()).as("the name and the phone are known: booked at once")
                .startsWith("Вы записаны: Мужская стрижка, Ср 06.03 в 12:00").contains("На имя Иван, телефон +79001234567");
    }

    @Test
    void losingTheRaceForASlotSaysSoAndOffersTheTimesAgain() {
        aKnownClient();
        say("Привет");
        say("Моделирование бороды");
        say("Выбрать дату");
        say("05.03.2030");
        Api.Answer faster = api.call("create_booking", "someone-faster", 14275391, 845, "05.03.2030", "10:00", 463665);
        assertThat(faster.body().get("status").asBoolean()).isTrue();

        List<DialogTurns.Sent> lost = say("10:00");

        assertThat(lost).hasSize(2);
        assertThat(lost.get(0).text()).contains("только что заняли");
        assertThat(labels(lost.get(1))).doesNotContain("10:00").contains("09:00", "11:00");
        assertThat(single(say("11:00")).text()).contains("Вт 05.03 (завтра) в 11:00");
    }

    @Test
    void aPaymentCallbackThanksTheClient() {
        bookTheDemoWay();

        transactions.executeWithoutResult(status -> outbox.add("demo", client, "payment_received"));

        await().atMost(Duration.ofSeconds(10)).until(() -> botSaid("Спасибо, оплата получена"));
        assertThat(clientTyped("payment_received")).isEmpty();
    }

    @Test
    void typingThePaymentCallbackDoesNotPassForAPayment() {
        bookTheDemoWay();

        DialogTurns.Sent answer = single(say("payment_received"));

        assertThat(answer.text()).startsWith("Не понял вас");
    }

    @Test
    void anUnpaidBookingIsCancelledWhenTheTimerRunsOutAndItsSlotIsFree() {
        bookTheDemoWay();
        clock.advance(Duration.ofMinutes(9));
        scheduler.checkDueNow();
        assertThat(botSaid("Оплата не поступила")).isFalse();

        clock.advance(Duration.ofMinutes(2));
        scheduler.checkDueNow();

        await().atMost(Duration.ofSeconds(10)).until(() -> botSaid("Оплата не поступила"));
        assertThat(api.call("get_bookings_info", client).body()).isEmpty();
        assertThat(slotsOfPavel()).contains("10:00");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dialog_timer").query(Integer.class).single()).isZero();
    }

    @Test
    void leavingTheBlockBeforePayingStillCancelsTheUnpaidBooking() {
        bookTheDemoWay();
        say("Меню");

        clock.advance(Duration.ofMinutes(11));
        scheduler.checkDueNow();

        await().atMost(Duration.ofSeconds(10)).until(() -> botSaid("Оплата не поступила"));
        assertThat(api.call("get_bookings_info", client).body()).isEmpty();
        assertThat(slotsOfPavel()).contains("10:00");
    }

    @Test
    void aPaymentAfterLeavingTheBlockCountsAndTheTimerKeepsTheBooking() {
        bookTheDemoWay();
        say("Меню");
        long order = api.call("get_bookings_info", client).body().get(0).get("booking_id").asLong();

        transactions.executeWithoutResult(status -> outbox.add("demo", client, "payment_received [" + order + "]"));
        await().atMost(Duration.ofSeconds(10)).until(() -> botSaid("Спасибо, оплата за запись на Вт 05.03 (завтра) в 10:00 получена"));
        clock.advance(Duration.ofMinutes(11));
        scheduler.checkDueNow();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM dialog_timer").query(Integer.class).single() == 0);
        assertThat(botSaid("Оплата не поступила")).isFalse();
        assertThat(api.call("get_bookings_info", client).body()).hasSize(1);
    }

    @Test
    void anythingUnexpectedGetsTheFallbackWithTheChoicesAgain() {
        say("Привет");

        DialogTurns.Sent fallback = single(say("хочу пиццу"));

        assertThat(fallback.text()).startsWith("Не понял вас");
        assertThat(labels(fallback)).contains("Мужская стрижка");
    }

    @Test
    void choosesASpecialistAndBooksWithThem() {
        aKnownClient();
        say("Привет");
        say("Мужская стрижка");
        DialogTurns.Sent masters = single(say("Выбрать мастера"));
        assertThat(labels(masters)).containsExactly("Павел Тихонов", "Виктория", "Любой мастер");

        DialogTurns.Sent dates = single(say("Виктория"));
        assertThat(dates.text()).contains("мастер: Виктория");
        assertThat(labels(dates)).contains("Вт 05.03 (завтра)").doesNotContain("Сб 09.03", "Вс 10.03");
        DialogTurns.Sent times = single(say("Вт 05.03 (завтра)"));
        assertThat(labels(times)).contains("10:00", "13:00", "18:00").doesNotContain("09:00", "13:30");

        assertThat(single(say("18:00")).text()).contains("Вт 05.03 (завтра) в 18:00, мастер Виктория");
    }

    @Test
    void showsMovesAndCancelsTheClientsBooking() {
        aKnownClient();
        say("Привет");
        assertThat(single(say("Мои записи")).text()).isEqualTo("У вас нет предстоящих записей.");
        say("Записаться");
        say("Моделирование бороды");
        say("Выбрать дату");
        say("05.03.2030");
        assertThat(single(say("10:00")).text()).contains("Вы записаны");

        DialogTurns.Sent nearest = single(say("Мои записи"));
        assertThat(nearest.text()).contains("Моделирование бороды, Вт 05.03 (завтра) в 10:00").contains("Павел Тихонов");
        assertThat(labels(nearest)).containsExactly("Подтвердить визит", "Перенести", "Отменить", "Меню");
        assertThat(single(say("Подтвердить визит")).text()).startsWith("Спасибо, визит подтверждён! Ждём вас Вт 05.03 (завтра) в 10:00");
        assertThat(api.call("get_bookings_info", client).body().get(0).get("status").asString()).isEqualTo("confirmed");
        nearest = single(say("Мои записи"));
        assertThat(nearest.text()).contains("Вы подтвердили визит.");
        assertThat(labels(nearest)).containsExactly("Перенести", "Отменить", "Меню");
        say("Перенести");
        say("Ср 06.03");
        DialogTurns.Sent moved = single(say("12:00"));
        assertThat(moved.text()).isEqualTo("Готово: запись перенесена на Ср 06.03 в 12:00.");
        assertThat(api.call("get_bookings_info", client).body().get(0).get("booking_time").asString()).isEqualTo("12:00");
        await().atMost(Duration.ofSeconds(10)).until(() -> calendarToldTheDialog("order_moved_in_calendar"));
        assertThat(botSaid("Ваша запись перенесена")).as("the client's own move is told once, by the move").isFalse();

        say("Мои записи");
        say("Отменить");
        DialogTurns.Sent cancelled = single(say("Да, отменить"));
        assertThat(cancelled.text()).startsWith("Запись отменена");
        assertThat(api.call("get_bookings_info", client).body()).isEmpty();
    }

    /** A new client books as the demo bot asks: service, date, time, then their name and phone, once. */
    private void bookTheDemoWay() {
        say("Привет");
        say("Моделирование бороды");
        say("Выбрать дату");
        say("05.03.2030");
        assertThat(single(say("10:00")).text()).startsWith("Как к вам обращаться");
        assertThat(single(say("Иван")).text()).contains("номер телефона");
        assertThat(last(say("8 (900) 123-45-67")).text()).contains("Вы записаны").contains("На имя Иван, телефон +79001234567");
    }

    /** A client whose name and phone the barbershop knows already (a returning client): the bot asks neither. */
    private void aKnownClient() {
        Api.Answer set = api.send("PUT", "/api/v1/admin/clients/" + client, "{\"name\": \"Иван\", \"phone\": \"+79001234567\"}",
                "Bearer " + Api.TOKEN, "application/json");
        assertThat(set.status()).as(set.text()).isEqualTo(200);
    }

    private List<String> slotsOfPavel() {
        List<String> slots = new java.util.ArrayList<>();
        api.call("get_slots_for_booking", "x", 14275391, 845, "05.03.2030", 463665).body().forEach(n -> slots.add(n.asString()));
        return slots;
    }

    private boolean calendarToldTheDialog(String callback) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE bot = 'demo' AND client_id = ? AND direction = 'callback' AND text LIKE ?")
                .params(client, callback + "%").query(Integer.class).single() > 0;
    }

    private List<DialogTurns.Sent> say(String text) {
        return turns.input("demo", client, text, Channel.web(client));
    }

    private boolean botSaid(String fragment) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE bot = 'demo' AND client_id = ? AND direction = 'out' AND text LIKE ?")
                .params(client, "%" + fragment + "%").query(Integer.class).single() > 0;
    }

    private List<String> clientTyped(String text) {
        return jdbc.sql("SELECT text FROM dialog_message WHERE client_id = ? AND direction = 'in' AND text = ?")
                .params(client, text).query(String.class).list();
    }

    private static DialogTurns.Sent last(List<DialogTurns.Sent> sent) {
        assertThat(sent).isNotEmpty();
        return sent.get(sent.size() - 1);
    }

    private static DialogTurns.Sent single(List<DialogTurns.Sent> sent) {
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    private static List<String> labels(DialogTurns.Sent sent) {
        return sent.buttons().stream().map(Reply.ReplyButton::text).toList();
    }
}
