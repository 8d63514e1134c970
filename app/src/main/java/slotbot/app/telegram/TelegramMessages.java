package slotbot.app.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import slotbot.app.dialog.DialogTurns;
import slotbot.funnel.dialog.Reply;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How a bot message looks in Telegram, and back: the text in parts Telegram takes (4096 characters at most, never
 * empty), the buttons as an inline keyboard with a row per {@code line} (a reply keyboard when one asks for the
 * phone), links made absolute, and the label of a pressed button recovered from its callback_data.
 *
 * <p>callback_data holds 64 bytes. A label that fits travels as itself, so a press means the same after a restart
 * or on another instance. A longer label travels as a key ({@code #k:} and 22 characters of its SHA-256); a press
 * on it is read back from the pressed message's own keyboard, which Telegram sends with the press, and only when
 * that message is out of reach, from the keys this instance remembers.
 */
final class TelegramMessages {

    static final int MAX_TEXT = 4096;
    static final int MAX_CALLBACK_DATA = 64;
    static final String KEY_PREFIX = "#k:";
    /** Telegram needs text under a keyboard; a bot message may have buttons only. */
    static final String PLACEHOLDER = "👇";

    private static final Logger log = LoggerFactory.getLogger(TelegramMessages.class);
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "tg");
    private static final int REMEMBERED_KEYS = 10_000;

    private final String bot;
    private final URI publicUrl;
    private final Labels labels;
    private final AtomicBoolean warnedOfLinks = new AtomicBoolean();

    /** @param publicUrl the base of relative links, or null: then links that are not absolute are left out */
    TelegramMessages(String bot, URI publicUrl) {
        this(bot, publicUrl, new Remembered());
    }

    /** @param labels where the labels of keyed buttons are kept: the database, so that a press on any instance finds them */
    TelegramMessages(String bot, URI publicUrl, Labels labels) {
        this.labels = labels;
        this.bot = bot;
        this.publicUrl = publicUrl;
    }

    /** The sendMessage calls that show one bot message: its text in parts, the keyboard under the last part. */
    List<SendMessage> render(long chat, DialogTurns.Sent message) {
        ReplyKeyboard keyboard = asksForPhone(message) ? phoneKeyboard(message) : keyboard(message);
        List<String> parts = split(message.text() == null ? "" : message.text());
        if (parts.isEmpty() && keyboard != null) {
            parts = List.of(PLACEHOLDER);
        }
        List<SendMessage> sends = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            sends.add(SendMessage.builder().chatId(chat).text(parts.get(i)).replyMarkup(last ? keyboard : null).build());
        }
        return sends;
    }

    /** Whether the message shows a reply keyboard: one of its buttons asks for the phone. */
    static boolean asksForPhone(DialogTurns.Sent message) {
        return message.buttons().stream().anyMatch(Reply.ReplyButton::asksForPhone);
    }

    /**
     * The parts of a message made to take the reply keyboard away as well. A reply keyboard stays until a message
     * removes it, and a message carries one keyboard: the first part without one removes it; when every part has
     * one (a single part under an inline keyboard), the text goes alone to remove it and the inline keyboard follows
     * under {@link #PLACEHOLDER}.
     */
    static List<SendMessage> removingReplyKeyboard(List<SendMessage> parts) {
        List<SendMessage> sends = new ArrayList<>(parts);
        for (int i = 0; i < sends.size(); i++) {
            SendMessage part = sends.get(i);
            if (part.getReplyMarkup() == null) {
                sends.set(i, withMarkup(part, part.getText(), new ReplyKeyboardRemove(true)));
                return sends;
            }
        }
        if (sends.isEmpty()) {
            return sends;
        }
        SendMessage last = sends.remove(sends.size() - 1);
        sends.add(withMarkup(last, last.getText(), new ReplyKeyboardRemove(true)));
        sends.add(withMarkup(last, PLACEHOLDER, last.getReplyMarkup()));
        return sends;
    }

    private static SendMessage withMarkup(SendMessage send, String text, ReplyKeyboard markup) {
        return SendMessage.builder().chatId(send.getChatId()).text(text).replyMarkup(markup).build();
    }

    /** The same message with its link buttons left out: what is left to send when Telegram refuses a link. */
    static SendMessage withoutLinks(SendMessage send) {
        if (!(send.getReplyMarkup() instanceof InlineKeyboardMarkup markup)) {
            return send;
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (InlineKeyboardRow row : markup.getKeyboard()) {
            InlineKeyboardRow kept = new InlineKeyboardRow();
            row.stream().filter(b -> b.getUrl() == null).forEach(kept::add);
            if (!kept.isEmpty()) {
                rows.add(kept);
            }
        }
        return SendMessage.builder().chatId(send.getChatId()).text(send.getText())
                .replyMarkup(rows.isEmpty() ? null : new InlineKeyboardMarkup(rows)).build();
    }

    static boolean hasLinks(SendMessage send) {
        return send.getReplyMarkup() instanceof InlineKeyboardMarkup markup
                && markup.getKeyboard().stream().flatMap(List::stream).anyMatch(b -> b.getUrl() != null);
    }

    /** What a button press says: the label of the pressed button, or empty when its key is known nowhere. */
    Optional<String> label(String data, MaybeInaccessibleMessage pressed) {
        if (data == null || data.isEmpty()) {
            return Optional.empty();
        }
        if (!data.startsWith(KEY_PREFIX)) {
            return Optional.of(data);
        }
        if (pressed instanceof Message message && message.getReplyMarkup() != null && message.getReplyMarkup().getKeyboard() != null) {
            Optional<String> shown = message.getReplyMarkup().getKeyboard().stream().flatMap(List::stream)
                    .filter(b -> data.equals(b.getCallbackData())).map(InlineKeyboardButton::getText).findFirst();
            if (shown.isPresent()) {
                return shown;
            }
        }
        return labels.recall(data);
    }

    String callbackData(String label) {
        if (label.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_DATA) {
            return label;
        }
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(label)).substring(0, 22);
        labels.remember(key, label);
        return key;
    }

    /** The text in parts of at most 4096 characters, cut at a line break where one is near; blank parts left out. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > MAX_TEXT) {
            int cut = rest.lastIndexOf('\n', MAX_TEXT);
            int next = cut + 1;
            if (cut < MAX_TEXT / 2) {
                cut = Character.isHighSurrogate(rest.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
                next = cut;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(next);
        }
        parts.add(rest);
        return parts.stream().filter(p -> !p.isBlank()).toList();
    }

    private InlineKeyboardMarkup keyboard(DialogTurns.Sent message) {
        Map<Integer, InlineKeyboardRow> rows = new TreeMap<>();
        for (Reply.ReplyButton button : message.buttons()) {
            if (button.text() == null || button.text().isBlank()) {
                continue;
            }
            InlineKeyboardButton shown = button.url() == null ? callbackButton(button.text()) : linkButton(message, button);
            if (shown != null) {
                rows.computeIfAbsent(button.line(), line -> new InlineKeyboardRow()).add(shown);
            }
        }
        return rows.isEmpty() ? null : new InlineKeyboardMarkup(new ArrayList<>(rows.values()));
    }

    /**
     * A message that asks for the phone: Telegram shares a contact only from a reply keyboard's button
     * ({@code request_contact}), so every button of that message goes on one, a press sending its label as a message.
     * A reply keyboard cannot hold links: they are left out. It hides once used, and the replies to the client's
     * answer remove it ({@link #removingReplyKeyboard}): hidden, it could still be opened again.
     */
    private static ReplyKeyboardMarkup phoneKeyboard(DialogTurns.Sent message) {
        Map<Integer, KeyboardRow> rows = new TreeMap<>();
        for (Reply.ReplyButton button : message.buttons()) {
            if (button.text() == null || button.text().isBlank() || button.url() != null) {
                continue;
            }
            rows.computeIfAbsent(button.line(), line -> new KeyboardRow())
                    .add(KeyboardButton.builder().text(button.text()).requestContact(button.asksForPhone() ? true : null).build());
        }
        return ReplyKeyboardMarkup.builder().keyboard(new ArrayList<>(rows.values())).oneTimeKeyboard(true).resizeKeyboard(true)
                .build();
    }

    private InlineKeyboardButton callbackButton(String label) {
        return InlineKeyboardButton.builder().text(label).callbackData(callbackData(label)).build();
    }

    private InlineKeyboardButton linkButton(DialogTurns.Sent message, Reply.ReplyButton button) {
        Optional<String> url = absolute(button.url());
        if (url.isEmpty()) {
            String why = "Leaving out link button «{}» of message {} of bot {}: \"{}\" is not an absolute http(s) URL{}; "
                    + "Telegram refuses relative links";
            String hint = publicUrl == null ? " and slotbot.public-url is not set" : "";
            if (warnedOfLinks.compareAndSet(false, true)) {
                log.warn(why + " (said once; later ones are logged at debug)", button.text(), message.id(), bot, button.url(), hint);
            } else {
                log.debug(why, button.text(), message.id(), bot, button.url(), hint);
            }
            return null;
        }
        return InlineKeyboardButton.builder().text(button.text()).url(url.get()).build();
    }

    /** The link as Telegram takes it: absolute as is, relative against slotbot.public-url, or none. */
    Optional<String> absolute(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.isAbsolute()) {
            return LINK_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)) ? Optional.of(uri.toString()) : Optional.empty();
        }
        if (publicUrl == null || uri.getRawPath() == null || uri.getRawAuthority() != null) {
            return Optional.empty();
        }
        String base = publicUrl.toString().replaceAll("/+$", "");
        String relative = uri.toString();
        return Optional.of(base + (relative.startsWith("/") ? "" : "/") + relative);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The labels of buttons that travel as a key, by key. */
    interface Labels {
        void remember(String key, String label);

        Optional<String> recall(String key);
    }

    /** In memory, the latest few thousand: for one instance without a database (tests of the rendering). */
    private static final class Remembered implements Labels {
        private final Map<String, String> byKey = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > REMEMBERED_KEYS;
            }
        });

        @Override
        public void remember(String key, String label) {
            byKey.put(key, label);
        }

        @Override
        public Optional<String> recall(String key) {
            return Optional.ofNullable(byKey.get(key));
        }
    }
}
