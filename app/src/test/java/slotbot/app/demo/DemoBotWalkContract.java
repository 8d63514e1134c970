package slotbot.app.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.dialog.TimerScheduler;
import slotbot.app.reminders.ReminderFiring;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bundled demo bot with the bundled demo catalog, walked through the web chat API as a client
 * would walk it: book (giving a name and a phone once), a time taken meanwhile, confirm, move, cancel,
 * pay (twice), leave unpaid, "Мои записи", the barbershop moving and cancelling, and input the bot did
 * not ask for; on the test clock, the branch's reminders (24 and 2 hours before: confirm, move, cancel
 * that visit) and its follow-up (2 hours after: book the same again); the waitlist of a full date, whose
 * offer after someone else's cancel books the held time or is declined. Every message the client is shown,
 * and every button label, must be Russian ({@link RussianOnly}). Links (the payment page's address) are
 * not words shown.
 */
@TestPropertySource(properties = {
        "slotbot.demo=true",
        "slotbot.catalog=",
        // the walk types faster than a person, and the test clock stands still: no bucket refills
        "slotbot.chat.burst=100",
        "spring.datasource.url=jdbc:h2:mem:slotbot-demo-walk;DB_CLOSE_DELAY=-1"
})
public abstract class DemoBotWalkContract extends AppTestBase {

    private static final long BRANCH = 14275391;
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    TimerScheduler timers;

    @Autowired
    ReminderFiring reminders;

    private final List<String> clients = new ArrayList<>();

    @AfterEach
    void everythingAClientWasShownIsRussian() {
        for (String client : clients) {
            for (JsonNode message : all(client)) {
                assertRussian(message);
            }
        }
    }

    @Test
    void booksPaysOnceAndSeesTheBooking() {
        String client = open();
        say(client, "Привет");
        say(client, "Моделирование бороды");
        JsonNode dates = last(say(client, "Выбрать дату"));
        assertThat(labels(dates)).startsWith("Пн 04.03 (сегодня)", "Вт 05.03 (завтра)", "Ср 06.03");
        assertThat(last(say(client, "Вт 05.03 (завтра)")).get("text").asString()).isEqualTo("Свободное время на Вт 05.03 (завтра):");

        assertThat(last(say(client, "10:00")).get("text").asString()).isEqualTo("Как к вам обращаться? Напишите, пожалуйста, ваше имя.");
        JsonNode askPhone = last(say(client, "Иван"));
        assertThat(askPhone.get("text").asString()).startsWith("Иван, оставьте, пожалуйста, номер телефона");
        assertThat(askPhone.get("buttons").get(0).get("text").asString()).isEqualTo("Поделиться номером");
        assertThat(askPhone.get("buttons").get(0).get("type").asString()).isEqualTo("phone");

        JsonNode booked = last(say(client, "8 (900) 123-45-67"));
        assertThat(booked.get("text").asString()).startsWith("Вы записаны: Моделирование бороды, Вт 05.03 (завтра) в 10:00")
                .contains("На имя Иван, телефон +79001234567").contains("ул. Ленина, 1").contains("Длительность 45 мин")
                .contains("стоимость 900 ₽");
        JsonNode mine = api.call("get_bookings_info", client).body().get(0);
        assertThat(mine.get("client_name").asString()).isEqualTo("Иван");
        assertThat(mine.get("client_phone").asString()).isEqualTo("+79001234567");
        String payUrl = booked.get("buttons").get(0).get("url").asString();
        String order = payUrl.substring(payUrl.indexOf("order=") + 6);

        assertThat(pay(client, order).status()).isEqualTo(200);
        JsonNode thanks = awaitMessage(client, "Спасибо, оплата получена");
        assertThat(thanks.get("buttons")).noneMatch(b -> b.has("url"));
        Api.Answer again = pay(client, order);
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(again.body().get("message").asString()).contains("already paid");

        String nearest = last(say(client, "Мои записи")).get("text").asString();
        assertThat(nearest).contains("Моделирование бороды, Вт 05.03 (завтра) в 10:00").contains("ул. Ленина, 1");
    }

    @Test
    void aTimeTakenMeanwhileIsOfferedNoMore() {
        String client = open();
        say(client, "Привет");
        say(client, "Моделирование бороды");
        say(client, "Выбрать дату");
        say(client, "Вт 05.03 (завтра)");
        say(client, "10:00");
        say(client, "Иван");
        assertThat(api.call("create_booking", "someone-faster", BRANCH, 845, "05.03.2030", "10:00", 463665)
                .body().get("status").asBoolean()).isTrue();

        List<JsonNode> lost = say(client, "+7 900 123-45-67");

        assertThat(lost.get(1).get("text").asString()).contains("только что заняли");
        assertThat(labels(last(lost))).doesNotContain("10:00").contains("11:00");
        assertThat(last(say(client, "11:00")).get("text").asString()).as("the name and the phone are kept: no questions")
                .startsWith("Вы записаны: Моделирование бороды, Вт 05.03 (завтра) в 11:00").contains("телефон +79001234567");
    }

    @Test
    void aReturningClientIsNotAskedForTheNameAndPhoneAgain() {
        String client = open();
        book(client);
        say(client, "Меню");
        say(client, "Мужская стрижка");
        say(client, "Выбрать дату");
        say(client, "Ср 06.03");

        List<JsonNode> booked = say(client, "12:00");

        assertThat(booked).hasSize(1);
        assertThat(booked.get(0).get("text").asString()).startsWith("Вы записаны: Мужская стрижка, Ср 06.03 в 12:00")
                .contains("На имя Иван, телефон +79001234567");
    }

    @Test
    void aPhoneThatDoesNotReadIsAskedAgainInRussian() {
        String client = open();
        say(client, "Привет");
        say(client, "Моделирование бороды");
        say(client, "Выбрать дату");
        say(client, "Вт 05.03 (завтра)");
        say(client, "10:00");
        say(client, "Иван");

        assertThat(last(say(client, "не скажу")).get("text").asString()).startsWith("Не получилось разобрать номер");
        assertThat(last(say(client, "12345")).get("text").asString()).startsWith("Не получилось разобрать номер");
        assertThat(api.call("get_bookings_info", client).body()).isEmpty();
        assertThat(last(say(client, "Вернуться к выбору времени")).get("text").asString()).startsWith("Свободное время на Вт 05.03");
    }

    @Test
    void movesAndCancelsFromMyBookings() {
        String client = open();
        book(client);
        assertThat(last(say(client, "Мои записи")).get("text").asString()).contains("Вт 05.03 (завтра) в 10:00");
        assertThat(last(say(client, "Подтвердить визит")).get("text").asString()).startsWith("Спасибо, визит подтверждён!");
        assertThat(api.call("get_bookings_info", client).body().get(0).get("status").asString()).isEqualTo("confirmed");
        say(client, "Мои записи");
        say(client, "Перенести");
        say(client, "Ср 06.03");
        assertThat(last(say(client, "12:00")).get("text").asString()).isEqualTo("Готово: запись перенесена на Ср 06.03 в 12:00.");

        say(client, "Мои записи");
        assertThat(last(say(client, "Отменить")).get("text").asString()).isEqualTo("Отменить запись на Ср 06.03 в 12:00?");
        assertThat(last(say(client, "Да, отменить")).get("text").asString()).startsWith("Запись отменена");
        assertThat(last(say(client, "Мои записи")).get("text").asString()).isEqualTo("У вас нет предстоящих записей.");
        await().atMost(Duration.ofSeconds(10)).until(() -> calendarNotices(client) == 3);
        assertThat(texts(client)).noneMatch(t -> t.contains("Ваша запись перенесена") || t.contains("Ваша запись на"));
    }

    @Test
    void anUnpaidBookingIsCancelledAfterTenMinutesEvenWhenTheClientWentElsewhere() {
        String client = open();
        book(client);
        say(client, "Меню");

        clock.advance(Duration.ofMinutes(11));
        timers.checkDueNow();

        JsonNode cancelled = awaitMessage(client, "Оплата не поступила");
        assertThat(cancelled.get("text").asString()).contains("запись на Вт 05.03 (завтра) в 10:00 отменена");
        assertThat(api.call("get_bookings_info", client).body()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> calendarNotices(client) == 2);
        assertThat(texts(client)).filteredOn(t -> t.contains("в 10:00 отменена")).hasSize(1);
    }

    @Test
    void theBarbershopMovingAndCancellingIsToldOnceWithTheNewTime() {
        String client = open();
        long order = book(client);
        assertThat(pay(client, String.valueOf(order)).status()).isEqualTo(200);
        awaitMessage(client, "Спасибо, оплата получена");

        assertThat(owner("/move", "{\"date\": \"06.03.2030\", \"time\": \"12:00\"}", order).status()).isEqualTo(200);
        awaitMessage(client, "Ваша запись перенесена: теперь она Ср 06.03 в 12:00, мастер Павел Тихонов");
        assertThat(owner("/cancel", null, order).status()).isEqualTo(200);
        awaitMessage(client, "Ваша запись на Ср 06.03 в 12:00 отменена");

        await().atMost(Duration.ofSeconds(10)).until(() -> calendarNotices(client) == 3);
        assertThat(texts(client)).filteredOn(t -> t.contains("Ваша запись перенесена")).hasSize(1);
        assertThat(texts(client)).filteredOn(t -> t.contains("в 12:00 отменена")).hasSize(1);
    }

    @Test
    void inputTheBotDidNotAskForIsAnsweredInRussian() {
        String client = open();
        say(client, "Hello");
        assertThat(last(say(client, "pizza please")).get("text").asString()).startsWith("Не понял вас");
        assertThat(last(say(client, "7")).get("text").asString()).startsWith("Не понял вас");
        assertThat(last(say(client, "Мои записи")).get("text").asString()).isEqualTo("У вас нет предстоящих записей.");
        say(client, "/start");
        say(client, "Моделирование бороды");
        say(client, "Выбрать дату");
        assertThat(last(say(client, "99.99.2030")).get("text").asString()).startsWith("Не понял вас");
        say(client, "Вт 05.03 (завтра)");
        say(client, "10:00");
        assertThat(last(say(client, "payment_received [1]")).get("text").asString()).as("not taken for a name")
                .startsWith("Не понял вас");
        say(client, "Иван");
        say(client, "8 (900) 123-45-67");
        assertThat(last(say(client, "payment_received [1]")).get("text").asString()).as("typed, it is no payment")
                .startsWith("Не понял вас");
    }

    @Test
    void refusalsOfMovesAndCancelsReachTheClientInRussian() {
        String client = open();
        long order = book(client);
        say(client, "Мои записи");
        say(client, "Перенести");
        say(client, "Ср 06.03");
        assertThat(api.call("create_booking", "someone-faster", BRANCH, 845, "06.03.2030", "12:00", 463665)
                .body().get("status").asBoolean()).isTrue();
        assertThat(say(client, "12:00").get(0).get("text").asString()).startsWith("Не получилось перенести");

        say(client, "Мои записи");
        say(client, "Отменить");
        assertThat(owner("/cancel", null, order).status()).isEqualTo(200);
        assertThat(last(say(client, "Да, отменить")).get("text").asString()).startsWith("Не получилось отменить запись");
    }

    @Test
    void theReminderADayAheadShowsTheVisitAndConfirmingItIsKept() {
        String client = open();
        paid(client, book(client)); // Вт 05.03 10:00, Моделирование бороды: reminders at Пн 10:00 and Вт 08:00

        fireAt("2030-03-04T09:59");
        assertThat(sentReminders(client)).as("nothing is due a minute early").isZero();
        JsonNode reminder = remindAt(client, "2030-03-04T10:00", 1).get(0);

        assertThat(reminder.get("text").asString())
                .startsWith("🔔 Напоминаем о записи в барбершоп «Борода»: Вт 05.03 (завтра) в 10:00.")
                .contains("Моделирование бороды, мастер Павел Тихонов.").contains("Адрес: ул. Ленина, 1.")
                .contains("Подтвердите, пожалуйста, что придёте.");
        assertThat(labels(reminder)).containsExactly("Подтверждаю", "Перенести", "Отменить");
        assertThat(last(say(client, "Подтверждаю")).get("text").asString())
                .isEqualTo("Спасибо, визит подтверждён! Ждём вас Вт 05.03 (завтра) в 10:00.");
        assertThat(api.call("get_bookings_info", client).body().get(0).get("status").asString()).isEqualTo("confirmed");

        JsonNode later = remindAt(client, "2030-03-05T08:00", 2).get(1);
        assertThat(later.get("text").asString()).contains("Вт 05.03 (сегодня) в 10:00").endsWith("Вы подтвердили визит. Ждём вас!");
        assertThat(labels(later)).containsExactly("Перенести", "Отменить");
    }

    @Test
    void aRemindersButtonsMoveOrCancelTheVisitItIsAbout() {
        String client = open();
        paid(client, book(client));
        say(client, "Меню");
        say(client, "Моделирование бороды");
        say(client, "Выбрать дату");
        say(client, "Вт 05.03 (завтра)");
        assertThat(last(say(client, "16:00")).get("text").asString()).startsWith("Вы записаны");
        long later = api.call("get_bookings_info", client).body().get(1).get("booking_id").asLong();
        paid(client, later);
        remindAt(client, "2030-03-04T10:00", 1);

        // The reminder of the 16:00 visit, while the 10:00 one is the nearest: its "Отменить" cancels the 16:00 one.
        assertThat(remindAt(client, "2030-03-04T16:00", 2).get(1).get("text").asString()).contains("Вт 05.03 (завтра) в 16:00");
        assertThat(last(say(client, "Отменить")).get("text").asString()).isEqualTo("Отменить запись на Вт 05.03 (завтра) в 16:00?");
        assertThat(last(say(client, "Да, отменить")).get("text").asString()).startsWith("Запись отменена.");
        assertThat(times(client)).containsExactly("05.03.2030 10:00");
        assertThat(dueReminders(later)).as("a cancel voids what was still to come").isZero();

        // The 2h reminder of the 10:00 visit: "Перенести" moves it, with the same master.
        assertThat(remindAt(client, "2030-03-05T08:00", 3).get(2).get("text").asString()).contains("Вт 05.03 (сегодня) в 10:00");
        assertThat(last(say(client, "Перенести")).get("text").asString()).isEqualTo("На какую дату перенести? Мастер тот же: Павел Тихонов.");
        say(client, "Ср 06.03 (завтра)");
        assertThat(last(say(client, "12:00")).get("text").asString()).isEqualTo("Готово: запись перенесена на Ср 06.03 (завтра) в 12:00.");
        assertThat(times(client)).containsExactly("06.03.2030 12:00");

        // The moved visit is reminded of a day before its new time.
        assertThat(remindAt(client, "2030-03-05T12:00", 4).get(3).get("text").asString()).contains("Ср 06.03 (завтра) в 12:00");
    }

    @Test
    void theThankYouAfterTheVisitBooksTheSameMasterAndServiceAgain() {
        String client = open();
        paid(client, book(client)); // Вт 05.03 10:00-10:45: the follow-up at 12:45

        // The two reminders first, each shown before the next is due: two callbacks may reach a dialog in either order.
        remindAt(client, "2030-03-04T10:00", 1);
        remindAt(client, "2030-03-05T08:00", 2);
        fireAt("2030-03-05T12:44");
        assertThat(sentReminders(client)).as("not yet the follow-up").isEqualTo(2);
        fireAt("2030-03-05T12:45");
        JsonNode thanks = awaitMessage(client, "Спасибо, что были у нас");

        assertThat(thanks.get("text").asString()).contains("Записаться снова к мастеру Павел Тихонов можно одной кнопкой.");
        assertThat(labels(thanks)).containsExactly("Записаться снова", "Меню");
        List<JsonNode> again = say(client, "Записаться снова");
        assertThat(again.get(0).get("text").asString()).isEqualTo("Записываю снова: Моделирование бороды, мастер Павел Тихонов.");
        assertThat(last(again).get("text").asString()).isEqualTo("Выберите дату (мастер: Павел Тихонов):");
        say(client, "Ср 06.03 (завтра)");
        assertThat(last(say(client, "12:00")).get("text").asString())
                .startsWith("Вы записаны: Моделирование бороды, Ср 06.03 (завтра) в 12:00, мастер Павел Тихонов.");
        JsonNode booked = api.call("get_bookings_info", client).body().get(0);
        assertThat(booked.get("employee_id").asLong()).isEqualTo(463665);
        assertThat(booked.get("service_ids").get(0).asLong()).isEqualTo(845);
    }

    @Test
    void aFullDateIsWaitedForAndTheTimeSomeoneElseFreesIsOfferedAndBooked() {
        List<Long> wednesday = fillPavelsWednesday();
        String client = open();
        waitForPavelsWednesday(client);

        assertThat(api.call("cancel_booking", "someone-else", BRANCH, wednesday.get(2)).body().get("status").asBoolean()).isTrue();

        JsonNode offer = awaitMessage(client, "Освободилось время");
        assertThat(offer.get("text").asString()).startsWith("🔔 Освободилось время Ср 06.03 в 11:00: Мужская стрижка, мастер Павел Тихонов.");
        assertThat(labels(offer)).containsExactly("Записаться на 11:00", "Не нужно");
        assertThat(api.call("get_slots_for_booking", "someone-faster", BRANCH, 844, "06.03.2030", 463665).body())
                .as("held for the client").isEmpty();
        assertThat(last(say(client, "Записаться на 11:00")).get("text").asString()).startsWith("Как к вам обращаться");
        say(client, "Иван");
        assertThat(last(say(client, "8 (900) 123-45-67")).get("text").asString())
                .startsWith("Вы записаны: Мужская стрижка, Ср 06.03 в 11:00, мастер Павел Тихонов.");
        assertThat(times(client)).containsExactly("06.03.2030 11:00");
        assertThat(waitlist("2030-03-06")).as("booked, the client left the line").isEmpty();
    }

    @Test
    void anOfferDeclinedLeavesTheWaitlistAndFreesTheTime() {
        List<Long> wednesday = fillPavelsWednesday();
        String client = open();
        waitForPavelsWednesday(client);
        assertThat(waitlist("2030-03-06")).hasSize(1);
        assertThat(api.call("cancel_booking", "someone-else", BRANCH, wednesday.get(5)).body().get("status").asBoolean()).isTrue();
        awaitMessage(client, "Освободилось время Ср 06.03 в 15:00");

        assertThat(last(say(client, "Не нужно")).get("text").asString()).isEqualTo("Хорошо, больше не буду предлагать время на Ср 06.03.");

        assertThat(waitlist("2030-03-06")).isEmpty();
        assertThat(api.call("get_slots_for_booking", "someone-faster", BRANCH, 844, "06.03.2030", 463665).body())
                .extracting(JsonNode::asString).containsExactly("15:00");
    }

    @Test
    void theClientsRecordsForgetEveryOrderNothingCanAskForAnyMore() {
        String client = open();
        book(client);
        assertThat(last(say(client, "Мои записи")).get("text").asString()).contains("Вт 05.03 (завтра) в 10:00");
        say(client, "Отменить");
        assertThat(last(say(client, "Да, отменить")).get("text").asString()).startsWith("Запись отменена");
        for (int i = 0; i < 6; i++) { // the chat's burst (100 messages) bounds the walk
            bookAgainAtTen(client);
            say(client, "Мои записи");
            say(client, "Отменить");
            assertThat(last(say(client, "Да, отменить")).get("text").asString()).startsWith("Запись отменена");
        }
        long paidOrder = bookAgainAtTen(client);
        paid(client, paidOrder);
        say(client, "Меню");
        say(client, "Моделирование бороды");
        say(client, "Выбрать дату");
        say(client, "Вт 05.03 (завтра)");
        assertThat(last(say(client, "11:00")).get("text").asString()).startsWith("Вы записаны");
        clock.advance(Duration.ofMinutes(11));
        timers.checkDueNow();
        awaitMessage(client, "Оплата не поступила");
        // 9 bookings and 8 cancels, each told to the dialog by a calendar notice
        await().atMost(Duration.ofSeconds(10)).until(() -> calendarNotices(client) == 17);

        JsonNode records = variables(client);
        assertThat(records.get("payments").properties()).as("no payment window is running or awaited").isEmpty();
        assertThat(records.get("payment_queue").values()).isEmpty();
        assertThat(records.get("own_changes").values()).as("every change was told").isEmpty();
        assertThat(records.get("visits").propertyNames()).as("only the visit still to come")
                .containsExactly(String.valueOf(paidOrder));
    }

    /** "Меню", and the 10:00 of Tuesday again (the client is known: no questions); answers the new order's id. */
    private long bookAgainAtTen(String client) {
        assertThat(tuesdayAtTen(client, "Меню").get("text").asString()).startsWith("Вы записаны");
        return firstListedBooking(client);
    }

    /** From {@code opening} through Моделирование бороды and Вт 05.03 to 10:00; answers the bot's last message. */
    private JsonNode tuesdayAtTen(String client, String opening) {
        say(client, opening);
        say(client, "Моделирование бороды");
        say(client, "Выбрать дату");
        say(client, "Вт 05.03 (завтра)");
        return last(say(client, "10:00"));
    }

    /** The id of the client's booking that get_bookings_info lists first. */
    private long firstListedBooking(String client) {
        return api.call("get_bookings_info", client).body().get(0).get("booking_id").asLong();
    }

    /** The dialog's variables as stored. */
    private JsonNode variables(String client) {
        String json = jdbc.sql("SELECT variables FROM dialog WHERE bot = 'demo' AND client_id = ?").param(client)
                .query(String.class).single();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
    }

    /** Someone else books Павел Тихонов's whole Wednesday 06.03 (Мужская стрижка, 60 minutes, 09:00 to 18:00 with a break at 13:00). */
    private List<Long> fillPavelsWednesday() {
        List<Long> ids = new ArrayList<>();
        for (String time : List.of("09:00", "10:00", "11:00", "12:00", "14:00", "15:00", "16:00", "17:00")) {
            Api.Answer booked = api.call("create_booking", "someone-else", BRANCH, 844, "06.03.2030", time, 463665);
            assertThat(booked.body().get("status").asBoolean()).as(booked.text()).isTrue();
            ids.add(booked.body().get("booking").get("id").asLong());
        }
        return ids;
    }

    /** A new client wants Павел on his full Wednesday: not listed, written in, and waited for. */
    private void waitForPavelsWednesday(String client) {
        say(client, "Привет");
        say(client, "Мужская стрижка");
        say(client, "Выбрать мастера");
        JsonNode dates = last(say(client, "Павел Тихонов"));
        assertThat(labels(dates)).doesNotContain("Ср 06.03").endsWith("Нет нужной даты", "Вернуться к списку услуг");
        assertThat(last(say(client, "Нет нужной даты")).get("text").asString()).startsWith("Напишите дату");
        JsonNode full = last(say(client, "06.03.2030"));
        assertThat(full.get("text").asString()).startsWith("На Ср 06.03 свободного времени нет (мастер: Павел Тихонов).");
        assertThat(labels(full)).containsExactly("Сообщить, если освободится", "Вернуться к выбору даты");
        assertThat(last(say(client, "Сообщить, если освободится")).get("text").asString())
                .startsWith("Хорошо! Если на Ср 06.03 освободится время (Мужская стрижка, мастер: Павел Тихонов), я сразу напишу вам");
    }

    /** Who waits for that day at the branch, as the owner's admin API lists them. */
    private List<JsonNode> waitlist(String day) {
        Api.Answer answer = api.send("GET", "/api/v1/admin/waitlist?company_id=" + BRANCH + "&date=" + day, null,
                "Bearer " + Api.TOKEN, null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        answer.body().get("waitlist").forEach(entries::add);
        return entries;
    }

    /** A new client books Вт 10:00, giving the name and the phone the bot asks for. */
    private long book(String client) {
        assertThat(tuesdayAtTen(client, "Привет").get("text").asString()).startsWith("Как к вам обращаться");
        say(client, "Иван");
        assertThat(last(say(client, "8 (900) 123-45-67")).get("text").asString()).startsWith("Вы записаны");
        return firstListedBooking(client);
    }

    /** Pays the order on the payment page, as its button does, and waits for the bot's thanks. */
    private void paid(String client, long order) {
        int before = texts(client).size();
        assertThat(pay(client, String.valueOf(order)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> texts(client).stream().skip(before).anyMatch(t -> t.contains("оплата")));
    }

    /** Sets the clock to a Moscow time and sends the reminders and follow-ups due by then. */
    private void fireAt(String moscow) {
        clock.set(LocalDateTime.parse(moscow).atZone(MOSCOW).toInstant());
        reminders.runDueNow();
    }

    /** {@link #fireAt}, then the reminders the client has been shown, once there are {@code shown} of them. */
    private List<JsonNode> remindAt(String client, String moscow, int shown) {
        fireAt(moscow);
        await().atMost(Duration.ofSeconds(10)).until(() -> reminders(client).size() >= shown);
        List<JsonNode> reminders = reminders(client);
        assertThat(reminders).hasSize(shown);
        return reminders;
    }

    private List<JsonNode> reminders(String client) {
        return all(client).stream().filter(m -> m.get("text").asString().startsWith("🔔")).toList();
    }

    /** Reminders and follow-ups of the client's bookings sent so far. */
    private int sentReminders(String client) {
        return jdbc.sql("SELECT COUNT(*) FROM booking_reminder r JOIN booking b ON b.id = r.booking_id WHERE b.client_id = ? AND r.state = 'sent'")
                .param(client).query(Integer.class).single();
    }

    /** Reminders and follow-ups of the booking still to come. */
    private int dueReminders(long booking) {
        return jdbc.sql("SELECT COUNT(*) FROM booking_reminder WHERE booking_id = ? AND state = 'due'")
                .param(booking).query(Integer.class).single();
    }

    /** The client's upcoming visits as "dd.MM.yyyy HH:mm". */
    private List<String> times(String client) {
        List<String> times = new ArrayList<>();
        api.call("get_bookings_info", client).body().forEach(b -> times.add(b.get("booking_date").asString() + " "
                + b.get("booking_time").asString()));
        return times;
    }

    private String open() {
        Api.Answer opened = api.post("/api/v1/chat/demo/sessions", "", null, null);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        String client = opened.body().get("client").asString();
        clients.add(client);
        return client;
    }

    /** The replies to one input, each checked at once so that a failure names the step. */
    private List<JsonNode> say(String client, String text) {
        String body = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(Map.of("text", text));
        Api.Answer answer = api.post("/api/v1/chat/demo/" + client + "/messages", body, null, "application/json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<JsonNode> replies = new ArrayList<>();
        answer.body().get("messages").forEach(replies::add);
        replies.forEach(DemoBotWalkContract::assertRussian);
        return replies;
    }

    private Api.Answer pay(String client, String order) {
        return api.post("/api/v1/pay/demo/" + client + "?order=" + order, "", null, null);
    }

    private Api.Answer owner(String action, String body, long order) {
        return api.send("POST", "/api/v1/admin/bookings/" + order + action, body, "Bearer " + Api.TOKEN, "application/json");
    }

    private List<JsonNode> all(String client) {
        List<JsonNode> messages = new ArrayList<>();
        api.send("GET", "/api/v1/chat/demo/" + client + "/messages", null, null, null).body().get("messages").forEach(messages::add);
        return messages;
    }

    private List<String> texts(String client) {
        return all(client).stream().map(m -> m.get("text").asString()).toList();
    }

    private JsonNode awaitMessage(String client, String fragment) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> all(client).stream().filter(m -> m.get("text").asString().contains(fragment)).findFirst().orElse(null),
                java.util.Objects::nonNull);
    }

    /** How many calendar notices reached the client's dialog (each its own callback row), told or not. */
    private int calendarNotices(String client) {
        return jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE client_id = ? AND direction = 'callback' AND text LIKE '%_in_calendar:%'")
                .param(client).query(Integer.class).single();
    }

    /** The message's text and its buttons' labels: what the client reads. */
    private static void assertRussian(JsonNode message) {
        RussianOnly.assertRussian(message.get("text").asString());
        if (message.has("buttons")) {
            message.get("buttons").forEach(b -> RussianOnly.assertRussian(b.get("text").asString()));
        }
    }

    private static JsonNode last(List<JsonNode> replies) {
        assertThat(replies).isNotEmpty();
        return replies.get(replies.size() - 1);
    }

    private static List<String> labels(JsonNode message) {
        List<String> labels = new ArrayList<>();
        message.get("buttons").forEach(b -> labels.add(b.get("text").asString()));
        return labels;
    }
}
