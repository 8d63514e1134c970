package slotbot.app.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.HeadlessChromium;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's admin page in a real browser, headless Chromium at a desktop size: the token, the day
 * calendar of a branch, and confirming, moving (to a free time the picker offers) and cancelling a booking from it;
 * bookings at the same time side by side in the week. Leaves {@code target/admin-calendar.png} and {@code target/screenshots/admin-week-side-by-side.png}.
 */
class AdminPageBrowserTest extends AppTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final long BRANCH = 14275391;
    private static final long PAVEL = 463665;
    private static final long VIKTORIA = 512978;

    private ChromeDriver browser;
    private WebDriverWait await;
    private HeadlessChromium chromium;

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.requireInstalled();
    }

    @AfterEach
    void quitTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theOwnerSeesTheDayMovesOneBookingAndCancelsAnother() {
        long first = bookingId(api.call("create_booking", "client-1", BRANCH, 844, "05.03.2030", "10:00", PAVEL).body());
        long second = bookingId(api.call("create_booking", "client-2", BRANCH, 844, "05.03.2030", "12:00", VIKTORIA).body());
        assertThat(api.send("PUT", "/api/v1/admin/clients/client-1", "{\"name\": \"Иван Петров\", \"phone\": \"8 900 123-45-67\"}",
                "Bearer " + Api.TOKEN, "application/json").status()).isEqualTo(200);

        openBrowser(1280, 900);
        browser.get("http://127.0.0.1:" + port + "/admin");

        // A wrong token gets the form back with a message.
        WebElement token = await.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        token.sendKeys("wrong");
        browser.findElement(By.id("token-submit")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-error"), "Токен не подошёл"));
        assertThat(browser.findElement(By.id("token")).isDisplayed()).isTrue();

        browser.findElement(By.id("token")).sendKeys(Api.TOKEN);
        browser.findElement(By.id("token-submit")).click();
        await.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar")));
        assertThat(browser.executeScript("return sessionStorage.getItem('slotbot.admin.token');")).isEqualTo(Api.TOKEN);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cal__head"), "Павел Тихонов"));
        assertThat(new Select(browser.findElement(By.id("branch")))
                .getFirstSelectedOption().getText()).contains("Барбершоп «Борода»");

        goTo("2030-03-05");
        WebElement pavels = block(PAVEL, first);
        WebElement viktorias = block(VIKTORIA, second);
        assertThat(pavels.getText()).contains("10:00–11:00", "Мужская стрижка", "Иван Петров · +79001234567");
        assertThat(viktorias.getText()).contains("12:00–13:00", "client-2");
        assertThat(pavels.getRect().getY()).as("10:00 is above 12:00").isLessThan(viktorias.getRect().getY());
        assertThat(browser.findElement(By.id("title")).getText()).containsIgnoringCase("5 марта 2030");

        pavels.click();
        WebElement details = await.until(ExpectedConditions.visibilityOfElementLocated(By.id("details")));
        assertThat(details.getText()).contains("Иван Петров", "+79001234567", "client-1", "Павел Тихонов", "05.03.2030, 10:00–11:00",
                "Мужская стрижка", "1 500 ₽");
        assertThat(browser.findElement(By.cssSelector("#d-client a")).getAttribute("href")).as("a phone to call")
                .isEqualTo("tel:+79001234567");
        screenshot("admin-calendar.png");
        assertThat(browser.findElement(By.id("d-status")).getText()).isEqualTo("записан");
        assertThat(browser.findElement(By.id("no-show-booking")).isDisplayed()).as("no no-show before the visit").isFalse();
        browser.findElement(By.id("confirm-booking")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-message"), "подтверждена"));
        assertThat(browser.findElement(By.id("d-status")).getText()).isEqualTo("подтвердил");
        assertThat(browser.findElement(By.id("confirm-booking")).isDisplayed()).isFalse();
        assertThat(api.send("GET", "/api/v1/admin/bookings/" + first, null, "Bearer " + Api.TOKEN, null).body()
                .get("status").asString()).isEqualTo("confirmed");
        // Moving: the free times of the booking's employee at the owner's desk, nothing to type.
        assertThat(browser.findElements(By.cssSelector("#details input:not(#cancel-reason)"))).as("no time to type").isEmpty();
        browser.findElement(By.id("move-open")).click();
        slot("2030-03-05", "11:00");
        assertThat(times()).as("Павел's free starts on the 5th, every 15 minutes of 09:00-18:00: the booking's own hour"
                + " is free to it, so it can move by a quarter").startsWith("09:00", "09:15").contains("10:00", "10:15", "10:45")
                .endsWith("17:00").hasSize(33);
        browser.findElement(By.cssSelector(".chip--time[data-time='11:00']")).click();
        assertThat(browser.findElement(By.id("move-submit")).getText()).isEqualTo("Перенести на 05.03 в 11:00");
        browser.findElement(By.id("move-submit")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-message"), "перенесена"));
        await.until(driver -> block(PAVEL, first).getText().contains("11:00–12:00"));
        JsonNode bookings = api.call("get_bookings_info", "client-1").body();
        assertThat(bookings).hasSize(1);
        assertThat(bookings.get(0).get("booking_date").asString()).isEqualTo("05.03.2030");
        assertThat(bookings.get(0).get("booking_time").asString()).isEqualTo("11:00");

        // A time taken by someone else after it was offered is refused with the reason, the booking stays, the times are read again.
        browser.findElement(By.id("move-open")).click();
        slot("2030-03-05", "15:00");
        browser.findElement(By.cssSelector(".chip--time[data-time='15:00']")).click();
        long third = bookingId(api.call("create_booking", "client-3", BRANCH, 844, "05.03.2030", "15:00", PAVEL).body());
        browser.findElement(By.id("move-submit")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("move-error"), "15:00"));
        assertThat(api.call("get_bookings_info", "client-1").body().get(0).get("booking_time").asString()).isEqualTo("11:00");
        await.until(driver -> !times().isEmpty() && !times().contains("15:00"));
        block(PAVEL, third); // drawn by the live calendar: the day will not be drawn again under the next click

        block(VIKTORIA, second).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-client"), "client-2"));
        browser.findElement(By.id("cancel-reason")).sendKeys("клиент позвонил и отменил");
        WebElement cancel = browser.findElement(By.id("cancel-booking"));
        cancel.click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cancel-booking"), "Точно"));
        cancel.click();
        await.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".booking[data-booking-id='" + second + "']")));
        assertThat(browser.findElements(By.cssSelector(".booking"))).hasSize(2);
        assertThat(block(PAVEL, first).getText()).contains("11:00–12:00");
        assertThat(api.call("get_bookings_info", "client-2").body()).isEmpty();
        JsonNode cancelled = api.send("GET", "/api/v1/admin/bookings/" + second, null, "Bearer " + Api.TOKEN, null).body();
        assertThat(cancelled.get("cancel_reason").asString()).isEqualTo("клиент позвонил и отменил");
        assertThat(cancelled.get("cancelled_by").asString()).isEqualTo("owner");
        screenshot("admin-calendar-after.png");

        browser.findElement(By.id("view-week")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "4 марта"));
        await.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".cal__col[data-date='2030-03-05'] .booking[data-booking-id='" + first + "']")));
        screenshot("admin-calendar-week.png");
        assertThat(chromium.policyViolations()).as("blocked by the page's policy").isEmpty();
    }

    @Test
    void bookingsAtTheSameTimeStandSideBySideInTheWeek() {
        long pavels = bookingId(api.call("create_booking", "client-1", BRANCH, 844, "05.03.2030", "10:30", PAVEL).body());
        long viktorias = bookingId(api.call("create_booking", "client-2", BRANCH, 844, "05.03.2030", "10:30", VIKTORIA).body());
        long later = bookingId(api.call("create_booking", "client-3", BRANCH, 844, "05.03.2030", "12:00", PAVEL).body());

        openBrowser(1280, 900);
        browser.get("http://127.0.0.1:" + port + "/admin");
        await.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys(Api.TOKEN);
        browser.findElement(By.id("token-submit")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cal__head"), "Павел Тихонов"));
        goTo("2030-03-05", "3 записи");
        browser.findElement(By.id("view-week")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "4 марта"));

        WebElement first = weekBlock("2030-03-05", pavels);
        WebElement second = weekBlock("2030-03-05", viktorias);
        WebElement alone = weekBlock("2030-03-05", later);
        WebElement day = browser.findElement(By.cssSelector(".cal__col[data-date='2030-03-05']"));
        assertThat(first.getRect().getY()).as("both at 10:30").isEqualTo(second.getRect().getY());
        assertThat(Math.max(first.getRect().getX(), second.getRect().getX()))
                .as("side by side, neither under the other")
                .isGreaterThanOrEqualTo(Math.min(first.getRect().getX() + first.getRect().getWidth(),
                        second.getRect().getX() + second.getRect().getWidth()));
        assertThat(first.getRect().getWidth() + second.getRect().getWidth()).isLessThanOrEqualTo(day.getRect().getWidth());
        assertThat(alone.getRect().getWidth()).as("12:00 overlaps nothing: the whole day's width")
                .isGreaterThan(day.getRect().getWidth() * 3 / 4);
        assertThat(visibleAtItsCentre(first)).isTrue();
        assertThat(visibleAtItsCentre(second)).isTrue();
        screenshot("screenshots/admin-week-side-by-side.png");

        second.click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-client"), "client-2"));
        weekBlock("2030-03-05", pavels).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-client"), "client-1"));

        // In the day view each employee has a column: nothing overlaps, each booking keeps the column's width.
        browser.findElement(By.id("view-day")).click();
        WebElement dayBlock = block(PAVEL, pavels);
        WebElement pavelsColumn = browser.findElement(By.cssSelector(".cal__col[data-employee-id='" + PAVEL + "']"));
        assertThat(dayBlock.getRect().getWidth()).isGreaterThan(pavelsColumn.getRect().getWidth() * 3 / 4);
        screenshot("screenshots/admin-day-same-time.png");
        assertThat(chromium.policyViolations()).as("blocked by the page's policy").isEmpty();
    }

    @Test
    void theOwnerSeesTheDaysWaitlistWithTheStartHeldForTheFirstInLine() {
        for (int hour = 9; hour < 18; hour++) {
            bookingId(api.call("create_booking", hour == 10 ? "leaver" : "regular", BRANCH, 844, "05.03.2030",
                    String.format("%02d:00", hour), PAVEL).body());
        }
        long ten = api.call("get_bookings_info", "leaver").body().get(0).get("booking_id").asLong();
        assertThat(api.call("join_waitlist", "waiter-1", BRANCH, 844, "05.03.2030", PAVEL).body().get("status").asBoolean()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(api.call("join_waitlist", "waiter-2", BRANCH, 844, "05.03.2030").body().get("status").asBoolean()).isTrue();
        assertThat(api.send("PUT", "/api/v1/admin/clients/waiter-1", "{\"name\": \"Анна\", \"phone\": \"+79001234567\"}",
                "Bearer " + Api.TOKEN, "application/json").status()).isEqualTo(200);
        assertThat(api.call("cancel_booking", "leaver", BRANCH, ten).body().get("status").asBoolean()).isTrue();

        openBrowser(1280, 900);
        browser.get("http://127.0.0.1:" + port + "/admin");
        await.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys(Api.TOKEN);
        browser.findElement(By.id("token-submit")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cal__head"), "Павел Тихонов"));
        goTo("2030-03-05", "8 записей");

        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waitlist-summary"), "ждут: 2 клиента"));
        assertThat(browser.findElements(By.cssSelector("#waitlist li"))).extracting(WebElement::getText).satisfiesExactly(
                first -> assertThat(first).contains("1. Анна · +79001234567", "Мужская стрижка · Павел Тихонов",
                        "в очереди с 04.03 08:00", "держим 10:00–11:00, Павел Тихонов, до 04.03 08:16"),
                second -> assertThat(second).contains("2. waiter-2", "любой мастер", "в очереди с 04.03 08:01")
                        .doesNotContain("держим"));
        browser.executeScript("document.getElementById('waitlist-title').scrollIntoView();");
        screenshot("screenshots/admin-waitlist.png");

        goTo("2030-03-06", "Записей нет");
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("waitlist-summary"), "На 06.03.2030 никто не ждёт"));
        assertThat(chromium.policyViolations()).as("blocked by the page's policy").isEmpty();
    }

    /** Waits for the picker's date, picks it, and waits for its times to show the one wanted. */
    private void slot(String iso, String time) {
        WebElement date = await.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".chip--date[data-date='" + iso + "']")));
        if (!"true".equals(date.getDomAttribute("aria-pressed"))) {
            date.click();
        }
        await.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chip--time[data-time='" + time + "']")));
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> times() {
        return (java.util.List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#move-picker .chip--time'), c => c.dataset.time);");
    }

    /** Whether the block itself, not another drawn over it, is what a click at its centre reaches. */
    private boolean visibleAtItsCentre(WebElement block) {
        return (Boolean) browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + " return arguments[0].contains(hit);", block);
    }

    private WebElement weekBlock(String iso, long booking) {
        return await.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".cal__col[data-date='" + iso + "'] .booking[data-booking-id='" + booking + "']")));
    }

    private void goTo(String iso) {
        goTo(iso, "2 записи");
    }

    private void goTo(String iso, String summary) {
        browser.executeScript("const input = document.getElementById('date'); input.value = arguments[0];"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));", iso);
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), summary));
    }

    private WebElement block(long employee, long booking) {
        return await.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".cal__col[data-employee-id='" + employee + "'] .booking[data-booking-id='" + booking + "']")));
    }

    private static long bookingId(JsonNode created) {
        assertThat(created.get("status").asBoolean()).as(String.valueOf(created)).isTrue();
        return created.get("booking").get("id").asLong();
    }

    private void openBrowser(int width, int height) {
        chromium = HeadlessChromium.desktop(width, height);
        browser = chromium.browser();
        await = new WebDriverWait(browser, PATIENCE);
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
