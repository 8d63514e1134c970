package slotbot.app.admin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.HeadlessChromium;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin page on a phone (390 × 844, touch) whose clock runs in Honolulu while the branch is in Moscow: every view
 * fits the screen, every control takes a finger, details open in view, and "today" and "now" are the branch's.
 * Screenshots under {@code target/screenshots/phone-*.png}.
 */
class PhoneAdminBrowserTest extends AppTestBase {

    static final long BRANCH = 14275391;
    static final long PAVEL = 463665;
    static final long VIKTORIA = 512978;
    /** 10 hours behind UTC, 13 behind Moscow: on the branch's Monday morning it is still Sunday evening there. */
    static final String PHONE_ZONE = "Pacific/Honolulu";

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.requireInstalled();
    }

    @Test
    void everyViewFitsAPhoneInTheBranchsTimeAndDetailsOpenWhereTheOwnerLooks() {
        clock.set(Instant.parse("2030-03-04T08:30:00Z")); // 11:30 on Monday in Moscow, 22:30 on Sunday in Honolulu
        long noon = bookingId(api.call("create_booking", "client-1", BRANCH, 844, "04.03.2030", "12:00", PAVEL).body());
        long later = bookingId(api.call("create_booking", "client-2", BRANCH, 846, "04.03.2030", "15:00", VIKTORIA).body());
        admin("PUT", "/api/v1/admin/clients/client-1", "{\"name\": \"Иван Петров\", \"phone\": \"8 900 123-45-67\"}");
        // A third employee: the owner could not see one on a phone.
        admin("POST", "/api/v1/admin/companies/" + BRANCH + "/employees", "{\"name\": \"Анна Соколова\", \"service_ids\": [846],"
                + " \"schedule\": {\"weekly\": {\"mon\": [\"12:00-20:00\"]}}}");

        try (AdminPage page = AdminPage.phone(port, PHONE_ZONE)) {
            page.logIn(null);
            assertThat(page.browser.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;")).isEqualTo(PHONE_ZONE);
            assertThat(page.browser.findElement(By.id("date")).getDomProperty("value")).as("today in Moscow").isEqualTo("2030-03-04");
            assertThat(page.text("#title")).contains("4 марта 2030");

            // A phone opens on the day's list: who works, the bookings in order, and "now" between them.
            assertThat(page.browser.findElement(By.id("view-list")).getDomAttribute("aria-pressed")).isEqualTo("true");
            assertThat(page.texts(".staff__one")).containsExactly("ПТПавел Тихонов09:00–18:00", "ВВиктория10:00–14:00, 15:00–19:00",
                    "АСАнна Соколова12:00–20:00");
            assertThat(page.texts(".agenda__list > li")).containsExactly("Сейчас 11:30",
                    "12:0013:00Иван ПетровМужская стрижка · Павел Тихоновзаписан",
                    "15:0015:30client-2Детская стрижка · Викториязаписан");
            page.assertFitsAPhone("the day's list");
            page.screenshot("phone-list.png");

            page.tap(".agenda__item[data-booking-id='" + noon + "']");
            page.visible("#details");
            page.assertInView("#details");
            assertThat(page.text("#d-client")).contains("Иван Петров", "+79001234567");
            page.assertFitsAPhone("a booking's details");
            page.screenshot("phone-details.png");
            page.tap("#d-close");
            page.await.until(driver -> !driver.findElement(By.id("details")).isDisplayed());

            // The day by employee: all three columns on the screen, the hours from the first start of work to the last end.
            page.view("day");
            for (WebElement head : page.browser.findElements(By.cssSelector(".cal__head"))) {
                assertThat(head.getRect().getX() + head.getRect().getWidth()).as(head.getText()).isLessThanOrEqualTo(390);
            }
            assertThat(page.texts(".hour")).first().isEqualTo("09:00");
            assertThat(page.texts(".hour")).last().isEqualTo("19:00");
            WebElement now = page.visible(".cal__col[data-employee-id='" + PAVEL + "'] .now");
            assertThat(Integer.parseInt(now.getDomAttribute("data-minutes"))).as("11:30 in Moscow").isBetween(690, 691);
            double eleven = hourLine(page, "11:00"), twelve = hourLine(page, "12:00");
            assertThat((double) now.getRect().getY()).isBetween(eleven, twelve);
            page.assertFitsAPhone("the day by employee");
            page.screenshot("phone-day.png");
            page.tap(".cal__col[data-employee-id='" + VIKTORIA + "'] .booking[data-booking-id='" + later + "']");
            page.visible("#details");
            page.assertInView("#details");
            page.tapAbove("#details");
            page.await.until(driver -> !driver.findElement(By.id("details")).isDisplayed());

            page.view("week");
            assertThat(page.texts(".agenda__head")).hasSize(7).first().asString().contains("Понедельник, 4 марта");
            page.assertFitsAPhone("the week");
            page.screenshot("phone-week.png");

            page.tap("#book-open");
            page.visible("#book-dialog");
            page.assertFitsAPhone("the booking form");
            page.tap("#book-close");

            page.tab("catalog");
            page.assertFitsAPhone("the catalog");
            page.screenshot("phone-catalog.png");
            page.assertNothingBlocked();
        }
    }

    /** Where the hour's line is: the top of its label's row. */
    private static double hourLine(AdminPage page, String hour) {
        return page.browser.findElements(By.cssSelector(".hour")).stream().filter(h -> h.getText().equals(hour)).findFirst()
                .orElseThrow().getRect().getY();
    }

    void admin(String method, String path, String json) {
        Api.Answer answer = api.send(method, path, json, "Bearer " + Api.TOKEN, "application/json");
        assertThat(answer.status()).as(method + " " + path + ": " + answer.text()).isBetween(200, 201);
    }

    static long bookingId(JsonNode created) {
        assertThat(created.get("status").asBoolean()).as(String.valueOf(created)).isTrue();
        return created.get("booking").get("id").asLong();
    }
}
