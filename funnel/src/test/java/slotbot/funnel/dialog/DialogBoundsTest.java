package slotbot.funnel.dialog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import slotbot.funnel.bot.Bot;
import slotbot.funnel.bot.BotLimits;
import slotbot.funnel.bot.BotReader;
import slotbot.funnel.bot.BotRefused;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.Limits;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a turn does when a bot's regex, text, buttons or variables pass their bounds: it goes on, and the author hears of it. */
class DialogBoundsTest {

    /** Ten thousand characters in four lines of code. */
    private static final String TEN_THOUSAND = """
            s = 'abcdefghij'
            s = s + s + s + s + s + s + s + s + s + s
            s = s + s + s + s + s + s + s + s + s + s
            s = s + s + s + s + s + s + s + s + s + s
            """;

    private final Calculator calculator = new Calculator(BotFunctions.library((name, args, client) -> List.of()), Limits.defaults());
    private final DialogEngine engine = new DialogEngine(calculator, Clock.fixed(Instant.parse("2030-03-04T05:00:00Z"), ZoneOffset.UTC));
    private final BotReader reader = new BotReader(calculator, ZoneId.of("Europe/Moscow"));

    private Dialog dialog = Dialog.fresh("test", "c1");
    private Turn last;

    @ParameterizedTest
    @CsvSource({"(a+)+b, 3000, 0", "(.*a){20}, 19, 3000"})
    void aRegexArrowOverItsBudgetIsNoMatchAndTheNextArrowIsFollowed(String pattern, int letters, int others) {
        Bot bot = bot("""
                start: ask
                blocks:
                  - id: ask
                    text: "Ваш код?"
                    arrows:
                      - {to: matched, when: "%s", match: regex}
                      - {to: other}
                  - {id: matched, text: "Код принят."}
                  - {id: other, text: "Не похоже на код."}
                """.formatted(pattern));
        say(bot, "/start");

        List<Reply> replies = say(bot, "a".repeat(letters) + "b".repeat(others));

        assertThat(replies).extracting(Reply::text).containsExactly("Не похоже на код.");
        assertThat(last.errors()).singleElement().satisfies(e -> {
            assertThat(e.block()).isEqualTo("ask");
            assertThat(e.message()).isEqualTo("arrow 0 to 'matched', when: regex \"" + pattern
                    + "\": Regular expression is too complex for this text (more than 1000000 steps): simplify it.");
        });
    }

