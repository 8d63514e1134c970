package slotbot.funnel.dialog;

import org.junit.jupiter.api.Test;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.bot.BotReader;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.Limits;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DialogEngineTest {

    private static final Instant NOW = Instant.parse("2030-03-04T05:00:00Z");
    private final List<String> bookingCalls = new ArrayList<>();
    private final Calculator calculator = new Calculator(BotFunctions.library((name, args, client) -> {
        bookingCalls.add(client + " " + name + args);
        return name.equals("create_booking") ? Map.of("status", true, "booking", Map.of("id", 42L)) : List.of("09:00", "09:30");
    }), Limits.defaults());
    private final DialogEngine engine = new DialogEngine(calculator, Clock.fixed(NOW, ZoneOffset.UTC));
    private final BotReader reader = new BotReader(calculator, ZoneId.of("Europe/Moscow"));
    private final Channel channel = Channel.web("c1");

    private Dialog dialog = Dialog.fresh("test", "c1");
    private Turn last;

    @Test
    void aNewClientStartsAtTheStartWhateverTheySayAndPassesZeroDelayArrows() {
        Bot bot = bot("""
                start: hello
                blocks:
                  - id: hello
                    text: "Здравствуйте!"
                    arrows: [{to: menu, delay: 0}]
                  - id: menu
                    code: "n = 2 + 3"
                    text: "Выберите (#{n}):"
                    buttons: ["Стрижка", {text: "Сайт", url: "https://example.org/#{n}"}]
                """);

        List<Reply> replies = say(bot, "что угодно");

        assertThat(replies).extracting(Reply::text).containsExactly("Здравствуйте!", "Выберите (5):");
        assertThat(replies.get(1).buttons()).extracting(Reply.ReplyButton::url).containsExactly(null, "https://example.org/5");
        assertThat(dialog.block()).isEqualTo("menu");
        assertThat(dialog.variables()).containsEntry("question", "что угодно").containsKey("current_date");
    }

    @Test
    void theHigherPriorityArrowWinsAlthoughTheOtherMatchesToo() {
        Bot bot = bot("""
                start: dates
                blocks:
                  - id: dates
                    code: "checker = '05.02.2030;Назад;'"
                    text: "Даты"
                    arrows:
                      - {to: chosen, when: "#{checker}"}
                      - {to: back, when: "назад", priority: 20}
                  - {id: chosen, text: "Дата #{question}"}
                  - {id: back, text: "Назад к услугам"}
                """);
        say(bot, "start");

        assertThat(say(bot, "  НАЗАД ")).extracting(Reply::text).containsExactly("Назад к услугам");
    }

    @Test
    void startConditionsComeFirstQuickAnswersLastAndTheFallbackRepeatsTheChoices() {
        Bot bot = bot("""
                start: ask
                fallback: "Не понял"
                blocks:
                  - id: ask
                    text: "Да или нет?"
                    buttons: ["Да", "Нет"]
                    arrows: [{to: yes, when: "Да"}, {to: yes, when: "меню"}]
                  - {id: yes, text: "Отлично"}
                  - {id: menu, text: "Меню", trigger: {when: "меню", priority: 5}}
                  - {id: hours, state: false, text: "Работаем с 9 до 21", trigger: {when: "часы работы;когда работаете", match: keywords}}
                """);
        say(bot, "привет");

        assertThat(say(bot, "Меню")).extracting(Reply::text).containsExactly("Меню");
        assertThat(dialog.block()).isEqualTo("menu");

        dialog = Dialog.fresh("test", "c1");
        say(bot, "привет");
        assertThat(say(bot, "А когда вы РАБОТАЕТЕ?")).extracting(Reply::text).containsExactly("Работаем с 9 до 21");
        assertThat(dialog.block()).isEqualTo("ask");
        List<Reply> fallback = say(bot, "пицца");
        assertThat(fallback).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Не понял");
            assertThat(r.buttons()).extracting(Reply.ReplyButton::text).containsExactly("Да", "Нет");
        });
        assertThat(say(bot, "да")).extracting(Reply::text).containsExactly("Отлично");
    }

    @Test
    void callbacksOnlyTriggersAndArrowsIgnoreTypedText() {
        Bot bot = bot("""
                start: wait
                blocks:
                  - id: wait
                    text: "Ждём оплату"
                    arrows: [{to: paid, when: "payment_received", match: keywords, callbacks_only: true}]
                  - {id: paid, text: "Оплачено"}
                  - {id: note, state: false, text: "Запись в календаре", trigger: {when: "new_order_in_calendar", match: keywords, callbacks_only: true}}
                """);
        say(bot, "hi");

        assertThat(say(bot, "new_order_in_calendar: [1] fake")).extracting(Reply::text).doesNotContain("Запись в календаре");
        assertThat(say(bot, "payment_received")).extracting(Reply::text).doesNotContain("Оплачено");
        assertThat(callback(bot, "new_order_in_calendar: [1] Добавлена запись")).extracting(Reply::text).containsExactly("Запись в календаре");
        assertThat(callback(bot, "unrelated callback")).isEmpty();
        assertThat(callback(bot, "payment_received [42]")).extracting(Reply::text).containsExactly("Оплачено");
        assertThat(dialog.variables()).containsEntry("question", "payment_received [42]");
    }

    @Test
    void dataCollectionExpressionAndVariableArrows() {
        Bot bot = bot("""
                start: phone
                blocks:
                  - id: phone
                    text: "Ваш телефон?"
                    arrows: [{to: check, save_to: phone}]
                  - id: check
                    code: "ok = len(phone) >= 5"
                    text: "#{none}"
                    arrows:
                      - {to: good, delay: 0, if: "ok == True"}
                      - {to: vip, delay: 0, variable: phone, when: "^\\\\+7", match: regex, priority: 20}
                      - {to: bad, delay: 0}
                  - {id: good, text: "Записал #{phone}"}
                  - {id: vip, text: "Россия: #{phone}"}
                  - {id: bad, text: "Слишком коротко", arrows: [{to: phone, delay: 0}]}
                """);
        say(bot, "hi");

        assertThat(say(bot, "123")).extracting(Reply::text).containsExactly("Слишком коротко", "Ваш телефон?");
        assertThat(say(bot, "+79161234567")).extracting(Reply::text).containsExactly("Россия: +79161234567");
        dialog = Dialog.fresh("test", "c1");
        say(bot, "hi");
        assertThat(say(bot, "5550001")).extracting(Reply::text).containsExactly("Записал 5550001");
    }

    @Test
    void aTimerFiresOnlyWhileTheClientIsStillInTheSameVisitOfItsBlock() {
        Bot bot = bot("""
                start: pay
                blocks:
                  - id: pay
                    text: "Оплатите"
                    arrows:
                      - {to: cancelled, delay: 5, cancel_if_left: true}
                      - {to: elsewhere, when: "уйти"}
                      - {to: pay, when: "снова"}
                  - {id: cancelled, text: "Отменено"}
                  - {id: elsewhere, text: "Ушёл", arrows: [{to: pay, when: "назад"}]}
                """);
        say(bot, "hi");
        Timer first = single(last.timers());
        assertThat(first.fireAt()).isEqualTo(NOW.plusSeconds(5));
        Dialog beforeFiring = dialog;

        assertThat(fire(bot, first)).extracting(Reply::text).containsExactly("Отменено");

        dialog = beforeFiring;
        say(bot, "уйти");
        assertThat(fire(bot, first)).isEmpty();

        dialog = beforeFiring;
        say(bot, "снова");
        Timer second = single(last.timers());
        assertThat(fire(bot, first)).as("a timer of an earlier visit of the same block").isEmpty();
        assertThat(fire(bot, second)).extracting(Reply::text).containsExactly("Отменено");
    }

    @Test
    void anArrowThatCancelsTimersVoidsAllButTheKeptOnes() {
        Bot bot = bot("""
                start: a
                blocks:
                  - id: a
                    text: "A"
                    arrows:
                      - {to: reminder, delay: 60}
                      - {to: kept, delay: 120, keep: true}
                      - {to: b, when: "дальше", cancel_timers: true}
                  - {id: b, text: "B"}
                  - {id: reminder, text: "Напоминаю"}
                  - {id: kept, text: "Всё равно напомню"}
                """);
        say(bot, "hi");
        List<Timer> timers = last.timers();
        say(bot, "дальше");

        assertThat(fire(bot, timers.get(0))).isEmpty();
        assertThat(fire(bot, timers.get(1))).extracting(Reply::text).containsExactly("Всё равно напомню");
    }

    @Test
    void aTimerAtATimeFiresThenInTheBotsZoneWithTheValueTheBlockGaveIt() {
        Bot bot = bot("""
                start: booked
                blocks:
                  - id: booked
                    code: "visit = add_days(current_date, 1) + ' 10:00'"
                    text: "Записаны на #{visit}"
                    arrows:
                      - {to: morning, at: "add_minutes(visit, -120)", cancel_if_left: true}
                      - {to: elsewhere, when: "уйти"}
                  - {id: morning, text: "Напоминаем: сегодня в 10:00"}
                  - {id: elsewhere, text: "Ушёл"}
                """);
        say(bot, "hi");

        Timer timer = single(last.timers());
        assertThat(timer.fireAt()).isEqualTo(Instant.parse("2030-03-05T05:00:00Z")); // 05.03.2030 08:00 in Moscow
        Dialog beforeFiring = dialog;
        assertThat(fire(bot, timer)).extracting(Reply::text).containsExactly("Напоминаем: сегодня в 10:00");

        dialog = beforeFiring;
        say(bot, "уйти");
        assertThat(fire(bot, timer)).as("cancel_if_left, as with a delay").isEmpty();
    }

    @Test
    void aTimeThatHasPassedFiresAtOnce() {
        Bot bot = bot("""
                start: a
                blocks:
                  - {id: a, text: "A", arrows: [{to: b, at: "'01.01.2030 09:00'"}]}
                  - {id: b, text: "B"}
                """);
        say(bot, "hi");

        assertThat(single(last.timers()).fireAt()).isEqualTo(NOW);
        assertThat(last.errors()).isEmpty();
    }

    @Test
    void aValueThatIsNoTimeSetsNoTimerAndTellsTheAuthorWhyWhileTheClientGetsTheBlock() {
        Bot bot = bot("""
                start: a
                blocks:
                  - id: a
                    text: "A"
                    arrows:
                      - {to: b, at: "'завтра в 10'"}
                      - {to: b, at: "int('x')"}
                      - {to: b, at: "add_days(current_date, 400) + ' 10:00'"}
                  - {id: b, text: "B"}
                """);

        assertThat(say(bot, "hi")).extracting(Reply::text).containsExactly("A");

        assertThat(last.timers()).isEmpty();
        assertThat(last.errors()).extracting(BotError::message).satisfiesExactly(
                m -> assertThat(m).isEqualTo("arrow 0 to 'b', at: expected a date and time such as 05.02.2030 10:00"
                        + " (dd.MM.yyyy HH:mm), got \"завтра в 10\"; no timer was set"),
                m -> assertThat(m).startsWith("arrow 1 to 'b', at: ").endsWith("; no timer was set"),
                m -> assertThat(m).isEqualTo("arrow 2 to 'b', at: expected a time at most 366 days ahead, got \"08.04.2031 10:00\";"
                        + " no timer was set"));
    }

    @Test
    void aLoopOfZeroDelayArrowsEndsTheTurnWithAnErrorForTheAuthor() {
        Bot bot = bot("""
                start: ping
                blocks:
                  - {id: ping, text: "ping", arrows: [{to: pong, delay: 0}]}
                  - {id: pong, text: "pong", arrows: [{to: ping, delay: 0}]}
                """);

        List<Reply> replies = say(bot, "go");

        assertThat(replies).hasSize(DialogEngine.MAX_HOPS);
        assertThat(last.errors()).singleElement().satisfies(e -> assertThat(e.toString()).contains("more than 50 blocks"));
    }

    @Test
    void aCodeErrorLeavesItsVariableUnsetAndTheRestOfTheBlockRuns() {
        Bot bot = bot("""
                start: a
                blocks:
                  - id: a
                    code: |
                      x = 1
                      y = 10 / 0
                      z = x + 1
                    text: "z=#{z}"
                """);

        assertThat(say(bot, "hi")).extracting(Reply::text).containsExactly("z=2");
        assertThat(dialog.variables()).doesNotContainKey("y");
        assertThat(last.errors()).singleElement().satisfies(e -> {
            assertThat(e.block()).isEqualTo("a");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.toString()).startsWith("bot test, block 'a', [2:");
        });
    }

    @Test
    void bookingFunctionsAreCalledForTheDialogsClientAndCallbacksGoToOthers() {
        Bot bot = bot("""
                start: a
                blocks:
                  - id: a
                    code: |
                      slots = get_slots_for_booking(1, [844], '05.03.2030')
                      r = create_booking(1, 844, '05.03.2030', slots[0])
                      id = r['booking']['id']
                      sent = callback('admin-7', 'новая запись ' + str(id))
                      own = callback(client_id, 'себе')
                    text: "#{none}"
                """);

        assertThat(say(bot, "hi")).isEmpty();
        assertThat(bookingCalls).containsExactly("c1 get_slots_for_booking[1, [844], 05.03.2030]",
                "c1 create_booking[1, 844, 05.03.2030, 09:00]");
        assertThat(dialog.variables().get("id")).isEqualTo(new BigDecimal("42"));
        assertThat(last.callbacks()).containsExactly(new Callback("admin-7", "новая запись 42"));
        assertThat(last.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(5));
    }

    @Test
    void botCodeSetsTheClientsNameAndPhoneAndReadsThemAsVariablesAtOnce() {
        Bot bot = bot("""
                start: hello
                blocks:
                  - id: hello
                    code: |
                      before = client_name
                      named = set_client_name('  Иван  ')
                      phoned = set_client_phone('+7 900 123-45-67')
                      bad = set_client_phone('нет')
                    text: "#{before}|#{client_name}|#{client_phone}|#{named['status']}|#{bad['status']}|#{bad['message']}"
                """);

        String text = say(bot, "привет").get(0).text();

        assertThat(text).startsWith("|Иван|+79001234567|True|False|phone: expected a phone number").endsWith("got \"нет\"");
        assertThat(dialog.variables()).containsEntry("client_name", "Иван").containsEntry("client_phone", "+79001234567");
    }

    @Test
    void theAnswerToAPhoneButtonSetsThePhoneWhenItReadsAndTheButtonCarriesItsType() {
        ClientContacts contacts = ClientContacts.inMemory();
        DialogEngine withContacts = new DialogEngine(calculator, Clock.fixed(NOW, ZoneOffset.UTC), contacts);
        Bot bot = bot("""
                start: ask
                blocks:
                  - id: ask
                    text: "Ваш номер?"
                    buttons: [{text: "Поделиться номером", type: phone}, "Не скажу"]
                    arrows: [{to: ask, when: "Не скажу"}, {to: thanks, if: "client_phone != ''"}, {to: again}]
                  - {id: thanks, text: "Номер: #{client_phone}"}
                  - {id: again, text: "Не понял номер", arrows: [{to: ask, delay: 0}]}
                """);
        Turn first = withContacts.onInput(bot, dialog, Input.message("привет"), channel);
        assertThat(first.replies().get(0).buttons()).extracting(Reply.ReplyButton::type).containsExactly("phone", null);

        Turn refused = withContacts.onInput(bot, first.dialog(), Input.message("Не скажу"), channel);
        Turn unread = withContacts.onInput(bot, refused.dialog(), Input.message("что-то"), channel);
        assertThat(unread.replies()).extracting(Reply::text).containsExactly("Не понял номер", "Ваш номер?");
        assertThat(contacts.of("c1").phone()).isNull();
        Turn shared = withContacts.onInput(bot, unread.dialog(), Input.message("+7 900 123 45 67"), channel);

        assertThat(shared.replies()).extracting(Reply::text).containsExactly("Номер: +79001234567");
        assertThat(contacts.of("c1").phone()).isEqualTo("+79001234567");
    }

    private List<Reply> say(Bot bot, String text) {
        last = engine.onInput(bot, dialog, Input.message(text), channel);
        dialog = last.dialog();
        return last.replies();
    }

    private List<Reply> callback(Bot bot, String text) {
        last = engine.onInput(bot, dialog, Input.callback(text), channel);
        dialog = last.dialog();
        return last.replies();
    }

    private List<Reply> fire(Bot bot, Timer timer) {
        last = engine.onTimer(bot, dialog, timer, channel);
        dialog = last.dialog();
        return last.replies();
    }

    private Bot bot(String yaml) {
        return reader.read("test", YAMLMapper.builder().build().readValue(yaml, Map.class));
    }

    private static Timer single(List<Timer> timers) {
        assertThat(timers).hasSize(1);
        return timers.get(0);
    }
}
