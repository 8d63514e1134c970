package slotbot.app.reminders;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.HeadlessChromium;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static slotbot.app.reminders.ReminderContract.berlin;

/**
 * The owner's admin page shows a booking's reminders, which went out and when, and that the client confirmed,
 * also once the visit has passed. Headless Chromium; leaves {@code target/screenshots/admin-reminders.png}.
 */
@TestPropertySource(properties = {
        "slotbot.catalog=classpath:reminders-catalog.yaml",
        "spring.datasource.url=jdbc:h2:mem:slotbot-reminders;DB_CLOSE_DELAY=-1"
})
class ReminderAdminPageBrowserTest extends AppTestBase {

    @Autowired
    ReminderFiring firing;

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
    void aBookingShowsWhichRemindersWentOutAndThatTheClientConfirmed() {
        Api.Answer booked = api.call("create_booking", "client-1", 3003, 3100, "12.03.2030", "10:00", 3200);
        long id = booked.body().get("booking").get("id").asLong();
        clock.set(berlin("2030-03-11T09:30"));
        assertThat(api.call("confirm_booking", "client-1", id).body().get("status").asBoolean()).isTrue();
        for (String moment : List.of("2030-03-11T10:00", "2030-03-12T08:00")) {
            clock.set(berlin(moment));
            firing.runDueNow();
        }
        clock.set(berlin("2030-03-12T12:00"));

        chromium = HeadlessChromium.desktop(1280, 900);
        ChromeDriver browser = chromium.browser();
        WebDriverWait await = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + port + "/admin");
        await.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys(Api.TOKEN);
        browser.findElement(By.id("token-submit")).click();
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cal__head"), "Анна"));
        browser.executeScript("const input = document.getElementById('date'); input.value = '2030-03-12';"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));");
        // The day may be drawn anew (the branch's first load, the live calendar) between finding the booking and the click.
        await.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.cssSelector(".booking[data-booking-id='" + id + "']")).click();
            return true;
        });
        await.until(ExpectedConditions.textToBePresentInElementLocated(By.id("d-client"), "client-1"));

        assertThat(browser.findElement(By.id("d-status")).getText()).isEqualTo("визит прошёл · подтвердил 11.03 09:30");
        assertThat(browser.findElements(By.cssSelector("#d-reminders li"))).extracting(WebElement::getText).containsExactly(
                "За 24 ч · отправлено 11.03 10:00",
                "За 2 ч · отправлено 12.03 08:00",
                "Через 2 ч после визита · будет 12.03 12:30");
        chromium.screenshot("screenshots/admin-reminders.png");
        assertThat(chromium.policyViolations()).as("blocked by the page's policy").isEmpty();
    }
}
