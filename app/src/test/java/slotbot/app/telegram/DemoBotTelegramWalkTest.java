package slotbot.app.telegram;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.demo.RussianOnly;
import slotbot.app.dialog.TimerScheduler;
import slotbot.app.reminders.ReminderFiring;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bundled demo bot with the bundled demo catalog, walked through Telegram (the fake Bot API, by long polling)
 * as a client walks it: /start, a service, a master, a date and a time by buttons; the phone shared by the
 * share-contact button (the name is the Telegram profile's, so only the phone is asked), the keyboard gone
 * afterwards; the booking confirmed with the name, phone, address, duration and price, and paid on the payment
 * page; "Мои записи" to confirm the visit, move it and cancel it; then a second booking, asked nothing, left
 * unpaid and cancelled by the payment timer. On the test clock, the branch's reminders and follow-up: a
 * reminder confirms, cancels or moves the visit it is about, and the thank-you after a visit books the same
 * master and service again; Павел's full Wednesday waited for, and the time someone else's cancel frees offered
 * and booked. Everything the chat is sent, buttons too, must be Russian ({@link RussianOnly},
 * the web chat walk's check); links are not words shown.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(DemoBotTelegramWalkTest.Fake.class)
@TestPropertySource(properties = {"slotbot.demo=true", "slotbot.catalog="})
class DemoBotTelegramWalkTest extends AppTestBase {

    static final String TOKEN = "4343:DEMO-walk_token";
    static final String PUBLIC_URL = "https://slotbot.example.org";
    static final FakeBotApi telegram = FakeBotApi.start("");

    /** Closes the fake after the app: the long-poll session stops first, and finds its server there till the end. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Fake {
        @Bean(destroyMethod = "close")
        FakeBotApi fakeBotApi() {
            return telegram;
        }
    }

    @DynamicPropertySource
    static void connectTheDemoBot(DynamicPropertyRegistry registry) {
        // A database of its own: closing this class's context (to stop its connector) closes its in-memory database too.
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:slotbot-telegram-demo-walk;DB_CLOSE_DELAY=-1");
        registry.add("slotbot.telegram.api-url", telegram::url);
        registry.add("slotbot.telegram.bots.demo.token", () -> TOKEN);
        registry.add("slotbot.telegram.poll-timeout", () -> "1s");
        registry.add("slotbot.telegram.request-timeout", () -> "1s");
        // The walk presses faster than a person: the flood guard, on the real clock, would cut it short.
        registry.add("slotbot.telegram.burst", () -> "100");
        registry.add("slotbot.public-url", () -> PUBLIC_URL);
    }

    @Autowired
    TimerScheduler scheduler;

    @Autowired
    ReminderFiring reminders;

    private long chat;
    private String client;

    @BeforeEach
    void aNewChat() {
        chat = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        client = "tg-" + chat;
    }

    @AfterEach
    void everythingTheChatWasSentIsRussian() {
        for (FakeBotApi.Sent sent : telegram.sentTo(chat)) {
            RussianOnly.assertRussian(sent.text());
            sent.labels().forEach(RussianOnly::assertRussian);
            sent.keyboardButtons().forEach(button -> RussianOnly.assertRussian(button.path("text").asString()));
        }
    }

    @Test
    void aClientBooksPaysConfirmsMovesCancelsAndLeavesASecondBookingUnpaid() {
        int before = sent();
        telegram.says(chat, "/start");
        FakeBotApi.Sent services = after(before, "Выберите услугу:");
        assertThat(services.labels()).contains("Мужская стрижка", "Моделирование бороды");
        assertThat(press("Мужская стрижка", "Стоимость: 1500 ₽").labels()).contains("Выбрать дату", "Выбрать мастера");
        assertThat(press("Выбрать мастера", "Кто вас примет?").labels()).contains("Павел Тихонов", "Любой мастер");
        FakeBotApi.Sent dates = press("Павел Тихонов", "Выберите дату (мастер: Павел Тихонов):");
        assertThat(dates.labels()).startsWith("Пн 04.03 (сегодня)", "Вт 05.03 (завтра)");
        assertThat(press("Вт 05.03 (завтра)", "Свободное время на Вт 05.03 (завтра):").labels()).contains("10:00");

        // The name is the Telegram profile's: only the phone is asked, by the share-contact button.
        FakeBotApi.Sent askPhone = press("10:00", "Иван Петров, оставьте, пожалуйста, номер телефона");
        assertThat(askPhone.keyboardButtons()).first().satisfies(b -> {
            assertThat(b.path("text").asString()).isEqualTo("Поделиться номером");
            assertThat(b.path("request_contact").asBoolean()).isTrue();
        });
        assertThat(sentTo().stream().filter(m -> m.text().startsWith("Как к вам обращаться"))).isEmpty();
        before = sent();
        telegram.sharesContact(chat, "+7 900 123-45-67", chat);
        assertThat(after(before, "Спасибо! Записываю вас").removesKeyboard()).as("the contact keyboard is taken away").isTrue();
        FakeBotApi.Sent booked = after(before, "Вы записаны:");
        assertThat(booked.text()).startsWith("Вы записаны: Мужская стрижка, Вт 05.03 (завтра) в 10:00, мастер Павел Тихонов.")
                .contains("На имя Иван Петров, телефон +79001234567.")
                .contains("Адрес: ул. Ленина, 1. Длительность 60 мин, стоимость 1500 ₽.")
                .contains("Оплатите, пожалуйста, запись в течение 10 минут");
        JsonNode mine = api.call("get_bookings_info", client).body().get(0);
        assertThat(mine.get("client_name").asString()).isEqualTo("Иван Петров");
        assertThat(mine.get("client_phone").asString()).isEqualTo("+79001234567");

        // Pay on the payment page the button links to.
        String payUrl = booked.button("Оплатить 1500 ₽").orElseThrow().path("url").asString();
        assertThat(payUrl).startsWith(PUBLIC_URL + "/pay/demo/" + client + "?order=");
        String order = payUrl.substring(payUrl.indexOf("order=") + 6);
        before = sent();
        Api.Answer paid = api.post("/api/v1/pay/demo/" + client + "?order=" + order, "", null, null);
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        assertThat(after(before, "Спасибо, оплата получена! Ждём вас Вт 05.03 (завтра) в 10:00.").labels())
                .containsExactly("Мои записи", "Меню");

        // "Мои записи": confirm the visit, move it, cancel it.
        assertThat(press("Мои записи", "Ваша ближайшая запись").text()).contains("Мужская стрижка, Вт 05.03 (завтра) в 10:00")
                .contains("Мастер: Павел Тихонов, ул. Ленина, 1");
        press("Подтвердить визит", "Спасибо, визит подтверждён! Ждём вас Вт 05.03 (завтра) в 10:00.");
        assertThat(api.call("get_bookings_info", client).body().get(0).get("status").asString()).isEqualTo("confirmed");
        assertThat(press("Мои записи", "Ваша ближайшая запись").text()).contains("Вы подтвердили визит.");
        press("Перенести", "На какую дату перенести? Мастер тот же: Павел Тихонов.");
        press("Ср 06.03", "Свободное время на Ср 06.03:");
        press("12:00", "Готово: запись перенесена на Ср 06.03 в 12:00.");
        assertThat(press("Мои записи", "Ваша ближайшая запись").text()).contains("Ср 06.03 в 12:00");
        press("Отменить", "Отменить запись на Ср 06.03 в 12:00?");
        press("Да, отменить", "Запись отменена. Будем рады видеть вас в другой раз!");
        assertThat(api.call("get_bookings_info", client).body()).isEmpty();
        press("Мои записи", "У вас нет предстоящих записей.");

        // A second booking: the name and the phone are known, nothing is asked; left unpaid, the timer cancels it.
        press("Записаться", "Выберите услугу:");
        press("Моделирование бороды", "Стоимость: 900 ₽");
        press("Выбрать дату", "Выберите дату");
        press("Вт 05.03 (завтра)", "Свободное время на Вт 05.03 (завтра):");
        assertThat(press("11:00", "Вы записаны:").text()).startsWith("Вы записаны: Моделирование бороды, Вт 05.03 (завтра) в 11:00")
                .contains("На имя Иван Петров, телефон +79001234567.");
        assertThat(sentTo().stream().filter(m -> !m.keyboardButtons().isEmpty())).as("the phone was asked once").hasSize(1);

        before = sent();
        clock.advance(Duration.ofMinutes(11));
        scheduler.checkDueNow();
        after(before, "Оплата не поступила, и запись на Вт 05.03 (завтра) в 11:00 отменена.");
        assertThat(api.call("get_bookings_info", client).body()).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> sentTo().stream()
                .filter(m -> m.text().startsWith("📅")).count() >= 2);
    }

    @Test
    void remindersConfirmCancelOrMoveTheirVisitAndTheThankYouBooksTheSameAgain() {
        int before = sent();
        telegram.says(chat, "/start");
        after(before, "Выберите услугу:");
        press("Моделирование бороды", "Стоимость: 900 ₽");
        press("Выбрать дату", "Выберите дату");
        press("Вт 05.03 (завтра)", "Свободное время на Вт 05.03 (завтра):");
        press("10:00", "оставьте, пожалуйста, номер телефона");
        before = sent();
        telegram.sharesContact(chat, "+7 900 123-45-67", chat);
        pay(after(before, "Вы записаны: Моделирование бороды, Вт 05.03 (завтра) в 10:00"), "Оплатить 900 ₽");
        press("Меню", "Выберите услугу:");
        press("Моделирование бороды", "Стоимость: 900 ₽");
        press("Выбрать дату", "Выберите дату");
        press("Вт 05.03 (завтра)", "Свободное время на Вт 05.03 (завтра):");
        pay(press("16:00", "Вы записаны: Моделирование бороды, Вт 05.03 (завтра) в 16:00"), "Оплатить 900 ₽");

        // A day before the 10:00 visit: confirmed from the reminder.
        FakeBotApi.Sent reminder = fireAt("2030-03-04T10:00", "🔔 Напоминаем о записи в барбершоп «Борода»: Вт 05.03 (завтра) в 10:00.");
        assertThat(reminder.text()).contains("Моделирование бороды, мастер Павел Тихонов.").contains("Адрес: ул. Ленина, 1.");
        assertThat(reminder.labels()).containsExactly("Подтверждаю", "Перенести", "Отменить");
        press("Подтверждаю", "Спасибо, визит подтверждён! Ждём вас Вт 05.03 (завтра) в 10:00.");
        assertThat(api.call("get_bookings_info", client).body().get(0).get("status").asString()).isEqualTo("confirmed");

        // A day before the 16:00 visit: cancelled from its reminder, the 10:00 one kept.
        fireAt("2030-03-04T16:00", "Напоминаем о записи в барбершоп «Борода»: Вт 05.03 (завтра) в 16:00.");
        press("Отменить", "Отменить запись на Вт 05.03 (завтра) в 16:00?");
        press("Да, отменить", "Запись отменена.");
        assertThat(api.call("get_bookings_info", client).body()).singleElement()
                .satisfies(b -> assertThat(b.get("booking_time").asString()).isEqualTo("10:00"));

        // Two hours before the confirmed 10:00 visit: nothing to confirm; moved from the reminder.
        FakeBotApi.Sent soon = fireAt("2030-03-05T08:00", "Напоминаем о записи в барбершоп «Борода»: Вт 05.03 (сегодня) в 10:00.");
        assertThat(soon.text()).endsWith("Вы подтвердили визит. Ждём вас!");
        assertThat(soon.labels()).containsExactly("Перенести", "Отменить");
        press("Перенести", "На какую дату перенести? Мастер тот же: Павел Тихонов.");
        press("Ср 06.03 (завтра)", "Свободное время на Ср 06.03 (завтра):");
        press("12:00", "Готово: запись перенесена на Ср 06.03 (завтра) в 12:00.");

        // The moved visit's reminders, then two hours after it the thank-you: the same master and service again.
        fireAt("2030-03-05T12:00", "Напоминаем о записи в барбершоп «Борода»: Ср 06.03 (завтра) в 12:00.");
        fireAt("2030-03-06T10:00", "Напоминаем о записи в барбершоп «Борода»: Ср 06.03 (сегодня) в 12:00.");
        FakeBotApi.Sent thanks = fireAt("2030-03-06T14:45", "Спасибо, что были у нас в барбершопе «Борода»!");
        assertThat(thanks.text()).contains("Записаться снова к мастеру Павел Тихонов можно одной кнопкой.");
        press("Записаться снова", "Выберите дату (мастер: Павел Тихонов):");
        press("Чт 07.03 (завтра)", "Свободное время на Чт 07.03 (завтра):");
        press("12:00", "Вы записаны: Моделирование бороды, Чт 07.03 (завтра) в 12:00, мастер Павел Тихонов.");
        assertThat(api.call("get_bookings_info", client).body().get(0).get("employee_id").asLong()).isEqualTo(463665);
    }

    @Test
    void aFullDateIsWaitedForAndTheFreedTimeIsOfferedAndBooked() {
        long freed = 0;
        for (String time : List.of("09:00", "10:00", "11:00", "12:00", "14:00", "15:00", "16:00", "17:00")) {
            Api.Answer booked = api.call("create_booking", "someone-else", 14275391, 844, "06.03.2030", time, 463665);
            assertThat(booked.body().get("status").asBoolean()).as(booked.text()).isTrue();
            freed = time.equals("11:00") ? booked.body().get("booking").get("id").asLong() : freed;
        }
        int before = sent();
        telegram.says(chat, "/start");
        after(before, "Выберите услугу:");
        press("Мужская стрижка", "Стоимость: 1500 ₽");
        press("Выбрать мастера", "Кто вас примет?");
        assertThat(press("Павел Тихонов", "Выберите дату (мастер: Павел Тихонов):").labels()).doesNotContain("Ср 06.03")
                .contains("Нет нужной даты");
        press("Нет нужной даты", "Напишите дату, на которую хотите записаться");
        before = sent();
        telegram.says(chat, "06.03.2030");
        assertThat(after(before, "На Ср 06.03 свободного времени нет (мастер: Павел Тихонов).").labels())
                .containsExactly("Сообщить, если освободится", "Вернуться к выбору даты");
        press("Сообщить, если освободится", "Хорошо! Если на Ср 06.03 освободится время");

        before = sent();
        assertThat(api.call("cancel_booking", "someone-else", 14275391, freed).body().get("status").asBoolean()).isTrue();
        FakeBotApi.Sent offer = after(before, "🔔 Освободилось время Ср 06.03 в 11:00: Мужская стрижка, мастер Павел Тихонов.");
        assertThat(offer.labels()).containsExactly("Записаться на 11:00", "Не нужно");
        press("Записаться на 11:00", "Иван Петров, оставьте, пожалуйста, номер телефона");
        before = sent();
        telegram.sharesContact(chat, "+7 900 123-45-67", chat);
        after(before, "Вы записаны: Мужская стрижка, Ср 06.03 в 11:00, мастер Павел Тихонов.");
        assertThat(api.call("get_bookings_info", client).body()).singleElement().satisfies(b -> {
            assertThat(b.get("booking_date").asString()).isEqualTo("06.03.2030");
            assertThat(b.get("booking_time").asString()).isEqualTo("11:00");
        });
    }

    /** Pays the booking its message's payment button is for, on the payment page, and waits for the thanks. */
    private void pay(FakeBotApi.Sent booked, String button) {
        String payUrl = booked.button(button).orElseThrow().path("url").asString();
        String order = payUrl.substring(payUrl.indexOf("order=") + 6);
        int before = sent();
        Api.Answer paid = api.post("/api/v1/pay/demo/" + client + "?order=" + order, "", null, null);
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        after(before, "оплата получена");
    }

    /** Sets the clock to a Moscow time, sends the reminders and follow-ups due by then, and answers the message that says so. */
    private FakeBotApi.Sent fireAt(String moscow, String expected) {
        int before = sent();
        clock.set(LocalDateTime.parse(moscow).atZone(ZoneId.of("Europe/Moscow")).toInstant());
        reminders.runDueNow();
        return after(before, expected);
    }

    /** Presses a button of the newest message that has it and answers the first message after the press that says so. */
    private FakeBotApi.Sent press(String label, String expected) {
        int before = sent();
        telegram.presses(chat, label);
        return after(before, expected);
    }

    private FakeBotApi.Sent after(int before, String fragment) {
        await().atMost(Duration.ofSeconds(30)).until(() -> sentTo().stream().skip(before).anyMatch(m -> m.text().contains(fragment)));
        return sentTo().stream().skip(before).filter(m -> m.text().contains(fragment)).findFirst().orElseThrow();
    }

    private List<FakeBotApi.Sent> sentTo() {
        return telegram.sentTo(chat);
    }

    private int sent() {
        return sentTo().size();
    }
}
