package slotbot.app.telegram;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import slotbot.app.dialog.DialogTurns;
import slotbot.funnel.dialog.Reply;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A bot message as Telegram gets it, and a pressed button's label as the dialog gets it back. */
class TelegramMessagesTest {

    private final TelegramMessages messages = new TelegramMessages("demo", URI.create("https://slotbot.example.org/base/"));

    @Test
    void buttonsMakeRowsByLineInLineOrder() {
        SendMessage send = single(messages.render(1, sent("Выберите дату:",
                button("05.03", 1), button("04.03", 0), button("06.03", 1), button("Назад", 2))));

        assertThat(rows(send)).containsExactly(List.of("04.03"), List.of("05.03", "06.03"), List.of("Назад"));
        assertThat(buttons(send)).allSatisfy(b -> assertThat(b.getCallbackData()).isEqualTo(b.getText()));
    }

    @Test
    void aLabelTooLongForCallbackDataTravelsAsAKeyAndComesBackWhole() {
        String label = "Комплекс: мужская стрижка, моделирование бороды и камуфляж седины";
        assertThat(label.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(TelegramMessages.MAX_CALLBACK_DATA);
        SendMessage send = single(messages.render(1, sent("Услуги:", button(label, 0))));
        String data = buttons(send).get(0).getCallbackData();

        assertThat(data).startsWith(TelegramMessages.KEY_PREFIX);
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(TelegramMessages.MAX_CALLBACK_DATA);
        assertThat(messages.label(data, pressed(send))).contains(label);
        assertThat(messages.label(data, null)).as("remembered by this instance").contains(label);
        TelegramMessages restarted = new TelegramMessages("demo", null);
        assertThat(restarted.label(data, pressed(send))).as("read from the pressed message's keyboard").contains(label);
        assertThat(restarted.label(data, null)).as("known nowhere").isEmpty();
        assertThat(restarted.label("05.03.2030", null)).contains("05.03.2030");
    }

    @Test
    void linksAreMadeAbsoluteOrLeftOut() {
        TelegramMessages withoutPublicUrl = new TelegramMessages("demo", null);

        assertThat(messages.absolute("/pay/demo/tg-1?order=5")).contains("https://slotbot.example.org/base/pay/demo/tg-1?order=5");
        assertThat(messages.absolute("https://pay.example.org/x")).contains("https://pay.example.org/x");
        assertThat(messages.absolute("tg://resolve?domain=slotbot")).contains("tg://resolve?domain=slotbot");
        assertThat(messages.absolute("javascript:alert(1)")).isEmpty();
        assertThat(withoutPublicUrl.absolute("/pay/demo/tg-1?order=5")).isEmpty();

        SendMessage send = single(withoutPublicUrl.render(1, sent("Вы записаны.",
                new Reply.ReplyButton("Оплатить", "/pay/demo/tg-1?order=5", 0), button("Меню", 1))));
        assertThat(rows(send)).containsExactly(List.of("Меню"));
    }

    @Test
    void aLinkTelegramRefusesCanBeLeftOutAfterwards() {
        SendMessage send = single(messages.render(1, sent("Вы записаны.",
                new Reply.ReplyButton("Оплатить", "/pay/x", 0), button("Меню", 1))));

        assertThat(TelegramMessages.hasLinks(send)).isTrue();
        SendMessage without = TelegramMessages.withoutLinks(send);
        assertThat(TelegramMessages.hasLinks(without)).isFalse();
        assertThat(rows(without)).containsExactly(List.of("Меню"));
        assertThat(without.getText()).isEqualTo("Вы записаны.");
    }

    @Test
    void aLongTextIsSentInPartsAtLineBreaksWithTheKeyboardUnderTheLast() {
        String line = "1. Мужская стрижка — 1500 ₽\n";
        String text = line.repeat(400);

        List<SendMessage> parts = messages.render(1, sent(text, button("Меню", 0)));

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.getText().length()).isLessThanOrEqualTo(TelegramMessages.MAX_TEXT));
        assertThat(String.join("\n", parts.stream().map(SendMessage::getText).toList())).isEqualTo(text);
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(p -> assertThat(p.getReplyMarkup()).isNull());
        assertThat(parts.get(parts.size() - 1).getReplyMarkup()).isNotNull();
    }

    @Test
    void aTextWithoutLineBreaksIsCutBetweenCharactersNeverInsideOne() {
        String text = "а".repeat(TelegramMessages.MAX_TEXT - 1) + "😀" + "б".repeat(10);

        List<String> parts = TelegramMessages.split(text);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(TelegramMessages.MAX_TEXT - 1);
        assertThat(parts.get(1)).startsWith("😀");
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void buttonsWithoutTextGetAPlaceholderAndNothingIsNothing() {
        assertThat(single(messages.render(1, sent("", button("Меню", 0)))).getText()).isEqualTo(TelegramMessages.PLACEHOLDER);
        assertThat(single(messages.render(1, sent("  \n", button("Меню", 0)))).getText()).isEqualTo(TelegramMessages.PLACEHOLDER);
        assertThat(messages.render(1, sent("", button(" ", 0)))).isEmpty();
    }

    @Test
    void aReplyKeyboardIsTakenAwayByTheFirstPartWithoutAKeyboardOfItsOwn() {
        List<SendMessage> plain = TelegramMessages.removingReplyKeyboard(messages.render(1, sent("Спасибо! Записываю вас…")));

        assertThat(single(plain).getText()).isEqualTo("Спасибо! Записываю вас…");
        assertThat(single(plain).getReplyMarkup()).isInstanceOfSatisfying(ReplyKeyboardRemove.class,
                remove -> assertThat(remove.getRemoveKeyboard()).isTrue());

        String line = "1. Мужская стрижка — 1500 ₽\n";
        List<SendMessage> longText = TelegramMessages.removingReplyKeyboard(messages.render(1, sent(line.repeat(400), button("Меню", 0))));
        assertThat(longText).hasSize(3);
        assertThat(longText.get(0).getReplyMarkup()).isInstanceOf(ReplyKeyboardRemove.class);
        assertThat(rows(longText.get(2))).containsExactly(List.of("Меню"));
    }

    @Test
    void underAnInlineKeyboardTheTextTakesTheReplyKeyboardAwayAndTheButtonsFollow() {
        List<SendMessage> sends = TelegramMessages.removingReplyKeyboard(messages.render(1, sent("Вы записаны.",
                new Reply.ReplyButton("Оплатить", "/pay/x", 0))));

        assertThat(sends).hasSize(2);
        assertThat(sends.get(0).getText()).isEqualTo("Вы записаны.");
        assertThat(sends.get(0).getReplyMarkup()).isInstanceOf(ReplyKeyboardRemove.class);
        assertThat(sends.get(1).getText()).isEqualTo(TelegramMessages.PLACEHOLDER);
        assertThat(buttons(sends.get(1))).singleElement().satisfies(b -> assertThat(b.getUrl()).endsWith("/pay/x"));
    }

    @Test
    void aPhoneButtonMakesAReplyKeyboardThatAsksForTheContact() {
        DialogTurns.Sent ask = sent("Оставьте номер.", new Reply.ReplyButton("Поделиться номером", null, 0, "phone"),
                button("Вернуться к выбору времени", 1));

        SendMessage send = single(messages.render(1, ask));

        assertThat(TelegramMessages.asksForPhone(ask)).isTrue();
        assertThat(send.getReplyMarkup()).isInstanceOfSatisfying(ReplyKeyboardMarkup.class, keyboard -> {
            assertThat(keyboard.getKeyboard().get(0).get(0).getRequestContact()).isTrue();
            assertThat(keyboard.getKeyboard().get(1).get(0).getText()).isEqualTo("Вернуться к выбору времени");
        });
    }

    private static DialogTurns.Sent sent(String text, Reply.ReplyButton... buttons) {
        return new DialogTurns.Sent(1, text, List.of(buttons));
    }

    private static Reply.ReplyButton button(String text, int line) {
        return new Reply.ReplyButton(text, null, line);
    }

    private static SendMessage single(List<SendMessage> sends) {
        assertThat(sends).hasSize(1);
        return sends.get(0);
    }

    private static List<List<String>> rows(SendMessage send) {
        return ((InlineKeyboardMarkup) send.getReplyMarkup()).getKeyboard().stream()
                .map(row -> row.stream().map(InlineKeyboardButton::getText).toList()).toList();
    }

    private static List<InlineKeyboardButton> buttons(SendMessage send) {
        return ((InlineKeyboardMarkup) send.getReplyMarkup()).getKeyboard().stream().flatMap(List::stream).toList();
    }

    /** The message as Telegram sends it back with a press: the keyboard as it was sent. */
    private static Message pressed(SendMessage send) {
        Message message = new Message();
        message.setReplyMarkup((InlineKeyboardMarkup) send.getReplyMarkup());
        return message;
    }
}
