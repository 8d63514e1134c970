package slotbot.app.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import slotbot.app.Backoff;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One bot's calls to the Bot API, through the library's OkHttp client, retried where a retry can help: a 429 after
 * the wait it names; a 5xx, a timeout or no answer after the pauses of {@link Backoff#BOT_API_CALL}. A 4xx is final.
 *
 * <p>The token is part of every URL ({@code <api-url>/bot<token>/<method>}); nothing this class logs or throws
 * contains it, and an answer that is not the Bot API's JSON (a proxy's error page may echo the URL) is replaced
 * before the library reads it, so that the library's own logs cannot show it either.
 */
final class BotApi {

    private static final Logger log = LoggerFactory.getLogger(BotApi.class);
    private static final Backoff PAUSES = Backoff.BOT_API_CALL;
    private static final long ATTEMPTS = PAUSES.retries() + 1;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);
    private static final MediaType JSON = MediaType.get("application/json");

    private final String bot;
    private final String token;
    private final TelegramUrl url;
    private final Duration requestTimeout;
    private final OkHttpClient http;
    private final TelegramClient client;
    /** Made on the first getUpdates, by the poller's one thread. */
    private TelegramClient pollingClient;

    BotApi(String bot, String token, URI apiUrl, Duration requestTimeout) {
        this.bot = bot;
        this.token = token;
        this.requestTimeout = requestTimeout;
        this.url = new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port(apiUrl), false);
        this.http = new OkHttpClient.Builder()
                .connectTimeout(requestTimeout)
                .readTimeout(requestTimeout)
                .writeTimeout(requestTimeout)
                .addInterceptor(botApiAnswersOnly(basePath(apiUrl)))
                .build();
        this.client = new OkHttpTelegramClient(new ObjectMapper(), http, token, url);
    }

    /** An HTTP client for getUpdates, which waits up to the long-poll timeout before it answers. */
    OkHttpClient pollingHttp(Duration pollTimeout) {
        return http.newBuilder().readTimeout(pollTimeout.plus(requestTimeout)).build();
    }

    TelegramUrl url() {
        return url;
    }

    /**
     * One getUpdates call, from {@code offset} (null: from the oldest update not yet confirmed), waiting up to
     * {@code timeout} for news; asked once, not retried: the poller paces its own retries.
     */
    List<Update> updates(Integer offset, Duration timeout) throws BotApiCallFailed {
        if (pollingClient == null) {
            pollingClient = new OkHttpTelegramClient(new ObjectMapper(), pollingHttp(timeout), token, url);
        }
        GetUpdates call = GetUpdates.builder().offset(offset).limit(100).timeout((int) timeout.toSeconds())
                .allowedUpdates(LongPolling.UPDATES).build();
        try {
            return pollingClient.execute(call);
        } catch (TelegramApiRequestException e) {
            throw new BotApiCallFailed("getUpdates failed: " + (e.getErrorCode() == null ? scrub(describe(e))
                    : "[" + e.getErrorCode() + "] " + scrub(e.getApiResponse())), e.getErrorCode());
        } catch (TelegramApiException e) {
            throw new BotApiCallFailed("getUpdates failed: " + scrub(describe(e)), null);
        }
    }

    /** Telegram serves getUpdates or a webhook, not both: the poller deletes any webhook when it takes the lease. */
    void deleteWebhook() throws BotApiCallFailed {
        call("deleteWebhook", () -> client.execute(new DeleteWebhook()));
    }

    Message send(SendMessage message) throws BotApiCallFailed {
        return call("sendMessage to chat " + message.getChatId(), () -> client.execute(message));
    }

    User me() throws BotApiCallFailed {
        return call("getMe", () -> client.execute(new GetMe()));
    }

    void register(SetWebhook webhook) throws BotApiCallFailed {
        call("setWebhook", () -> client.execute(webhook));
    }

    /** Stops the client's spinner on a pressed button; a failure is logged, never thrown: the press still counts. */
    void answer(String callbackQueryId, String text) {
        try {
            call("answerCallbackQuery", () -> client.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(callbackQueryId).text(text).build()));
        } catch (BotApiCallFailed e) {
            log.warn("Bot {}: {}", bot, e.getMessage());
        }
    }

    /** Any text with the token blanked out: for messages that quote what came back from the network. */
    String scrub(String text) {
        return text == null ? null : text.replace(token, "<token>");
    }

    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private <T> T call(String what, Call<T> call) throws BotApiCallFailed {
        for (int attempt = 1; ; attempt++) {
            Integer code;
            String why;
            Duration wait;
            try {
                return call.run();
            } catch (TelegramApiValidationException e) {
                throw new BotApiCallFailed(what + " is not valid: " + scrub(e.getMessage()), 400);
            } catch (TelegramApiRequestException e) {
                code = e.getErrorCode();
                why = code == null ? scrub(describe(e)) : "[" + code + "] " + scrub(e.getApiResponse());
                wait = code == null || code >= 500 ? pause(attempt) : code == 429 ? retryAfter(e) : null;
            } catch (TelegramApiException e) {
                if (e.getCause() instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new BotApiCallFailed(what + " was interrupted", null);
                }
                code = null;
                why = scrub(describe(e));
                wait = pause(attempt);
            }
            if (wait == null || attempt == ATTEMPTS || wait.compareTo(LONGEST_WAIT) > 0) {
                throw new BotApiCallFailed(what + " failed" + (attempt > 1 ? " " + attempt + " times" : "") + ": " + why, code);
            }
            log.warn("Bot {}: {} failed ({}); trying again in {} ms", bot, what, why, wait.toMillis());
            sleep(wait, what);
        }
    }

    /** The shared backoff's pause after this failed attempt; null once no retry is left. */
    private static Duration pause(int attempt) {
        return PAUSES.after(attempt).orElse(null);
    }

    private static Duration retryAfter(TelegramApiRequestException e) {
        Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        return Duration.ofSeconds(seconds == null ? 1 : Math.max(1, seconds));
    }

    private static String describe(TelegramApiException e) {
        Throwable cause = e.getCause();
        return e.getMessage() + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")");
    }

    private static void sleep(Duration wait, String what) throws BotApiCallFailed {
        try {
            TimeUnit.MILLISECONDS.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotApiCallFailed(what + " was interrupted while waiting to try again", null);
        }
    }

    private static int port(URI apiUrl) {
        return apiUrl.getPort() != -1 ? apiUrl.getPort() : "https".equals(apiUrl.getScheme()) ? 443 : 80;
    }

    /** A path of the api-url (a proxy at https://proxy.example/telegram) goes before /bot<token>/<method>. */
    private static String basePath(URI apiUrl) {
        String path = apiUrl.getRawPath() == null ? "" : apiUrl.getRawPath();
        return path.replaceAll("/+$", "");
    }

    /**
     * Puts the api-url's path in front of the library's URLs, and turns an answer that is not JSON (a proxy's
     * error page, which may quote the URL and so the token) into a Bot API error the library reads safely.
     */
    private static Interceptor botApiAnswersOnly(String basePath) {
        return chain -> {
            Request request = chain.request();
            if (!basePath.isEmpty()) {
                HttpUrl url = request.url();
                request = request.newBuilder().url(url.newBuilder().encodedPath(basePath + url.encodedPath()).build()).build();
            }
            Response response = chain.proceed(request);
            ResponseBody body = response.body();
            MediaType type = body == null ? null : body.contentType();
            if (type != null && "json".equalsIgnoreCase(type.subtype())) {
                return response;
            }
            response.close();
            String replaced = "{\"ok\":false,\"error_code\":" + response.code() + ",\"description\":\"HTTP " + response.code()
                    + " with an answer that is not the Bot API's JSON (" + (type == null ? "no content type" : type)
                    + "; not shown)\"}";
            return response.newBuilder().body(ResponseBody.create(replaced, JSON)).build();
        };
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws TelegramApiException;
    }
}
