package slotbot.app.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.HeadlessChromium;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup and script written by a catalog (a service's title, an employee's and a branch's name), a
 * bot author (a block's text, a button's label, a link) and a client (a chat message, an id) shown
 * by the chat page and the admin page in headless Chromium: each shows as text, nothing of it runs,
 * and the pages' policy reports no violation (a violation would mean that markup reached the DOM).
 * Leaves screenshots in {@code target/screenshots/xss-*.png}.
 */
class HostileTextBrowserTest extends AppTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final long BRANCH = 14275391;
    private static final long HAIRCUT = 844;
    private static final long PAVEL = 463665;
    private static final String BOT = "hostile";
    private static final String CHAT_TITLE = "Онлайн-запись";
    private static final String ADMIN_TITLE = "Записи — slotbot";

    private ChromeDriver browser;
    private WebDriverWait await;
    private HeadlessChromium chromium;

    /** An image whose failing load would run a handler: it marks where it ran and renames the page. */
    private static String img(String where) {
        return "<img src=x onerror=\"window.__xss='" + where + "';document.title='XSS'\">";
    }

    private static String script(String where) {
        return "<script>window.__xss='" + where + "';document.title='XSS';alert('" + where + "')</script>";
    }

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.requireInstalled();
    }

    @BeforeEach
    void writeHostileCatalogAndBot() {
        admin("PUT", "/api/v1/admin/services/" + HAIRCUT,
                Map.of("title", "Стрижка " + img("service title"), "description", script("service description")));
        admin("PUT", "/api/v1/admin/employees/" + PAVEL, Map.of("name", "Павел " + img("employee name"),
                "information", script("employee information")));
        admin("PUT", "/api/v1/admin/companies/" + BRANCH, Map.of("name", "Борода " + script("branch name")));
        admin("PUT", "/api/v1/admin/bots/" + BOT, hostileBot());
    }

    @AfterEach
    void restore() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        String original = new ClassPathResource("test-catalog.yaml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.send("PUT", "/api/v1/admin/catalog", original, "Bearer " + Api.TOKEN, "application/yaml").status())
                .isEqualTo(200);
        api.send("DELETE", "/api/v1/admin/bots/" + BOT, null, "Bearer " + Api.TOKEN, null);
    }

    @Test
    void theChatShowsWhatTheBotTheCatalogAndTheClientWroteAsText() {
        chromium = HeadlessChromium.phone(412, 915);
        browser = chromium.browser();
        await = new WebDriverWait(browser, PATIENCE);
        browser.get("http://127.0.0.1:" + port + "/chat/" + BOT);

        await.until(driver -> botSaid().stream().anyMatch(text -> text.contains("Привет!")));
        assertThat(botSaid()).last().asString().contains(img("bot text"), script("bot text"));
        assertThat(chips()).containsExactly(img("chip"), script("chip"));
        List<WebElement> links = browser.findElements(By.cssSelector("#log .bubble__links > *"));
        assertThat(links).as("javascript: and data: links are shown as their labels, not links")
                .extracting(WebElement::getTagName).containsExactly("span", "span");
        assertThat(links.get(0).getDomProperty("textContent")).isEqualTo(img("link label"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dialog_message WHERE bot = ? AND buttons LIKE '%javascript:window.%'"
                + " AND buttons LIKE '%data:text/html,%'").param(BOT).query(Integer.class).single())
                .as("the page was sent both links and chose not to follow them").isEqualTo(1);

        browser.findElement(By.id("text")).sendKeys(script("typed") + " " + img("typed"), Keys.ENTER);
        await.until(driver -> botSaid().stream().anyMatch(text -> text.startsWith("Вы написали: ")));
        assertThat(mine()).last().isEqualTo(script("typed") + " " + img("typed"));
        assertThat(botSaid()).last().isEqualTo("Вы написали: " + script("typed") + " " + img("typed"));
        String hostileService = "Стрижка " + img("service title");
        await.until(driver -> chips().contains(hostileService));

        browser.findElements(By.cssSelector("#log button.chip:not([disabled])")).stream()
                .filter(chip -> hostileService.equals(chip.getDomProperty("textContent"))).findFirst().orElseThrow().click();
        await.until(driver -> mine().contains(hostileService));
        await.until(driver -> botSaid().contains("Вы написали: " + hostileService));

        assertThat(browser.findElements(By.cssSelector("#log a[href]"))).as("links into the page").isEmpty();
        chromium.screenshot("screenshots/xss-chat.png");
        assertNothingRan(CHAT_TITLE);
    }

    @Test
    void theAdminPageShowsWhatTheCatalogAndAClientWroteAsText() {
        // An id has at most 128 characters: markup of both kinds, without renaming the page.
        String client = "<img src=x onerror=\"window.__xss='client id'\"><script>window.__xss='client id'</script>";
        Api.Answer booked = api.call("create_booking", client, BRANCH, HAIRCUT, "05.03.2030", "10:00", PAVEL);
        assertThat(booked.body().get("status").asBoolean()).as(booked.text()).isTrue();
        long booking = booked.body().get("booking").get("id").asLong();
        // The name as the function API's client object sets it (the id holds a "/": no admin path can name it).
        String name = "Иван " + script("client name");
        assertThat(api.post("/api/v1/functions/get_companies_for_booking", tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(java.util.Map.of("client_id", client, "client", java.util.Map.of("name", name, "phone", "+79005550011"))),
                "Bearer " + Api.TOKEN, "application/json").status()).isEqualTo(200);

        chromium = HeadlessChromium.desktop(1280, 900);
        browser = chromium.browser();
        await = new WebDriverWait(browser, PATIENCE);
        browser.get("http://127.0.0.1:" + port + "/admin");
        await.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys(Api.TOKEN);
        browser.findElement(By.id("token-submit")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cal__head"), "Павел <img src=x"));

        assertThat(text("#branch option:checked")).contains("Борода " + script("branch name"));
        assertThat(text("#employees")).contains("Павел " + img("employee name"), script("employee information"));
        assertThat(text("#services")).contains("Стрижка " + img("service title"), script("service description"));

        browser.executeScript("const input = document.getElementById('date'); input.value = '2030-03-05';"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));");
        WebElement block = await.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".cal__col[data-employee-id='" + PAVEL + "'] .booking[data-booking-id='" + booking + "']")));
        assertThat(text(".cal__head")).contains("Павел " + img("employee name"));
        assertThat(block.getDomProperty("textContent")).contains(name, "Стрижка " + img("service title"));
        block.click();
        await.until(ExpectedConditions.visibilityOfElementLocated(By.id("details")));
        assertThat(text("#d-client .client__name")).isEqualTo(name);
        assertThat(text("#d-client .client__id")).isEqualTo(client);
        assertThat(text("#d-employee")).isEqualTo("Павел " + img("employee name"));
        assertThat(text("#d-services")).contains("Стрижка " + img("service title"));
        chromium.screenshot("screenshots/xss-admin-day.png");

        browser.findElement(By.id("view-week")).click();
        WebElement inWeek = await.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".cal__col[data-date='2030-03-05'] .booking[data-booking-id='" + booking + "']")));
        assertThat(inWeek.getDomProperty("textContent")).contains("Павел " + img("employee name"));
        assertThat(inWeek.getDomAttribute("title")).as("the tooltip").contains(name, "Стрижка " + img("service title"));
        chromium.screenshot("screenshots/xss-admin-week.png");

        // The day's list: who works, and the booking's client, services and employee.
        browser.findElement(By.id("view-list")).click();
        WebElement item = await.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".agenda__item[data-booking-id='" + booking + "']")));
        assertThat(item.getDomProperty("textContent")).contains(name, "Стрижка " + img("service title"), "Павел " + img("employee name"));
        assertThat(text(".staff")).contains("Павел " + img("employee name"));
        chromium.screenshot("screenshots/xss-admin-list.png");

        // Booking a caller: the services to choose, the employees, and the client found by the phone.
        browser.findElement(By.id("book-open")).click();
        browser.findElement(By.id("book-phone")).sendKeys("8 900 555-00-11");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("book-known"), "Иван <script>"));
        assertThat(text("#book-known")).contains(name, client);
        assertThat(text("#book-service-list")).contains("Стрижка " + img("service title"));
        browser.findElement(By.cssSelector("#book-service-list input[value='" + HAIRCUT + "']")).click();
        await.until(driver -> text("#book-employee").contains("Павел " + img("employee name")));
        chromium.screenshot("screenshots/xss-admin-book.png");
        browser.findElement(By.id("book-close")).click();

        // The catalog: the branch, the lists, and their editors, whose fields hold the text as it was written.
        browser.findElement(By.cssSelector("[data-tab='catalog']")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("services"), "Стрижка <img src=x"));
        assertThat(browser.findElement(By.id("branch-name")).getDomProperty("value")).isEqualTo("Борода " + script("branch name"));
        assertThat(browser.findElement(By.id("employees")).getText()).contains("Павел " + img("employee name"), script("employee information"));
        browser.findElement(By.cssSelector("#services [data-service-id='" + HAIRCUT + "']")).click();
        await.until(ExpectedConditions.visibilityOfElementLocated(By.id("service-title")));
        assertThat(browser.findElement(By.id("service-title")).getDomProperty("value")).isEqualTo("Стрижка " + img("service title"));
        assertThat(browser.findElement(By.id("service-description")).getDomProperty("value")).isEqualTo(script("service description"));
        assertThat(text("#editor-title")).isEqualTo("Стрижка " + img("service title"));
        browser.findElement(By.id("editor-close")).click();
        browser.findElement(By.cssSelector("#employees [data-employee-id='" + PAVEL + "']")).click();
        await.until(ExpectedConditions.visibilityOfElementLocated(By.id("employee-name")));
        assertThat(browser.findElement(By.id("employee-name")).getDomProperty("value")).isEqualTo("Павел " + img("employee name"));
        assertThat(text("#employee-services")).contains("Стрижка " + img("service title"));
        chromium.screenshot("screenshots/xss-admin-catalog.png");
        browser.findElement(By.id("editor-close")).click();
        assertNothingRan(ADMIN_TITLE);
    }

    /** The watch is not blind: markup put into the page by hand is blocked by the policy, and reported. */
    @Test
    void markupThatReachesThePageIsBlockedAndReported() {
        chromium = HeadlessChromium.phone(412, 915);
        browser = chromium.browser();
        await = new WebDriverWait(browser, PATIENCE);
        browser.get("http://127.0.0.1:" + port + "/chat/" + BOT);
        await.until(driver -> botSaid().stream().anyMatch(text -> text.contains("Привет!")));
        chromium.console();

        browser.executeScript("document.getElementById('log').insertAdjacentHTML('beforeend', arguments[0]);", img("injected"));

        await.until(driver -> !chromium.policyViolations().isEmpty());
        assertThat(chromium.policyViolations()).singleElement().asString().startsWith("script-src-attr blocked inline");
        assertThat(browser.executeScript("return window.__xss;")).isNull();
        assertThat(browser.getTitle()).isEqualTo(CHAT_TITLE);
        await.until(driver -> chromium.console().stream().anyMatch(line -> line.contains("Content Security Policy")));
    }

    private void assertNothingRan(String title) {
        assertThat(browser.executeScript("return window.__xss;")).as("window.__xss, set by any payload that ran").isNull();
        assertThat(browser.getTitle()).isEqualTo(title);
        assertThat(chromium.dialogs()).as("alerts").isEmpty();
        assertThat(chromium.policyViolations()).as("what the policy blocked: markup that reached the DOM").isEmpty();
        assertThat(chromium.console()).as("the console").noneMatch(line -> line.contains("Content Security Policy"));
    }

    private void admin(String method, String path, Object body) {
        String json = body instanceof String text ? text : JsonMapper.builder().build().writeValueAsString(body);
        String contentType = path.contains("/bots/") ? "application/yaml" : "application/json";
        Api.Answer answer = api.send(method, path, json, "Bearer " + Api.TOKEN, contentType);
        assertThat(answer.status()).as(method + " " + path + ": " + answer.text()).isEqualTo(200);
    }

    /**
     * A bot whose every text, label and link carries markup; it repeats what the client says, under the
     * catalog's services. The bot's validation refuses a javascript: or data: link written in the file,
     * so the links come from variables, as a link built from what a client typed would.
     */
    private static String hostileBot() {
        Map<String, Object> hello = Map.of("id", "hello",
                "code", "js = \"javascript:window.__xss='link';document.title='XSS'\"\n"
                        + "data = \"data:text/html,<script>window.__xss='data link'</script>\"",
                "text", img("bot text") + " Привет! " + script("bot text"),
                "buttons", List.of(img("chip"), script("chip"),
                        Map.of("text", img("link label"), "url", "#{js}"),
                        Map.of("text", "data", "url", "#{data}")),
                "arrows", List.of(Map.of("to", "echo")));
        Map<String, Object> echo = Map.of("id", "echo",
                "code", "res = tools_make_button_str_checker(get_services_for_booking(" + BRANCH + "), 'title')\n"
                        + "buttons = res['buttons']",
                "text", "Вы написали: #{question}",
                "buttons", "#{buttons}",
                "arrows", List.of(Map.of("to", "echo")));
        // JSON is YAML: no quoting of the markup to get wrong.
        return JsonMapper.builder().build().writeValueAsString(Map.of("start", "hello", "blocks", List.of(hello, echo)));
    }

    private List<String> botSaid() {
        return texts("#log .msg--bot .bubble__text");
    }

    private List<String> mine() {
        return texts("#log .msg--me .bubble__text");
    }

    private List<String> chips() {
        return texts("#log button.chip:not([disabled])");
    }

    private String text(String css) {
        return (String) browser.executeScript("return document.querySelector(arguments[0]).textContent;", css);
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);", css);
    }
}
