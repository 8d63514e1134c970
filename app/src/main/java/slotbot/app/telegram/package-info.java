/**
 * The Telegram channel: each bot named under {@code slotbot.telegram.bots} talks to Telegram through the
 * org.telegram telegrambots library (client and long polling, 9.6.0). A Telegram chat is a client:
 * the dialog and the booking functions see it as {@code client_id = tg-<chat id>}.
 *
 * <h2>Connecting a bot</h2>
 * <ol>
 *   <li>In Telegram, write to <b>@BotFather</b>: {@code /newbot}, a display name, a username ending in
 *       {@code bot}. BotFather answers with the bot's token, {@code 123456789:AAE...}. Keep it secret: whoever
 *       has it is the bot.</li>
 *   <li>Start slotbot with the token for the slotbot bot it should speak as (the bundled one is {@code demo}):
 *       {@code java -jar slotbot.jar --slotbot.telegram.bots.demo.token=123456789:AAE...}
 *       (or the environment variable {@code SLOTBOT_TELEGRAM_BOTS_DEMO_TOKEN}). Several bots may each have one.</li>
 *   <li>Write {@code /start} to the bot in Telegram. Buttons come as an inline keyboard; a press is the
 *       button's label as the client's input.</li>
 * </ol>
 * Without any {@code slotbot.telegram.bots.*} setting nothing starts: no thread, no connection.
 *
 * <h2>Long polling or webhook</h2>
 * By default the app long-polls (getUpdates), which needs no public address. Telegram serves one getUpdates caller
 * per token: on several instances the one holding the token's lease in the database polls ({@code slotbot.telegram.lease},
 * 20s) and another takes over when it dies; a webhook is the better choice for several instances.
 * With {@code slotbot.telegram.bots.demo.webhook-secret=<1-256 of A-Z a-z 0-9 _ ->} the bot takes updates at
 * {@code POST /telegram/demo} instead and never polls; a request without the header
 * {@code X-Telegram-Bot-Api-Secret-Token} equal to the secret gets 401 or 403. Telegram must reach that URL by
 * https (ports 443, 80, 88 or 8443), so the app needs a public address, usually behind a reverse proxy. Either
 * set {@code slotbot.telegram.bots.demo.webhook-url=https://slotbot.example.org/telegram/demo} and the app
 * calls setWebhook (with the secret) at start-up, or register it yourself:
 * {@code curl -d url=https://slotbot.example.org/telegram/demo -d secret_token=<secret> https://api.telegram.org/bot<token>/setWebhook}.
 * Going back to long polling deletes the webhook.
 *
 * <h2>Links</h2>
 * Telegram refuses relative links; the demo bot's payment button is one ({@code /pay/demo/...}). With
 * {@code slotbot.public-url=https://slotbot.example.org} it becomes absolute; without it, such buttons are left
 * out (the log says so once).
 *
 * <h2>Other settings</h2>
 * {@code slotbot.telegram.api-url} (default {@code https://api.telegram.org}; may carry a path, as behind a
 * proxy; tests point it at a fake), {@code slotbot.telegram.poll-timeout} (50s),
 * {@code slotbot.telegram.request-timeout} (30s).
 *
 * <h2>How it behaves</h2>
 * <ul>
 *   <li>Order: the updates of one chat and the messages sent to it run one at a time, in order, on that
 *       chat's lane; other chats run beside it ({@link slotbot.app.telegram.ChatLanes}).</li>
 *   <li>Once: an update's id is claimed in its turn's transaction, and a polled update's offset is confirmed only
 *       after its turn committed, so none is played twice or lost across instances.</li>
 *   <li>Failures: a bad update is logged and skipped; a failed getUpdates is retried after a growing pause;
 *       sendMessage is retried after a 429's retry_after or a 5xx or timeout, up to four times. The token is
 *       never logged.</li>
 *   <li>Floods: ten messages at once, then two a second per chat; the chat is told once.</li>
 *   <li>Stickers, photos and the like get a polite "text only" answer and leave the dialog alone; a text
 *       over 4096 characters is refused politely; a bot message over 4096 characters goes in parts.</li>
 * </ul>
 * The same text, at more length, is in {@code docs/telegram.md}.
 */
package slotbot.app.telegram;
