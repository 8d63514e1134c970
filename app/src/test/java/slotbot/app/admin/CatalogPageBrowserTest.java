package slotbot.app.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.core.io.ClassPathResource;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.HeadlessChromium;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog in the admin page on a phone: a service's price and buffers, the branch's booking rules, an employee's
 * week and a date off picked on the month's calendar. Each change goes through the admin catalog API, whose refusal
 * shows next to the field it names while nothing changes. Screenshots under {@code target/screenshots/catalog-*.png}.
 */
class CatalogPageBrowserTest extends AppTestBase {

    private static final long BRANCH = 14275391;
    private static final long HAIRCUT = 844;
    private static final long VIKTORIA = 512978;

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.requireInstalled();
    }

    @AfterEach
    void restoreTheCatalog() throws IOException {
        String original = new ClassPathResource("test-catalog.yaml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.send("PUT", "/api/v1/admin/catalog", original, "Bearer " + Api.TOKEN, "application/yaml").status()).isEqualTo(200);
    }

    @Test
    void theOwnerChangesAPriceTheRulesAndAScheduleFromAPhone() {
        try (AdminPage page = AdminPage.phone(port, null)) {
            page.logIn("catalog");
            page.visible("[data-panel='catalog']");
            page.assertFitsAPhone("the catalog");

            // A price that is not one is refused next to the price, and nothing changes; then a real one is kept.
            page.tap("#services [data-service-id='" + HAIRCUT + "']");
            page.visible("#editor");
            page.assertInView("#editor");
            type(page, "service-price", "-5");
            page.tap("#editor-save");
            WebElement error = page.visible("#editor-form [data-error-for='price']");
            assertThat(error.getText()).as("in Russian, the server's words below").startsWith("Цена — число рублей")
                    .contains("expected an amount", "-5");
            assertThat(error.findElement(By.xpath("..")).findElements(By.id("service-price"))).as("next to the price").hasSize(1);
            assertThat(get("/services/" + HAIRCUT).get("price").decimalValue()).isEqualByComparingTo("1500");
            page.assertFitsAPhone("a service's editor");
            page.screenshot("catalog-service-refused.png");
            type(page, "service-price", "1700");
            type(page, "service-buffer-after", "15");
            page.tap("#editor-save");
            page.await.until(driver -> !driver.findElement(By.id("editor")).isDisplayed());
            page.await.until(driver -> page.text("#services [data-service-id='" + HAIRCUT + "']").contains("1 700 ₽"));
            assertThat(page.text("#services [data-service-id='" + HAIRCUT + "']")).contains("перерыв 0/15 мин");
            JsonNode haircut = get("/services/" + HAIRCUT);
            assertThat(haircut.get("price").decimalValue()).isEqualByComparingTo("1700");
            assertThat(haircut.get("buffer_after").asInt()).isEqualTo(15);

            // The booking rules: a window too long is refused next to it, then 2 hours' notice and 60 days ahead are kept.
            type(page, "rule-min_notice", "2");
            new Select(page.browser.findElement(By.id("rule-min_notice-unit"))).selectByValue("h");
            type(page, "rule-max_advance", "99999");
            page.tap("#branch-save");
            WebElement tooFar = page.visible("#branch-form [data-error-for='booking_rules.max_advance']");
            assertThat(tooFar.getText()).contains("at most 3660d", "99999d");
            assertThat(get("/companies/" + BRANCH).get("booking_rules").get("min_notice").asString()).isEqualTo("0m");
            page.screenshot("catalog-rules-refused.png");
            type(page, "rule-max_advance", "60");
            page.tap("#branch-save");
            page.await.until(driver -> page.text("#branch-message").equals("Сохранено"));
            JsonNode rules = get("/companies/" + BRANCH).get("booking_rules");
            assertThat(rules.get("min_notice").asString()).isEqualTo("2h");
            assertThat(rules.get("max_advance").asString()).isEqualTo("60d");

            // Reminders: one of zero is refused next to it; then a day and two hours before, a follow-up, and quiet nights.
            page.tap("#reminder-add");
            type(page, "reminder-0", "0");
            page.tap("#branch-save");
            WebElement zero = page.visible("#branch-form .reminder-row [data-error-for='reminders[0]']");
            assertThat(zero.getText()).contains("above 0");
            assertThat(get("/companies/" + BRANCH).get("reminders")).isEmpty();
            type(page, "reminder-0", "24");
            page.tap("#reminder-add");
            type(page, "reminder-1", "2");
            type(page, "follow-up", "3");
            new Select(page.browser.findElement(By.id("quiet-from"))).selectByValue("22:00");
            new Select(page.browser.findElement(By.id("quiet-to"))).selectByValue("08:00");
            page.assertFitsAPhone("the branch with reminders");
            page.screenshot("catalog-reminders.png");
            page.tap("#branch-save");
            page.await.until(driver -> page.text("#branch-message").equals("Сохранено"));
            JsonNode branch = get("/companies/" + BRANCH);
            assertThat(branch.get("reminders").toString()).isEqualTo("[\"1d\",\"2h\"]");
            assertThat(branch.get("follow_up").asString()).isEqualTo("3h");
            assertThat(branch.get("quiet_hours").asString()).isEqualTo("22:00-08:00");
            assertThat(page.browser.findElement(By.id("reminder-0")).getDomProperty("value")).as("the form shows what was kept").isEqualTo("1");
            assertThat(page.browser.findElement(By.id("reminder-0-unit")).getDomProperty("value")).isEqualTo("d");

            // Виктория's Monday: hours that overlap are refused next to Monday; a Wednesday off is picked on the calendar.
            page.tap("#employees [data-employee-id='" + VIKTORIA + "']");
            page.visible("#editor");
            page.tap(".day-row[data-day='mon'] button[aria-label='Пн: добавить часы']");
            new Select(page.visible(".day-row[data-day='mon'] .interval:nth-of-type(3) select")).selectByValue(String.valueOf(13 * 60));
            page.tap("#editor-save");
            WebElement monday = page.visible(".day-row[data-day='mon'] [data-error-for='schedule.weekly.mon']");
            assertThat(monday.getText()).contains("MONDAY overlap", "13:00-");
            assertThat(get("/employees/" + VIKTORIA).get("schedule").get("weekly").get("mon").toString())
                    .isEqualTo("[\"10:00-14:00\",\"15:00-19:00\"]");
            page.screenshot("catalog-schedule-refused.png");
            page.tap(page.browser.findElements(By.cssSelector(".day-row[data-day='mon'] .interval button")).get(2));
            page.tap(".month__day[data-date='2030-03-06']");
            page.tap(".date-edit [data-kind='off']");
            assertThat(page.visible(".month__day[data-date='2030-03-06']").getDomAttribute("class")).contains("is-off");
            page.assertFitsAPhone("an employee's editor");
            page.screenshot("catalog-date-off.png");
            page.tap("#editor-save");
            page.await.until(driver -> !driver.findElement(By.id("editor")).isDisplayed());
            JsonNode schedule = get("/employees/" + VIKTORIA).get("schedule");
            assertThat(schedule.get("dates").toString()).isEqualTo("{\"2030-03-06\":[]}");
            assertThat(schedule.get("weekly").get("mon").toString()).isEqualTo("[\"10:00-14:00\",\"15:00-19:00\"]");

            // The calendar follows the catalog: Виктория is off on that Wednesday.
            page.tab("calendar");
            page.view("day");
            page.goTo("2030-03-06");
            page.await.until(driver -> page.text(".cal__col[data-employee-id='" + VIKTORIA + "']").contains("Выходной"));
            page.assertNothingBlocked();
        }
    }

    @Test
    void onADesktopTheCatalogStandsInColumnsAndTheEditorOverThePage() {
        try (AdminPage page = AdminPage.desktop(port)) {
            page.logIn("catalog");
            page.visible("#branch-form #branch-name");
            page.assertNoSidewaysScroll("the catalog on a desktop");
            page.screenshot("catalog-desktop.png");
            page.tap("#employees [data-employee-id='" + VIKTORIA + "']");
            page.visible("#editor");
            page.assertInView("#editor");
            page.assertNoSidewaysScroll("an employee's editor on a desktop");
            page.screenshot("catalog-desktop-employee.png");
            page.assertNothingBlocked();
        }
    }

    private static void type(AdminPage page, String id, String text) {
        WebElement input = page.visible("#" + id);
        input.clear();
        input.sendKeys(text);
    }

    private JsonNode get(String path) {
        Api.Answer answer = api.send("GET", "/api/v1/admin" + path, null, "Bearer " + Api.TOKEN, null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body();
    }
}
