package slotbot.app.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import slotbot.app.AppTestBase;
import slotbot.app.bots.BotLibrary;
import slotbot.app.dialog.TimerScheduler;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo bot on Telegram by long polling, against a fake Bot API on loopback: a whole booking through buttons,
 * a Bot API that fails for a while, a bad update, order within a chat, a flood, a sticker.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(TelegramLongPollingTest.Fake.class)
class TelegramLongPollingTest extends AppTestBase {

    static final String TOKEN = "4242:LONG-poll_token";
    /** slotbot.telegram.burst, the default. */
    static final int BURST = 10;
    static final String CONTACT_BOT = """
            start: ask
            blocks:
              - id: ask
                text: "Здравствуйте, #{client_name}! Поделитесь номером."
                buttons:
                  - {text: "Поделиться номером", type: phone}
                  - Не сейчас
                arrows:
                  - {to: thanks}
              - id: thanks
                text: "Спасибо! Номер #{client_phone}, вы прислали #{question}"
            """;
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
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:slotbot-telegram-polling;DB_CLOSE_DELAY=-1");
        registry.add("slotbot.telegram.api-url", telegram::url);
        registry.add("slotbot.telegram.bots.demo.token", () -> TOKEN);
        registry.add("slotbot.telegram.poll-timeout", () -> "1s");
        registry.add("slotbot.telegram.request-timeout", () -> "1s");
        registry.add("slotbot.public-url", () -> "https://slotbot.example.org/");
    }

    @Autowired
    BotLibrary bots;

    @Autowired
    TimerScheduler scheduler;

    @Autowired
    MeterRegistry meters;

    private long chat;
    private ListAppender<ILoggingEvent> logs;

    @BeforeEach
    void installTheDemoBotAndWatchTheLog() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
        telegram.clearFailures();
        chat = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        logs = new ListAppender<>();
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void theTokenNeverReachesTheLog() {
        root().detachAppender(logs);
        assertThat(logs.list).allSatisfy(event -> assertThat(text(event)).doesNotContain(TOKEN));
    }

    @Test
    void booksAServiceByButtonsAndGetsAnAbsolutePaymentLink() {
        telegram.says(chat, "/start");

        FakeBotApi.Sent services = telegram.awaitText(chat, "Выберите услугу:");
        assertThat(telegram.texts(chat).get(0)).contains("Здравствуйте");
        assertThat(services.rows()).containsExactly(List.of("Мужская стрижка"), List.of("Моделирование бороды"), List.of("Детская стрижка"));

        String press = telegram.presses(chat, "Моделирование бороды");
        assertThat(telegram.awaitText(chat, "Стоимость: 900 ₽").labels()).contains("Выбрать дату", "Вернуться к списку услуг");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.answered(press));

        telegram.presses(chat, "Выбрать дату");
        FakeBotApi.Sent dates = telegram.awaitText(chat, "Выберите дату");
        assertThat(dates.rows().get(0)).startsWith("Пн 04.03 (сегодня)", "Вт 05.03 (завтра)").hasSizeLessThanOrEqualTo(3);

        telegram.presses(chat, "Вт 05.03 (завтра)");
        assertThat(telegram.awaitText(chat, "Свободное время на Вт 05.03 (завтра):").rows().get(0)).hasSize(4);

        telegram.presses(chat, "10:00");
        FakeBotApi.Sent askPhone = telegram.awaitText(chat, "Иван Петров, оставьте, пожалуйста, номер телефона");
        assertThat(askPhone.keyboardButtons()).as("the name came from the profile: only the phone is asked")
                .first().satisfies(b -> assertThat(b.path("request_contact").asBoolean()).isTrue());
        telegram.sharesContact(chat, "79001234567", chat);
        assertThat(telegram.awaitText(chat, "Спасибо! Записываю вас").removesKeyboard()).isTrue();
        FakeBotApi.Sent booked = telegram.awaitText(chat, "Вы записаны: Моделирование бороды, Вт 05.03 (завтра) в 10:00");
        assertThat(booked.text()).contains("На имя Иван Петров, телефон +79001234567");

        assertThat(booked.button("Оплатить 900 ₽").orElseThrow().path("url").asString())
                .startsWith("https://slotbot.example.org/pay/demo/tg-" + chat + "?order=");
        assertThat(api.call("get_bookings_info", "tg-" + chat).body().get(0).get("booking_time").asString()).isEqualTo("10:00");
        assertThat(jdbc.sql("SELECT variables FROM dialog WHERE client_id = ?").param("tg-" + chat).query(String.class).single())
                .contains("telegram").contains("Иван Петров");
        telegram.awaitText(chat, "Запись появилась в календаре");
        assertThat(telegram.texts(chat)).as("each reply once: the answer to an input is not sent again by the listener")
                .doesNotHaveDuplicates();
    }

    @Test
    void aPhoneButtonAsksForTheContactWhoseNumberSetsThePhoneAndArrivesAsTheInput() {
        bots.install("demo", CONTACT_BOT);
        telegram.says(chat, "/start");

        FakeBotApi.Sent ask = telegram.awaitText(chat, "Здравствуйте, Иван Петров! Поделитесь номером");
        assertThat(ask.keyboardButtons()).hasSize(2);
        assertThat(ask.keyboardButtons().get(0).path("text").asString()).isEqualTo("Поделиться номером");
        assertThat(ask.keyboardButtons().get(0).path("request_contact").asBoolean()).isTrue();
        assertThat(ask.keyboardButtons().get(1).path("request_contact").isMissingNode()).isTrue();
        telegram.sharesContact(chat, "79001234567", chat);

        FakeBotApi.Sent thanks = telegram.awaitText(chat, "Спасибо! Номер +79001234567, вы прислали +79001234567");
        assertThat(thanks.removesKeyboard()).as("the contact keyboard goes away once answered").isTrue();
        JsonNode client = api.send("GET", "/api/v1/admin/clients/tg-" + chat, null, "Bearer " + slotbot.app.Api.TOKEN, null).body();
        assertThat(client.path("name").asString()).as("Telegram fills the name").isEqualTo("Иван Петров");
        assertThat(client.path("phone").asString()).isEqualTo("+79001234567");
    }

    @Test
    void answeringThePhoneQuestionWithAnotherButtonTakesTheKeyboardAwayToo() {
        bots.install("demo", CONTACT_BOT);
        telegram.says(chat, "/start");
        telegram.awaitText(chat, "Поделитесь номером");

        // A reply keyboard's button sends its label as a message.
        telegram.says(chat, "Не сейчас");

        FakeBotApi.Sent thanks = telegram.awaitText(chat, "вы прислали Не сейчас");
        assertThat(thanks.removesKeyboard()).isTrue();
        telegram.says(chat, "ещё");
        telegram.awaitText(chat, "Я не понял вас");
        assertThat(telegram.sentTo(chat)).filteredOn(FakeBotApi.Sent::removesKeyboard).as("once").hasSize(1);
    }

    @Test
    void someoneElsesContactSetsNoPhone() {
        bots.install("demo", CONTACT_BOT);
        telegram.says(chat, "/start");
        telegram.awaitText(chat, "Поделитесь номером");

        telegram.sharesContact(chat, "79001234567", chat + 1);

        telegram.awaitText(chat, "Я понимаю только текст");
        assertThat(api.send("GET", "/api/v1/admin/clients/tg-" + chat, null, "Bearer " + slotbot.app.Api.TOKEN, null)
                .body().path("phone").isNull()).isTrue();
    }

    @Test
    void whatATimerSaysReachesTheChat() {
        bookTenOClock();

        clock.advance(Duration.ofMinutes(11));
        scheduler.checkDueNow();

        telegram.awaitText(chat, "Оплата не поступила");
        assertThat(api.call("get_bookings_info", "tg-" + chat).body()).isEmpty();
        assertThat(telegram.texts(chat)).doesNotHaveDuplicates();
    }

    @Test
    void aBotApiThatFailsForAWhileDoesNotStopTheBot() {
        telegram.fail("getUpdates", new FakeBotApi.ServerError(), new FakeBotApi.TooManyRequests(1),
                new FakeBotApi.Timeout(Duration.ofSeconds(3)));
        telegram.fail("sendMessage", new FakeBotApi.ServerError(), new FakeBotApi.TooManyRequests(1),
                new FakeBotApi.Timeout(Duration.ofSeconds(3)));

        telegram.says(chat, "/start");

        assertThat(telegram.awaitText(chat, "Выберите услугу:").labels()).contains("Моделирование бороды");
        assertThat(telegram.failuresLeft()).isZero();
        assertThat(telegram.texts(chat).get(0)).contains("Здравствуйте");
        telegram.presses(chat, "Моделирование бороды");
        telegram.awaitText(chat, "Стоимость: 900 ₽");
        assertThat(logs.list).as("the retries were logged").anyMatch(e -> e.getFormattedMessage().contains("trying again"));
    }

    @Test
    void aBadUpdateSpoilsNothingElse() {
        telegram.queue(telegram.update().set("message", FakeBotApi.JSON.createObjectNode().put("message_id", 1).put("text", "без чата")));
        telegram.says(chat, "/start");

        telegram.awaitText(chat, "Выберите услугу:");
    }

    @Test
    void theUpdatesOfAChatArePlayedInTheOrderTheyCame() {
        List<String> texts = IntStream.rangeClosed(1, 8).mapToObj(i -> "сообщение " + i).toList();

        telegram.says(chat, texts.toArray(String[]::new));

        await().atMost(Duration.ofSeconds(30)).until(() -> typed().size() == texts.size());
        assertThat(typed()).containsExactlyElementsOf(texts);
    }

    @Test
    void aFloodIsCutShortAndToldOnce() {
        double refusedBefore = floodRefusals();
        telegram.says(chat, IntStream.rangeClosed(1, 30).mapToObj(i -> "флуд " + i).toArray(String[]::new));

        telegram.awaitText(chat, "Слишком много сообщений подряд");
        await().atMost(Duration.ofSeconds(30)).until(() -> typed().size() >= BURST);
        assertThat(typed()).hasSizeLessThanOrEqualTo(BURST + 2);
        assertThat(telegram.texts(chat)).filteredOn(t -> t.startsWith("Слишком много сообщений")).hasSize(1);
        // Each message is either played or refused, and each refusal is counted for the metrics.
        await().atMost(Duration.ofSeconds(30)).until(() -> typed().size() + floodRefusals() - refusedBefore == 30);
    }

    private double floodRefusals() {
        Counter counter = meters.find("slotbot.rate.limit.refusals").tag("limit", "telegram_messages").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aStickerGetsAPoliteAnswerAndLeavesTheDialogAlone() {
        telegram.sendsSticker(chat);

        telegram.awaitText(chat, "Я понимаю только текст");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE client_id = ?").param("tg-" + chat)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theSessionUsesTheBotsTokenAndTakesOnlyMessagesAndPresses() {
        telegram.says(chat, "/start");
        telegram.awaitText(chat, "Выберите услугу:");

        assertThat(telegram.calls()).allSatisfy(call -> assertThat(call.token()).isEqualTo(TOKEN));
        assertThat(telegram.calls("getUpdates")).last().satisfies(call -> {
            assertThat(call.body().path("timeout").asInt()).isEqualTo(1);
            assertThat(call.body().path("allowed_updates").valueStream().map(n -> n.asString()).toList())
                    .containsExactly("message", "callback_query");
        });
    }

    private void bookTenOClock() {
        telegram.says(chat, "/start");
        telegram.awaitText(chat, "Выберите услугу:");
        telegram.presses(chat, "Моделирование бороды");
        telegram.awaitText(chat, "Стоимость: 900 ₽");
        telegram.presses(chat, "Выбрать дату");
        telegram.awaitText(chat, "Выберите дату");
        telegram.presses(chat, "Вт 05.03 (завтра)");
        telegram.awaitText(chat, "Свободное время на Вт 05.03 (завтра):");
        telegram.presses(chat, "10:00");
        telegram.awaitText(chat, "номер телефона");
        telegram.sharesContact(chat, "79001234567", chat);
        telegram.awaitText(chat, "Вы записаны");
    }

    private List<String> typed() {
        return jdbc.sql("SELECT text FROM dialog_message WHERE client_id = ? AND direction = 'in' ORDER BY id")
                .param("tg-" + chat).query(String.class).list();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static String text(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
