package slotbot.funnel.bot;

import org.junit.jupiter.api.Test;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.FunctionLibrary;
import slotbot.funnel.calc.Limits;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BotReaderTest {

    private final BotReader reader = new BotReader(new Calculator(FunctionLibrary.standard(), Limits.defaults()),
            ZoneId.of("Europe/Moscow"));

    @Test
    void readsBlocksArrowsTriggersAndButtons() {
        Bot bot = reader.read("salon", Map.of(
                "start", "hello",
                "blocks", List.of(
                        Map.of("id", "hello", "text", "Hi", "arrows", List.of(Map.of("to", 7.1, "delay", 0), Map.of("to", "pay", "when", "оплата"))),
                        Map.of("id", 7.1, "code", "x = 1", "buttons", "#{buttons}",
                                "arrows", List.of(Map.of("to", "hello", "when", "Назад;Back", "priority", 20),
                                        Map.of("to", "hello", "delay", "10m", "cancel_if_left", true))),
                        Map.of("id", "menu", "state", false, "trigger", Map.of("when", "меню", "match", "keywords", "callbacks_only", true)),
                        Map.of("id", "pay", "buttons", List.of("Да", Map.of("text", "Оплатить", "url", "https://pay")),
                                "arrows", List.of(Map.of("to", "hello"))))));

        assertThat(bot.start()).isEqualTo("hello");
        Block second = bot.block("7.1").orElseThrow();
        assertThat(second.buttonsVariable()).isEqualTo("buttons");
        assertThat(second.inputArrows()).singleElement().satisfies(a -> {
            assertThat(a.priority()).isEqualTo(20);
            assertThat(a.when().text()).isEqualTo("Назад;Back");
        });
        assertThat(second.timedArrows()).singleElement().satisfies(a -> {
            assertThat(a.delay()).isEqualTo(Duration.ofMinutes(10));
            assertThat(a.cancelIfLeft()).isTrue();
        });
        assertThat(bot.quickAnswers()).extracting(Block::id).containsExactly("menu");
        assertThat(bot.block("menu").orElseThrow().trigger().condition().kind()).isEqualTo(MatchKind.KEYWORDS);
        assertThat(bot.block("pay").orElseThrow().buttons()).extracting(Button::url).containsExactly(null, "https://pay");
    }

    @Test
    void refusesTheWholeFileNamingBlockFieldAndPosition() {
        BotRefused refused = catchThrowableOfType(BotRefused.class, () -> reader.read("broken", Map.of(
                "start", "hello",
                "colour", "red",
                "blocks", List.of(
                        Map.of("id", "hello", "code", "x = 1\ny = (2 +\nz = no_such_function(1)",
                                "arrows", List.of(Map.of("to", "nowhere"), Map.of("to", "hello", "delay", "soon"),
                                        Map.of("to", "hello", "cancel_if_left", true), Map.of("to", "hello", "when", "(", "match", "regex"),
                                        Map.of("to", "hello", "if", "x == "))),
                        Map.of("id", "hello", "text", "again"),
                        Map.of("id", "island", "text", "nobody comes here", "prise", 5)))));

        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("bot broken, colour: unknown field"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'hello', code: [2:"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'hello', code: [3:").contains("no_such_function"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).isEqualTo("block 'hello', arrows[0].to: no block 'nowhere'"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'hello', arrows[1], delay:").contains("\"soon\""));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'hello', arrows[2], cancel_if_left:"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'hello', arrows[3], when: expected regular expressions separated by ';', got \"(\": Invalid regular expression"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'hello', arrows[4], if: [1:"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).isEqualTo("block 'hello', id: used by another block already"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'island': unreachable"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'island', prise: unknown field"));
    }

    @Test
    void readsATimerAtATimeAndRefusesItsSyntaxErrorsAndADelayBesideIt() {
        Bot bot = reader.read("at", Map.of("blocks", List.of(
                Map.of("id", "a", "arrows", List.of(Map.of("to", "b", "at", "add_days(current_date, 1) + ' 10:00'",
                        "cancel_if_left", true))),
                Map.of("id", "b"))));
        Arrow arrow = bot.block("a").orElseThrow().arrows().get(0);
        assertThat(arrow.at()).isEqualTo("add_days(current_date, 1) + ' 10:00'");
        assertThat(arrow.isTimed()).isTrue();
        assertThat(arrow.waitsForInput()).isFalse();
        assertThat(arrow.cancelIfLeft()).isTrue();

        BotRefused refused = catchThrowableOfType(BotRefused.class, () -> reader.read("at", Map.of("blocks", List.of(
                Map.of("id", "a", "arrows", List.of(Map.of("to", "a", "at", "add_days(current_date, "),
                        Map.of("to", "a", "at", "no_such_function(1)"),
                        Map.of("to", "a", "at", "'05.03.2030 10:00'", "delay", "5m")))))));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'a', arrows[0], at: [1:"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'a', arrows[1], at: [1:").contains("no_such_function"));
        assertThat(refused.problems()).contains(
                "block 'a', arrows[2], at: an arrow fires after a delay or at a time, not both: leave out delay or at");
    }

    @Test
    void refusesAStartThatIsNoBlockAndAnEmptyBot() {
        assertThat(catchThrowableOfType(BotRefused.class, () -> reader.read("b", Map.of("start", "x",
                "blocks", List.of(Map.of("id", "a"))))).problems())
                .anySatisfy(p -> assertThat(p).isEqualTo("bot b, start: no block 'x'"));
        assertThat(catchThrowableOfType(BotRefused.class, () -> reader.read("b", Map.of())).problems())
                .anySatisfy(p -> assertThat(p).contains("blocks"));
    }

    @Test
    void refusesALinkAClientCannotSafelyFollowAndKeepsTheOnesItCan() {
        List<Object> links = List.of("javascript:alert(1)", "JavaScript:#{x}", "data:text/html,<b>", "//evil.example/x",
                "https://shop.example/pay", "/pay/demo/#{client_id}", "tg://resolve?domain=x", "mailto:a@b.c", "tel:+79001234567",
                "#{pay_url}");
        List<Object> buttons = links.stream().map(url -> (Object) Map.of("text", "Ссылка", "url", url)).toList();

        BotRefused refused = catchThrowableOfType(BotRefused.class, () -> reader.read("links", Map.of(
                "blocks", List.of(Map.of("id", "a", "text", "Ссылки", "buttons", buttons)))));

        assertThat(refused.problems()).hasSize(4).allSatisfy(p -> assertThat(p).contains("url: expected a link starting with https://"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'a', buttons[0], url:").contains("javascript:"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("block 'a', buttons[3], url:"));
    }

    @Test
    void aButtonOfTypePhoneIsReadAndAnyOtherTypeOrAPhoneLinkIsRefused() {
        Bot bot = reader.read("phone", Map.of("blocks", List.of(Map.of("id", "a", "text", "Номер?",
                "buttons", List.of(Map.of("text", "Поделиться номером", "type", "phone"), "Нет")))));
        assertThat(bot.block("a").orElseThrow().buttons()).extracting(Button::type).containsExactly("phone", null);

        BotRefused refused = catchThrowableOfType(BotRefused.class, () -> reader.read("phone", Map.of("blocks", List.of(
                Map.of("id", "a", "text", "Номер?", "buttons", List.of(Map.of("text", "Почта", "type", "email"),
                        Map.of("text", "Номер", "type", "phone", "url", "https://example.org")))))));
        assertThat(refused.problems()).hasSize(2);
        assertThat(refused.problems().get(0)).startsWith("block 'a', buttons[0], type: expected phone").contains("email");
        assertThat(refused.problems().get(1)).startsWith("block 'a', buttons[1], url:").contains("type phone");
    }
}
