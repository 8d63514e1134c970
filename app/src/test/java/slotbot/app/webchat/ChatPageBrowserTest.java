package slotbot.app.webchat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.AppTestBase;
import slotbot.app.HeadlessChromium;
import slotbot.app.bots.BotLibrary;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web chat page in a real browser, headless Chromium emulating a phone, used as a person
 * would: tapping the demo bot's chips down to a booking, typing the name and the phone the bot asks
 * for (the phone in the phone field of its phone button), and getting along with a keyboard.
 * Leaves screenshots in {@code target/chat-page*.png}.
 */
class ChatPageBrowserTest extends AppTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** The chips that can still be tapped: those of the bot's newest message. */
    private static final String LIVE_CHIPS = "#log button.chip:not([disabled])";

    @Autowired
    BotLibrary bots;

    private ChromeDriver browser;
    private WebDriverWait await;
    private HeadlessChromium chromium;
    private int screenWidth;

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.requireInstalled();
    }

    @BeforeEach
    void installTheDemoBot() throws IOException {
        bots.install("demo", new ClassPathResource("demo/bot.yaml").getContentAsString(StandardCharsets.UTF_8));
    }

    @AfterEach
    void quitTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aClientBooksByTappingTheChipsAndCanTypeToo() {
        openBrowser(412, 915);
        browser.get("http://127.0.0.1:" + port + "/");

        waitForChip("Моделирование бороды");
        assertThat(browser.getCurrentUrl()).endsWith("/chat/demo");
        assertThat(botSaid()).first().asString().startsWith("Здравствуйте!");
        assertThat(liveChips()).containsExactly("Мужская стрижка", "Моделирование бороды", "Детская стрижка");
        await.until(ExpectedConditions.textToBe(By.id("status"), "онлайн"));

        tap("Моделирование бороды");
        tap("Выбрать дату");
        tap("Вт 05.03 (завтра)");
        waitForChip("10:00");
        assertThat(liveChips()).hasSize(18).startsWith("09:00", "09:30").endsWith("17:00", "Вернуться к выбору даты");
        assertThat(botSaid()).last().isEqualTo("Свободное время на Вт 05.03 (завтра):");
        assertThat(browser.findElements(By.cssSelector("#log .chip:disabled"))).as("the chips answered before").isNotEmpty();
        assertFitsTheScreen();
        screenshot("chat-page-times.png");
        tap("10:00");

        await.until(driver -> botSaid().contains("Как к вам обращаться? Напишите, пожалуйста, ваше имя."));
        WebElement input = browser.findElement(By.id("text"));
        input.sendKeys("Иван", Keys.ENTER);
        WebElement phone = await.until(driver -> driver.findElements(By.cssSelector("#log input[type=tel]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(botSaid()).last().asString().startsWith("Иван, оставьте, пожалуйста, номер телефона");
        assertThat(liveChips()).containsExactly("Поделиться номером", "Вернуться к выбору времени");
        phone.sendKeys("8 (900) 123-45-67");
        assertFitsTheScreen();
        screenshot("chat-page-demo-phone.png");
        waitForChip("Поделиться номером").click();

        WebElement confirmation = await.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'msg--bot')][contains(., 'Вы записаны: Моделирование бороды, Вт 05.03 (завтра) в 10:00')]")));
        assertThat(confirmation.getText()).contains("мастер Павел Тихонов").contains("На имя Иван, телефон +79001234567")
                .contains("Адрес: ул. Ленина, 1").contains("Длительность 45 мин, стоимость 900 ₽");
        WebElement pay = confirmation.findElement(By.cssSelector("a.link-button"));
        assertThat(pay.isDisplayed()).isTrue();
        assertThat(pay.getText()).isEqualTo("Оплатить 900 ₽");
        assertThat(pay.getDomAttribute("target")).isEqualTo("_blank");
        assertThat(mine()).containsExactly("Привет", "Моделирование бороды", "Выбрать дату", "Вт 05.03 (завтра)", "10:00", "Иван",
                "8 (900) 123-45-67");
        assertThat(liveChips()).as("nothing to tap after booking but the link").isEmpty();

        String client = (String) browser.executeScript("return localStorage.getItem('slotbot.client.demo');");
        assertThat(client).isNotBlank();
        assertThat(pay.getDomAttribute("href")).startsWith("/pay/demo/" + client + "?order=");
        JsonNode bookings = api.call("get_bookings_info", client).body();
        assertThat(bookings).hasSize(1);
        assertThat(bookings.get(0).get("booking_date").asString()).isEqualTo("05.03.2030");
        assertThat(bookings.get(0).get("booking_time").asString()).isEqualTo("10:00");
        assertThat(bookings.get(0).get("employee_name").asString()).isEqualTo("Павел Тихонов");
        assertThat(bookings.get(0).get("client_name").asString()).isEqualTo("Иван");
        assertThat(bookings.get(0).get("client_phone").asString()).isEqualTo("+79001234567");
        // The calendar's callback comes later, through the event stream.
        await.until(driver -> botSaid().stream().anyMatch(text -> text.contains("Запись появилась в календаре")));

        input.sendKeys("Меню", Keys.ENTER);

        waitForChip("Мужская стрижка");
        assertThat(mine()).last().isEqualTo("Меню");
        assertThat(botSaid()).last().asString().startsWith("Выберите услугу:");
        assertThat(input.getDomProperty("value")).isEmpty();
        assertThat(browser.switchTo().activeElement()).as("the input keeps the focus after sending").isEqualTo(input);
        assertFitsTheScreen();
        screenshot("chat-page.png");
        assertThat(chromium.policyViolations()).as("blocked by the page's policy").isEmpty();
    }

    @Test
    void aSmallPhoneAndAKeyboardGetThereToo() {
        openBrowser(360, 740);
        browser.get("http://127.0.0.1:" + port + "/chat/demo");
        waitForChip("Мужская стрижка");
        await.until(ExpectedConditions.textToBe(By.id("status"), "онлайн"));

        Actions keyboard = new Actions(browser);
        keyboard.sendKeys(Keys.TAB).perform();
        assertFocusVisibleOn("Мужская стрижка");
        keyboard.sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        await.until(driver -> mine().contains("Моделирование бороды"));
        // Chosen by keyboard: the focus moves on to the next message's chips.
        await.until(driver -> "Выбрать дату".equals(focusedText()));
        keyboard.sendKeys(Keys.ENTER).perform();
        await.until(driver -> "Пн 04.03 (сегодня)".equals(focusedText()));
        assertFitsTheScreen();
        keyboard.sendKeys(Keys.TAB).perform();
        assertFocusVisibleOn("Вт 05.03 (завтра)");
        keyboard.sendKeys(Keys.ENTER).perform();

        waitForChip("17:00");
        assertThat(mine()).containsExactly("Привет", "Моделирование бороды", "Выбрать дату", "Вт 05.03 (завтра)");
        assertFitsTheScreen();
        screenshot("chat-page-360.png");
        assertThat(chromium.policyViolations()).as("blocked by the page's policy").isEmpty();
    }

    /** The payment page's script and style are files of its own: the policy runs nothing inline. */
    @Test
    void thePaymentPageWorksUnderThePolicy() {
        openBrowser(412, 915);
        browser.get("http://127.0.0.1:" + port + "/pay/demo/web-nobody?order=1");
        WebElement pay = await.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
        assertThat(pay.getCssValue("background-color")).as("its stylesheet applies").isEqualTo("rgba(47, 111, 94, 1)");

        pay.click();

        // Demo payments are off in the tests: the page answers the client in Russian.
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "Не получилось"));
        assertThat(chromium.policyViolations()).as("blocked by the page's policy").isEmpty();
    }

    @Test
    void aPhoneButtonIsAPhoneFieldWhoseNumberBecomesTheClientsPhone() {
        bots.install("demo", """
                start: ask
                blocks:
                  - id: ask
                    text: "Оставьте, пожалуйста, номер телефона."
                    buttons:
                      - {text: "Поделиться номером", type: phone}
                      - Не сейчас
                    arrows:
                      - {to: thanks}
                  - id: thanks
                    text: "Спасибо! Номер: #{client_phone}"
                """);
        openBrowser(360, 640);
        browser.get("http://127.0.0.1:" + port + "/");

        WebElement field = await.until(driver -> driver.findElements(By.cssSelector("#log input[type=tel]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(liveChips()).contains("Поделиться номером", "Не сейчас");
        assertFitsTheScreen();
        field.sendKeys("8 (900) 123-45-67");
        screenshot("chat-page-phone.png");
        waitForChip("Поделиться номером").click();

        await.until(driver -> botSaid().contains("Спасибо! Номер: +79001234567"));
        assertThat(mine()).contains("8 (900) 123-45-67");
    }

    private void openBrowser(int width, int height) {
        chromium = HeadlessChromium.phone(width, height);
        browser = chromium.browser();
        await = new WebDriverWait(browser, PATIENCE);
        screenWidth = width;
    }

    private void tap(String label) {
        waitForChip(label).click();
        await.until(driver -> mine().contains(label));
    }

    private WebElement waitForChip(String label) {
        return await.until(driver -> driver.findElements(By.cssSelector(LIVE_CHIPS)).stream()
                .filter(chip -> label.equals(chip.getText().trim()) && chip.isDisplayed() && onTop(chip))
                .findFirst().orElse(null));
    }

    /** The chip is what a tap at its centre reaches: the log's smooth scroll has brought it out from under the composer. */
    private boolean onTop(WebElement chip) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return hit !== null && arguments[0].contains(hit);""", chip));
    }

    private List<String> liveChips() {
        return browser.findElements(By.cssSelector(LIVE_CHIPS)).stream().map(chip -> chip.getText().trim()).toList();
    }

    private List<String> botSaid() {
        return texts("#log .msg--bot .bubble__text");
    }

    private List<String> mine() {
        return texts("#log .msg--me .bubble__text");
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);", css);
    }

    private String focusedText() {
        return (String) browser.executeScript("return document.activeElement && document.activeElement.textContent;");
    }

    private void assertFocusVisibleOn(String label) {
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo(label);
        assertThat(focused.getCssValue("outline-style")).as("a visible keyboard focus").isEqualTo("solid");
    }

    /** Nothing sticks out sideways, and the composer sits at the bottom of the screen. */
    @SuppressWarnings("unchecked")
    private void assertFitsTheScreen() {
        Map<String, Object> layout = (Map<String, Object>) browser.executeScript("""
                const width = document.documentElement.clientWidth;
                const outside = Array.from(document.querySelectorAll('.bubble, .chip, .link-button, .chat__composer, .chat__header'))
                    .filter(e => { const r = e.getBoundingClientRect(); return r.left < -0.5 || r.right > width + 0.5; })
                    .map(e => e.className + ': ' + e.textContent);
                const composer = document.getElementById('composer').getBoundingClientRect();
                return {
                  pageScrollWidth: document.documentElement.scrollWidth, width,
                  logScrollWidth: document.getElementById('log').scrollWidth, logWidth: document.getElementById('log').clientWidth,
                  outside, composerBottom: Math.round(composer.bottom), height: window.innerHeight
                };""");
        assertThat(((Number) layout.get("width")).intValue()).as("the page at the phone's width").isEqualTo(screenWidth);
        assertThat((List<String>) layout.get("outside")).as("elements wider than the screen").isEmpty();
        assertThat(((Number) layout.get("pageScrollWidth")).intValue()).as("page width").isLessThanOrEqualTo(((Number) layout.get("width")).intValue());
        assertThat(((Number) layout.get("logScrollWidth")).intValue()).as("chat width").isLessThanOrEqualTo(((Number) layout.get("logWidth")).intValue());
        assertThat(layout.get("composerBottom")).as("the composer at the bottom").isEqualTo(layout.get("height"));
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