    @Test
    void aTriggerRegexOverItsBudgetIsNoMatchAndTheFallbackAnswers() {
        Bot bot = bot("""
                start: menu
                fallback: "Не понял."
                blocks:
                  - {id: menu, text: "Меню"}
                  - id: codes
                    state: false
                    trigger: {when: "(a|aa)+$;(a+)+b", match: regex}
                    text: "code"
                """);
        say(bot, "/start");

        List<Reply> replies = say(bot, "a".repeat(3_000));

        assertThat(replies).extracting(Reply::text).containsAnyOf("Не понял.", "code");
        assertThat(last.errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.block()).isEqualTo("codes");
            assertThat(e.message()).startsWith("trigger, when: regex").contains("too complex");
        });
    }

    @Test
    void aTextOverTheLimitIsSentCutAndTheAuthorIsTold() {
        Bot bot = bot("""
                start: long
                blocks:
                  - id: long
                    code: |
                %s      s = s + s
                    text: "#{s}!"
                """.formatted(TEN_THOUSAND.indent(6)));

        List<Reply> replies = say(bot, "/start");

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.text()).hasSize(Limits.MAX_TEXT).endsWith("…");
            assertThat(reply.text()).startsWith("abcdefghij");
        });
        assertThat(last.errors()).singleElement().isEqualTo(new BotError("test", "long", 0, 0,
                "text: longer than 20000 characters; sent cut to 20000"));
    }

    @Test
    void codeBuildingATextOverTheLimitFailsOnItsLineAndTheBlockIsStillSent() {
        Bot bot = bot("""
                start: long
                blocks:
                  - id: long
                    code: |
                %s      s = s + s
                      s = s + 'x'
                    text: "Длина: #{len(s)}"
                """.formatted(TEN_THOUSAND.indent(6)));

        List<Reply> replies = say(bot, "/start");

        assertThat(replies).extracting(Reply::text).containsExactly("Длина: ");
        assertThat(last.errors()).singleElement().isEqualTo(new BotError("test", "long", 6, 7,
                "Text is too long: 20001 characters, at most 20000."));
        assertThat(dialog.variables()).doesNotContainKey("s");
    }

    @Test
    void variablesThatOutgrowTheirColumnKeepTheirValuesFromBeforeTheTurn() {
        StringBuilder copies = new StringBuilder(TEN_THOUSAND).append("s = s + s\n");
        for (int i = 0; i < 30; i++) {
            copies.append("v").append(i).append(" = s\n");
        }
        Bot bot = bot("""
                start: hoard
                blocks:
                  - id: hoard
                    code: |
                %s
                    text: "Готово"
                """.formatted(copies.toString().indent(6)));
        dialog = new Dialog("test", "c1", null, 0, 0, Map.of("name_given", "Анна"));

        List<Reply> replies = say(bot, "/start");

        assertThat(replies).extracting(Reply::text).containsExactly("Готово");
        assertThat(dialog.variables()).containsEntry("name_given", "Анна").doesNotContainKeys("s", "v0", "v29");
        assertThat(last.errors()).singleElement().satisfies(e -> {
            assertThat(e.block()).isEqualTo("hoard");
            assertThat(e.message()).startsWith("variables: more than " + BotLimits.MAX_VARIABLES_JSON + " characters as JSON");
        });
    }

    @Test
    void buttonsPastTheirBoundsAreCutOrLeftOut() {
        Bot bot = bot("""
                start: many
                blocks:
                  - id: many
                    code: |
                %s      s = s + s
                      label = substring(s, 0, 2000)
                      buttons = [label] + [label] + [label] + [label] + [label] + [label] + [label] + [label]
                      buttons = buttons + buttons + buttons + buttons + buttons + buttons + buttons + buttons + buttons + buttons + buttons + buttons + buttons + buttons + buttons
                    text: "Выберите"
                    buttons: "#{buttons}"
                """.formatted(TEN_THOUSAND.indent(6)));

        List<Reply> replies = say(bot, "/start");

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.buttons()).hasSizeLessThanOrEqualTo(BotLimits.MAX_BUTTONS)
                    .allSatisfy(b -> assertThat(b.text()).hasSize(BotLimits.MAX_BUTTON_TEXT).endsWith("…"));
            assertThat(reply.buttons().stream().mapToLong(b -> b.text().length() + 40L).sum())
                    .isLessThanOrEqualTo(BotLimits.MAX_BUTTONS_JSON);
        });
        assertThat(last.errors()).extracting(BotError::message)
                .anySatisfy(m -> assertThat(m).contains("longer than 1000 characters; shown cut to 1000"))
                .anySatisfy(m -> assertThat(m).startsWith("buttons: more than " + BotLimits.MAX_BUTTONS_JSON + " characters in all"));
    }

    @Test
    void aCallbackToAClientIdLongerThanItsColumnFailsOnItsLine() {
        Bot bot = bot("""
                start: send
                blocks:
                  - id: send
                    code: |
                      ok = callback('%s', 'привет')
                    text: "Отправлено: #{ok}"
                """.formatted("c".repeat(BotLimits.MAX_CLIENT_ID + 1)));

        assertThat(say(bot, "/start")).extracting(Reply::text).containsExactly("Отправлено: ");
        assertThat(last.callbacks()).isEmpty();
        assertThat(last.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.message()).startsWith("callback() needs a client id of at most 128 characters");
        });
    }

    @Test
    void aLiteralTextOrButtonOverTheLimitIsRefusedWhenTheBotIsRead() {
        String yaml = """
                start: long
                fallback: "%s"
                blocks:
                  - id: long
                    text: "%s"
                    buttons: ["%s", {text: "ok", url: "https://example.org/%s"}]
                    arrows: [{to: long, when: "%s", match: regex}]
                """.formatted("f".repeat(20_001), "t".repeat(20_001), "b".repeat(1_001), "u".repeat(4_000), "r".repeat(501));

        assertThatThrownBy(() -> bot(yaml)).isInstanceOfSatisfying(BotRefused.class, refused -> assertThat(refused.problems())
                .containsExactlyInAnyOrder(
                        "bot test, fallback: expected at most 20000 characters, got 20001",
                        "block 'long', text: expected at most 20000 characters, got 20001",
                        "block 'long', buttons[0]: expected at most 1000 characters, got 1001",
                        "block 'long', buttons[1], url: expected at most 4000 characters, got 4020",
                        "block 'long', arrows[0], when: expected regular expressions separated by ';', got \""
                                + "r".repeat(76) + "...: Regular expression is too long: at most 500 characters, got 501."));
    }

    private List<Reply> say(Bot bot, String text) {
        last = engine.onInput(bot, dialog, Input.message(text), Channel.web("c1"));
        dialog = last.dialog();
        return last.replies();
    }

    private Bot bot(String yaml) {
        return reader.read("test", YAMLMapper.builder().build().readValue(yaml, Map.class));
    }
}
