package slotbot.app.studio;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.HeadlessChromium;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot studio of the admin page in headless Chromium, with the demo bot: the graph shows its blocks, the
 * funnel's numbers are drawn on it, a text edited and published is what the web chat says next, a broken line
 * of code is shown with its line and column as one types, the test chat plays the draft and books only
 * drafts, and an older version is restored. On a phone's 390×844 the page never scrolls sideways.
 * Screenshots under target/screenshots/studio-*.png.
 */
@TestPropertySource(properties = {
        "slotbot.demo=true",
        "slotbot.catalog=",
        "slotbot.chat.burst=100",
        "spring.datasource.url=jdbc:h2:mem:slotbot-studio;DB_CLOSE_DELAY=-1"
})
class StudioBrowserTest extends AppTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String GREETING = "Здравствуйте! Я бот барбершопа «Борода» и помогу вам записаться.";
    private static String demoSource;

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait await;

    @BeforeAll
    static void needsChromium() throws IOException {
        HeadlessChromium.requireInstalled();
        try (InputStream in = StudioBrowserTest.class.getResourceAsStream("/demo/bot.yaml")) {
            demoSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void theDemoBotAsShipped() {
        assertThat(api.send("PUT", "/api/v1/admin/bots/demo", demoSource, "Bearer " + Api.TOKEN, "application/yaml").status())
                .isEqualTo(200);
        jdbc.sql("DELETE FROM bot_block_entry").update();
    }

    @AfterEach
    void quitTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theOwnerReadsTheFunnelEditsPublishesTriesADraftAndRestores() {
        walk("Привет");
        walk("Привет");
        walk("Привет", "Моделирование бороды");

        chromium = HeadlessChromium.desktop(1280, 900);
        browser = chromium.browser();
        await = new WebDriverWait(browser, PATIENCE);
        openStudio();

        // Every block of the demo bot is on the graph.
        Set<String> ids = new HashSet<>();
        api.send("GET", "/api/v1/admin/bots/demo", null, "Bearer " + Api.TOKEN, null, "application/json").body().get("blocks")
                .forEach(b -> ids.add(b.get("id").asString()));
        Set<String> drawn = new HashSet<>();
        browser.findElements(By.cssSelector("#studio-graph .studio-node")).forEach(n -> drawn.add(n.getAttribute("data-block")));
        assertThat(drawn).isEqualTo(ids).hasSizeGreaterThan(20);
        assertThat(browser.findElement(By.cssSelector(".studio-node[data-block='booking_confirmed']")).getAttribute("class"))
                .contains("is-callback");
        assertThat(browser.findElements(By.cssSelector(".studio-edge__label"))).extracting(WebElement::getText)
                .contains("сразу", "⏱ 10m", "Вернуться к списку услуг · приоритет 20");

        // The funnel of the test clock's day.
        showStats("2030-03-04");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-summary"), "Диалогов: 3 · записались: 0 (0%)"));
        assertThat(stats("hello")).isEqualTo("3 вх. · 3 кл. → 3 дальше");
        assertThat(stats("services")).isEqualTo("3 вх. · 3 кл. → 1 дальше");
        assertThat(stats("service")).isEqualTo("1 вх. · 1 кл. → 0 дальше");
        assertThat(browser.findElement(By.cssSelector("#studio-table tr[data-block='services']")).getText()).isEqualTo("services 3 3 1 2");
        chromium.screenshot("screenshots/studio-graph-stats.png");

        // Edit the greeting and publish: the web chat says the new text.
        clickNode("hello");
        await.until(ExpectedConditions.textToBe(By.id("studio-block-title"), "Блок hello"));
        WebElement text = browser.findElement(By.id("studio-text"));
        text.clear();
        text.sendKeys("Добрый день! Бот «Бороды» запишет вас за минуту.");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-message"), "неопубликованные"));
        await.until(driver -> driver.findElement(By.id("studio-publish")).isEnabled());
        browser.findElement(By.id("studio-publish")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-message"), "Опубликовано: версия 2"));
        assertThat(walk("Привет").get(0)).isEqualTo("Добрый день! Бот «Бороды» запишет вас за минуту.");

        // A broken line of code: its line and column while typing, and nothing can be published.
        clickNode("services");
        WebElement code = browser.findElement(By.id("studio-code"));
        String working = code.getAttribute("value");
        String broken = working + "x = (1 +\n";
        type(code, broken);
        WebElement problem = await.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("ul.studio-field-errors[data-field='code'] li")));
        // The unfinished line, the block's last, whatever the block holds above it.
        assertThat(problem.getText()).matches("строка " + broken.lines().count() + ", столбец \\d+: .+");
        assertThat(browser.findElement(By.id("studio-publish")).isEnabled()).isFalse();
        assertThat(nodeClass("services")).contains("has-errors");
        chromium.screenshot("screenshots/studio-code-error.png");
        type(browser.findElement(By.id("studio-code")), working);
        await.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("ul.studio-field-errors[data-field='code'] li")));

        // The test chat plays the draft, not what is published, and its booking is a draft.
        clickNode("hello");
        text = browser.findElement(By.id("studio-text"));
        text.clear();
        text.sendKeys("Черновик приветствия");
        say("Привет");
        awaitBotMessage("Черновик приветствия");
        awaitBotMessage("Выберите услугу");
        pressInChat("Моделирование бороды");
        pressInChat("Выбрать дату");
        pressInChat("Вт 05.03 (завтра)");
        pressInChat("10:00");
        awaitBotMessage("Как к вам обращаться?");
        say("Иван");
        awaitBotMessage("Иван, оставьте, пожалуйста, номер телефона");
        pressInChat("☎ Поделиться номером");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the phone button asks to type the number").isEqualTo("studio-say");
        say("8 900 123-45-67");
        awaitBotMessage("Вы записаны: Моделирование бороды, Вт 05.03 (завтра) в 10:00");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-drafts"), "Черновики записей: 05.03.2030 10:00"));
        assertThat(browser.findElement(By.id("studio-timers")).getText()).contains("booked → payment_due");
        assertThat(api.send("GET", "/api/v1/admin/bookings?from=2030-03-05&to=2030-03-05", null, "Bearer " + Api.TOKEN, null)
                .body().get("bookings")).as("nothing real was booked").isEmpty();
        assertThat(walk("Привет").get(0)).as("the published bot is unchanged").isEqualTo("Добрый день! Бот «Бороды» запишет вас за минуту.");
        assertThat(nodeClass("booked")).as("the path the test chat walked").contains("is-walked");
        chromium.screenshot("screenshots/studio-test-chat.png");

        // Restore the first version: the greeting is the shipped one again.
        WebElement restore = browser.findElement(By.cssSelector("#studio-versions button[data-version='1']"));
        restore.click();
        await.until(ExpectedConditions.textToBePresentInElement(restore, "Точно"));
        restore.click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-message"), "Восстановлена версия 1: теперь это версия 3"));
        assertThat(walk("Привет").get(0)).isEqualTo(GREETING);
        assertThat(browser.findElements(By.cssSelector("#studio-versions li"))).hasSize(3);
        chromium.screenshot("screenshots/studio-restored.png");
        assertThat(chromium.policyViolations()).isEmpty();
        assertThat(chromium.dialogs()).isEmpty();
    }

    @Test
    void onAPhoneTheStudioFitsTheScreenTheGraphPansInItsBoxAndTheChatSendsByItsButton() {
        walk("Привет", "Моделирование бороды");
        // The phone's clock runs in Honolulu (still Sunday 03.03 there) and in 2026: the range is the bot's Moscow day of the server.
        chromium = HeadlessChromium.phone(390, 844, "Pacific/Honolulu");
        browser = chromium.browser();
        await = new WebDriverWait(browser, PATIENCE);
        openStudio();
        assertThat(browser.findElement(By.id("studio-to")).getDomProperty("value")).as("today in the bot's zone").isEqualTo("2030-03-04");
        assertThat(browser.findElement(By.id("studio-from")).getDomProperty("value")).isEqualTo("2030-02-03");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#studio-versions li"), "04.03.2030, 08:00"));
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-summary"), "Диалогов: 1"));
        assertThat(noSidewaysScroll()).isTrue();
        Number graphWidth = (Number) browser.executeScript("return document.getElementById('studio-graph').scrollWidth;");
        Number boxWidth = (Number) browser.executeScript("return document.getElementById('studio-graph').clientWidth;");
        assertThat(graphWidth.intValue()).as("the graph is wider than the phone and pans in its box").isGreaterThan(boxWidth.intValue());
        chromium.screenshot("screenshots/studio-phone-graph.png");

        clickNode("service");
        await.until(ExpectedConditions.textToBe(By.id("studio-block-title"), "Блок service"));
        assertThat(browser.findElements(By.cssSelector("#studio-arrows .studio-arrow"))).hasSize(3);

        // "Отправить" tapped as a finger would: the test chat answers.
        browser.findElement(By.id("studio-say")).sendKeys("Привет");
        browser.findElement(By.id("studio-send")).click();
        awaitBotMessage(GREETING);
        assertThat(browser.findElement(By.id("studio-say")).getDomProperty("value")).isEmpty();
        assertThat(noSidewaysScroll()).isTrue();
        browser.executeScript("document.getElementById('studio-editor').scrollIntoView();");
        chromium.screenshot("screenshots/studio-phone-editor.png");
        browser.executeScript("document.getElementById('studio-chat-log').scrollIntoView();");
        chromium.screenshot("screenshots/studio-phone-chat.png");
        assertThat(chromium.policyViolations()).isEmpty();
    }

    @Test
    void aTimeArrowIsEditedCheckedAsTypedAndPublished() {
        chromium = HeadlessChromium.phone(390, 844, "Pacific/Honolulu");
        browser = chromium.browser();
        await = new WebDriverWait(browser, PATIENCE);
        openStudio();
        clickNode("service");
        await.until(ExpectedConditions.textToBe(By.id("studio-block-title"), "Блок service"));
        tap(browser.findElement(By.id("studio-add-arrow")));
        String row = "#studio-arrows .studio-arrow:last-child";
        WebElement at = await.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row + " .studio-arrow-at")));

        // A bare date is not an expression: said at once, and the validator's line and column follow.
        type(at, "05.03.2030 10:00");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row + " .studio-arrow-at-error"), "в кавычки"));
        await.until(driver -> driver.findElements(By.cssSelector(row + " ul.studio-field-errors li")).stream()
                .anyMatch(li -> li.getText().contains("at")));
        assertThat(browser.findElement(By.id("studio-publish")).isEnabled()).isFalse();
        // A delay as well: one or the other.
        type(at, "current_date + ' 10:00'");
        await.until(driver -> driver.findElements(By.cssSelector(row + " ul.studio-field-errors li")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(row + " .studio-arrow-small[aria-label='Задержка']")).isEnabled())
                .as("a time arrow takes no delay").isFalse();
        chromium.screenshot("screenshots/studio-phone-at-arrow.png");
        await.until(driver -> driver.findElement(By.id("studio-publish")).isEnabled());
        tap(browser.findElement(By.id("studio-publish")));
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-message"), "Опубликовано"));
        JsonNode published = api.send("GET", "/api/v1/admin/bots/demo", null, "Bearer " + Api.TOKEN, null, "application/json").body();
        JsonNode service = null;
        for (JsonNode b : published.get("blocks")) {
            if (b.get("id").asString().equals("service")) {
                service = b;
            }
        }
        JsonNode arrows = service.get("arrows");
        assertThat(arrows.get(arrows.size() - 1).get("at").asString()).isEqualTo("current_date + ' 10:00'");
        assertThat(browser.findElements(By.cssSelector(".studio-edge__label"))).extracting(WebElement::getText)
                .anyMatch(label -> label.contains("в current_date"));
    }

    @Test
    void whatABotSaysIsShownAsTextAndNeverRuns() {
        String hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        String bot = "start: h\nblocks:\n  - id: h\n    text: \"" + hostile.replace("\"", "\\\"") + "\"\n    buttons: [\"" + hostile.replace("\"", "\\\"")
                + "\"]\n    arrows: [{to: h, when: \"" + hostile.replace("\"", "\\\"") + "\"}]\n";
        assertThat(api.send("PUT", "/api/v1/admin/bots/hostile", bot, "Bearer " + Api.TOKEN, "application/yaml").status()).isEqualTo(200);
        chromium = HeadlessChromium.desktop(1280, 900);
        browser = chromium.browser();
        await = new WebDriverWait(browser, PATIENCE);
        openStudio();
        browser.executeScript("const s = document.getElementById('studio-bots'); s.value = 'hostile';"
                + " s.dispatchEvent(new Event('change'));");
        await.until(ExpectedConditions.textToBe(By.id("studio-block-title"), "Блок h"));
        assertThat(browser.findElement(By.id("studio-text")).getAttribute("value")).isEqualTo(hostile);
        say("привет");
        awaitBotMessage(hostile);
        assertThat(browser.findElements(By.cssSelector("#studio img, #studio script"))).isEmpty();
        assertThat(chromium.dialogs()).isEmpty();
        assertThat(chromium.policyViolations()).isEmpty();
        assertThat(api.send("DELETE", "/api/v1/admin/bots/hostile", null, "Bearer " + Api.TOKEN, null).status()).isEqualTo(200);
    }

    private void openStudio() {
        browser.get("http://127.0.0.1:" + port + "/admin#bot");
        await.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys(Api.TOKEN);
        browser.findElement(By.id("token-submit")).click();
        try {
            await.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#studio-graph .studio-node[data-block='hello']")));
        } catch (org.openqa.selenium.TimeoutException e) {
            chromium.screenshot("screenshots/studio-not-drawn.png");
            throw new AssertionError("the studio drew no graph; the page's console: " + chromium.console()
                    + "; the studio says: " + browser.findElement(By.id("studio")).getText(), e);
        }
    }

    /** Clicks what is shown at the element's centre, as a finger would: fails when something else covers it. */
    private void tap(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        Object covered = browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + " return arguments[0].contains(hit) ? null : (hit ? hit.outerHTML.slice(0, 160) : 'nothing');", element);
        assertThat(covered).as("what covers the element a finger taps").isNull();
        element.click();
    }

    private void showStats(String day) {
        browser.executeScript("for (const id of ['studio-from', 'studio-to']) document.getElementById(id).value = arguments[0];", day);
        browser.findElement(By.id("studio-stats-show")).click();
    }

    private String stats(String block) {
        return browser.findElement(By.cssSelector(".studio-node__stats[data-stats='" + block + "']")).getText();
    }

    /** The graph is drawn anew as the draft changes: a node found a moment ago may be gone, so look again. */
    private void clickNode(String block) {
        await.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.cssSelector("#studio-graph .studio-node[data-block='" + block + "']")).click();
            return true;
        });
    }

    private String nodeClass(String block) {
        return await.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver ->
                driver.findElement(By.cssSelector("#studio-graph .studio-node[data-block='" + block + "']")).getAttribute("class"));
    }

    /** Sets a field as typing would, all at once. */
    private void type(WebElement field, String value) {
        browser.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, value);
    }

    private void say(String text) {
        WebElement input = browser.findElement(By.id("studio-say"));
        input.sendKeys(text + org.openqa.selenium.Keys.ENTER);
    }

    private void pressInChat(String label) {
        WebElement button = await.until(driver -> driver.findElements(By.cssSelector("#studio-chat-log .studio-msg__buttons button")).stream()
                .filter(b -> b.getText().equals(label)).reduce((first, second) -> second).orElse(null));
        button.click();
    }

    private void awaitBotMessage(String start) {
        try {
            await.until(driver -> driver.findElements(By.cssSelector("#studio-chat-log .studio-msg--out .studio-msg__text")).stream()
                    .anyMatch(m -> m.getText().startsWith(start)));
        } catch (org.openqa.selenium.TimeoutException e) {
            chromium.screenshot("screenshots/studio-no-answer.png");
            throw new AssertionError("the test chat did not say \"" + start + "\"; it shows: "
                    + browser.findElement(By.id("studio-chat-log")).getText() + "; error: "
                    + browser.findElement(By.id("studio-chat-error")).getText() + "; console: " + chromium.console(), e);
        }
    }

    private boolean noSidewaysScroll() {
        return (Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    /** A client of the published demo bot through the web chat API; answers the texts of the last reply. */
    private List<String> walk(String... inputs) {
        String client = api.post("/api/v1/chat/demo/sessions", "", null, null).body().get("client").asString();
        JsonNode last = null;
        for (String input : inputs) {
            last = api.post("/api/v1/chat/demo/" + client + "/messages", "{\"text\": \"" + input + "\"}", null, "application/json").body();
        }
        java.util.ArrayList<String> texts = new java.util.ArrayList<>();
        last.get("messages").forEach(m -> texts.add(m.get("text").asString()));
        return texts;
    }
}
