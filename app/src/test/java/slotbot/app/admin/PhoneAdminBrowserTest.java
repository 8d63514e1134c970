package slotbot.app.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import slotbot.app.Api;
import slotbot.app.AppTestBase;
import slotbot.app.HeadlessChromium;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /** One test adds an employee: the next test class finds the catalog as the file has it. */
    @AfterEach
    void restoreTheCatalog() throws IOException {
        String original = new ClassPathResource("test-catalog.yaml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(api.send("PUT", "/api/v1/admin/catalog", original, "Bearer " + Api.TOKEN, "application/yaml").status()).isEqualTo(200);
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
            // The bot studio's tab (its own test checks inside it): the section opens, the page stays the screen's width.
            page.tab("bot");
            page.visible("#studio-graph");
            page.assertNoSidewaysScroll("the bot studio");
            page.tab("calendar");
            page.visible("#calendar");
            page.assertNothingBlocked();
        }
    }

    @Test
    void onAPhoneTheOwnerBooksCallersThenConfirmsMovesCancelsAndMarksANoShow() {
        admin("PUT", "/api/v1/admin/clients/tg-77", "{\"name\": \"Мария Котова\", \"phone\": \"+7 900 777-66-55\"}");
        try (AdminPage page = AdminPage.phone(port, PHONE_ZONE)) {
            page.logIn(null);

            // A caller the app does not know: booked as the client of their phone.
            bookACaller(page, "8 (900) 555-44-33", "Анна Смирнова", 844, null, "2030-03-05", "12:00");
            page.await.until(driver -> page.text("#d-message").contains("Клиент записан"));
            page.assertInView("#details");
            JsonNode anna = onlyBooking("phone-79005554433");
            assertThat(anna.get("client_name").asString()).isEqualTo("Анна Смирнова");
            assertThat(anna.get("client_phone").asString()).isEqualTo("+79005554433");
            assertThat(anna.get("date").asString() + " " + anna.get("time").asString()).isEqualTo("05.03.2030 12:00");
            assertThat(page.text("#title")).contains("5 марта 2030");
            page.screenshot("phone-booked.png");
            page.tap("#d-close");

            // A caller the app knows by the phone (a Telegram client): booked as themselves, with the employee chosen.
            page.tap("#book-open");
            page.visible("#book-phone").sendKeys("89007776655");
            page.await.until(driver -> page.text("#book-known").contains("Мария Котова"));
            assertThat(page.browser.findElement(By.id("book-name")).getDomProperty("value")).isEqualTo("Мария Котова");
            chooseAndBook(page, 846, VIKTORIA, "2030-03-05", "10:00");
            page.await.until(driver -> page.text("#d-message").contains("Клиент записан") && page.text("#d-client").contains("Мария"));
            JsonNode maria = onlyBooking("tg-77");
            assertThat(maria.get("employee_id").asLong()).isEqualTo(VIKTORIA);
            assertThat(maria.get("time").asString()).isEqualTo("10:00");
            page.tap("#d-close");

            // A phone that does not read: said next to the phone, and nothing is booked.
            page.tap("#book-open");
            page.visible("#book-phone").sendKeys("12-34");
            chooseAndBook(page, 844, null, "2030-03-05", "17:00");
            WebElement phoneError = page.visible("#book-form [data-error-for='client.phone']");
            assertThat(phoneError.getText()).contains("expected a phone number", "12-34");
            assertThat(phoneError.findElement(By.xpath("..")).findElement(By.id("book-phone"))).isNotNull();
            assertThat(page.browser.findElement(By.id("book-error")).isDisplayed()).isFalse();
            page.assertFitsAPhone("the booking form with a refusal");
            page.screenshot("phone-book-refused.png");
            assertThat(api.send("GET", "/api/v1/admin/bookings?from=2030-03-05&to=2030-03-05", null, "Bearer " + Api.TOKEN, null)
                    .body().get("bookings")).hasSize(2);
            page.tap("#book-close");

            // Anna's booking from the day's list: confirmed, moved to a free time from the picker, then cancelled with a reason.
            long annaId = anna.get("id").asLong();
            page.tap(".agenda__item[data-booking-id='" + annaId + "']");
            page.assertInView("#details");
            page.tap("#confirm-booking");
            page.await.until(driver -> page.text("#d-status").equals("подтвердил"));
            page.tap("#move-open");
            // Anna went to whoever was free at 12:00 (Павел or Виктория): both work at 16:00.
            pick(page, "#move-picker", "2030-03-05", "16:00");
            assertThat(page.browser.findElement(By.id("move-submit")).getText()).isEqualTo("Перенести на 05.03 в 16:00");
            page.assertFitsAPhone("moving a booking");
            page.screenshot("phone-move.png");
            page.tap("#move-submit");
            page.await.until(driver -> page.text("#d-message").contains("перенесена"));
            page.await.until(driver -> page.text(".agenda__item[data-booking-id='" + annaId + "']").startsWith("16:00"));
            page.visible("#cancel-reason").sendKeys("перезвонила, заболела");
            page.tap("#cancel-booking");
            page.await.until(driver -> page.text("#cancel-booking").startsWith("Точно"));
            page.tap("#cancel-booking");
            page.await.until(driver -> driver.findElements(By.cssSelector(".agenda__item[data-booking-id='" + annaId + "']")).isEmpty());
            JsonNode cancelled = api.send("GET", "/api/v1/admin/bookings/" + annaId, null, "Bearer " + Api.TOKEN, null).body();
            assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
            assertThat(cancelled.get("cancel_reason").asString()).isEqualTo("перезвонила, заболела");

            // Once Maria's visit has begun (the page reads the server's clock when opened), she can be marked a no-show.
            clock.set(Instant.parse("2030-03-05T07:15:00Z"));
            page.browser.navigate().refresh();
            page.await.until(driver -> !page.text("#summary").isBlank());
            page.goTo("2030-03-05");
            page.tap(".agenda__item[data-booking-id='" + maria.get("id").asLong() + "']");
            assertThat(page.browser.findElement(By.id("confirm-booking")).isDisplayed()).as("too late to confirm").isFalse();
            assertThat(page.browser.findElement(By.id("move-open")).isDisplayed()).as("too late to move").isFalse();
            page.tap("#no-show-booking");
            page.await.until(driver -> page.text("#d-status").equals("не пришёл"));
            assertThat(onlyBooking("tg-77").get("status").asString()).isEqualTo("no_show");
            page.assertNothingBlocked();
        }
    }

    @Test
    void theDayFollowsBookingsMadeMovedAndCancelledElsewhereWithoutAReload() {
        try (AdminPage page = AdminPage.phone(port, PHONE_ZONE)) {
            page.logIn(null);
            page.goTo("2030-03-05");
            page.await.until(driver -> driver.findElement(By.id("live")).isDisplayed());
            page.browser.executeScript("window.__sameDocument = true;");

            long booked = bookingId(api.call("create_booking", "tg-9", BRANCH, 844, "05.03.2030", "13:00", PAVEL).body());
            String item = ".agenda__item[data-booking-id='" + booked + "']";
            page.await.until(driver -> page.text(item).startsWith("13:00"));
            assertThat(page.text("#summary").replace('\u00a0', ' ')).isEqualTo("1 запись на 1 500 ₽");

            assertThat(api.call("modify_booking_time", "tg-9", booked, "05.03.2030", "16:00").body().get("status").asBoolean()).isTrue();
            page.await.until(driver -> page.text(item).startsWith("16:00"));
            page.tap(item);
            page.screenshot("phone-live.png");

            assertThat(api.call("cancel_booking", "tg-9", BRANCH, booked).body().get("status").asBoolean()).isTrue();
            page.await.until(driver -> driver.findElements(By.cssSelector(item)).isEmpty());
            page.await.until(driver -> page.text("#d-status").equals("отменена"));
            assertThat(page.text("#d-message")).contains("Запись изменилась");
            assertThat(page.browser.findElement(By.id("cancel-booking")).isDisplayed()).isFalse();
            assertThat(page.browser.executeScript("return window.__sameDocument;")).as("the page was not reloaded").isEqualTo(true);
            page.assertNothingBlocked();
        }
    }

    @Test
    void onAPhoneTheHeaderStaysTheOwnerBooksAWalkInMovesItByAQuarterAndReadsRefusalsInRussian() {
        admin("PUT", "/api/v1/admin/companies/" + BRANCH, "{\"booking_rules\": {\"min_notice\": \"3h\"}}");
        clock.set(Instant.parse("2030-03-04T06:50:00Z")); // 09:50 in Moscow: a client may book from 12:50 on
        for (int day = 4; day <= 8; day++) {
            api.call("create_booking", "client-" + day, BRANCH, 846, "0" + day + ".03.2030", "15:00", VIKTORIA);
        }
        try (AdminPage page = AdminPage.phone(port, PHONE_ZONE)) {
            page.logIn(null);

            // The week's list is longer than the screen: scrolled down, the header and the tabs stay at the top.
            page.view("week");
            page.browser.executeScript("window.scrollTo(0, document.documentElement.scrollHeight);");
            assertThat(((Number) page.browser.executeScript("return window.scrollY;")).intValue()).isGreaterThan(300);
            Map<?, ?> header = (Map<?, ?>) page.browser.executeScript("const r = document.getElementById('masthead')"
                    + ".getBoundingClientRect(); return {top: r.top, bottom: r.bottom};");
            assertThat(((Number) header.get("top")).doubleValue()).as("the header's top").isEqualTo(0);
            assertThat(page.coveredBy(page.browser.findElement(By.id("logout")))).as("Выйти is there to tap").isNull();
            assertThat(page.coveredBy(page.browser.findElement(By.cssSelector("[data-tab='catalog']")))).isNull();
            page.screenshot("phone-sticky-header.png");
            page.view("list");

            // A walk-in in ten minutes, inside min_notice: the owner's picker offers it.
            bookACaller(page, "8 900 111-22-33", "Прохожий", 844, PAVEL, "2030-03-04", "10:00");
            page.await.until(driver -> page.text("#d-message").contains("Клиент записан"));
            JsonNode walkIn = onlyBooking("phone-79001112233");
            assertThat(walkIn.get("time").asString()).isEqualTo("10:00");

            // Moved by a quarter of an hour, over its own old time.
            page.tap("#move-open");
            pick(page, "#move-picker", "2030-03-04", "10:15");
            page.screenshot("phone-move-quarter.png");
            page.tap("#move-submit");
            page.await.until(driver -> page.text("#d-message").contains("перенесена"));
            assertThat(onlyBooking("phone-79001112233").get("time").asString()).isEqualTo("10:15");
            page.tap("#d-close");

            // Someone takes the time while the owner is choosing: the refusal is said in Russian, the server's words below.
            page.tap("#book-open");
            page.visible("#book-phone").sendKeys("8 900 444-55-66");
            page.tap(page.browser.findElement(By.cssSelector("#book-service-list input[value='844']")).findElement(By.xpath("..")));
            new org.openqa.selenium.support.ui.Select(page.browser.findElement(By.id("book-employee"))).selectByValue(String.valueOf(PAVEL));
            pick(page, "#book-picker", "2030-03-04", "11:30");
            admin("POST", "/api/v1/admin/bookings", "{\"company_id\": " + BRANCH + ", \"service_ids\": [844], \"date\": \"04.03.2030\","
                    + " \"time\": \"11:30\", \"employee_id\": " + PAVEL + ", \"client_id\": \"tg-5\"}");
            page.tap("#book-submit");
            WebElement refusal = page.await.until(driver -> {
                WebElement error = driver.findElement(By.id("book-error"));
                return error.getText().startsWith("Это время уже занято") ? error : null;
            });
            assertThat(refusal.findElement(By.className("error__detail")).getText()).as("the server's words as the detail")
                    .contains("taken");
            page.assertFitsAPhone("a refusal in Russian");
            page.screenshot("phone-refusal-russian.png");
            page.assertNothingBlocked();
        }
    }

    private void bookACaller(AdminPage page, String phone, String name, long service, Long employee, String iso, String time) {
        page.tap("#book-open");
        page.visible("#book-phone").sendKeys(phone);
        page.browser.findElement(By.id("book-name")).sendKeys(name);
        chooseAndBook(page, service, employee, iso, time);
    }

    /** Ticks the service, picks the employee (or leaves anyone), the date and the time, and books. */
    private void chooseAndBook(AdminPage page, long service, Long employee, String iso, String time) {
        page.tap(page.browser.findElement(By.cssSelector("#book-service-list input[value='" + service + "']")).findElement(By.xpath("..")));
        if (employee != null) {
            new org.openqa.selenium.support.ui.Select(page.browser.findElement(By.id("book-employee"))).selectByValue(String.valueOf(employee));
        }
        pick(page, "#book-picker", iso, time);
        assertThat(page.browser.findElement(By.id("book-submit")).getText()).isEqualTo("Записать на " + iso.substring(8) + "."
                + iso.substring(5, 7) + " в " + time);
        page.assertFitsAPhone("the booking form");
        page.tap("#book-submit");
    }

    /** Picks a date of the picker, then one of its free times. */
    static void pick(AdminPage page, String picker, String iso, String time) {
        WebElement date = page.visible(picker + " .chip--date[data-date='" + iso + "']");
        if (!"true".equals(date.getDomAttribute("aria-pressed"))) {
            page.tap(date);
        }
        page.tap(picker + " .chip--time[data-time='" + time + "']");
    }

    private JsonNode onlyBooking(String client) {
        JsonNode found = api.send("GET", "/api/v1/admin/bookings?client_id=" + client, null, "Bearer " + Api.TOKEN, null).body();
        assertThat(found.get("bookings")).hasSize(1);
        return found.get("bookings").get(0);
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
