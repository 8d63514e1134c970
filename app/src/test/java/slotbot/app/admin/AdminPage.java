package slotbot.app.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import slotbot.app.Api;
import slotbot.app.HeadlessChromium;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin page in headless Chromium as the page tests drive it: logged in, and checked for what a phone needs. */
final class AdminPage implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Every control a finger may need, as the page draws it: checkboxes count by their label. */
    private static final String TOO_SMALL = """
            const least = arguments[0];
            const small = [];
            for (const node of document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea')) {
              let box = node.getBoundingClientRect();
              if (box.width === 0 && box.height === 0) continue;
              if (getComputedStyle(node).visibility === 'hidden') continue;
              if (node.matches('input[type=checkbox], input[type=radio]') && node.closest('label')) {
                box = node.closest('label').getBoundingClientRect();
              }
              if (box.width < least || box.height < least) {
                small.push((node.id ? '#' + node.id : node.tagName.toLowerCase() + '.' + node.className) + ' "'
                    + (node.textContent || node.value || '').trim().slice(0, 30) + '" ' + Math.round(box.width) + 'x' + Math.round(box.height));
              }
            }
            return small;""";

    final HeadlessChromium chromium;
    final ChromeDriver browser;
    final WebDriverWait await;
    private final int port;

    private AdminPage(HeadlessChromium chromium, int port) {
        this.chromium = chromium;
        this.browser = chromium.browser();
        this.await = new WebDriverWait(browser, PATIENCE);
        this.port = port;
    }

    /** A phone of 390 × 844 whose own clock runs in that zone. */
    static AdminPage phone(int port, String timeZone) {
        return new AdminPage(HeadlessChromium.phone(390, 844, timeZone), port);
    }

    static AdminPage desktop(int port) {
        return new AdminPage(HeadlessChromium.desktop(1280, 900), port);
    }

    /** Opens /admin (at #tab when given) and logs in with the test token; the calendar of the first branch is shown. */
    AdminPage logIn(String tab) {
        browser.get("http://127.0.0.1:" + port + "/admin" + (tab == null ? "" : "#" + tab));
        await.until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys(Api.TOKEN);
        browser.findElement(By.id("token-submit")).click();
        try {
            await.until(driver -> !text("#summary").isBlank());
        } catch (RuntimeException e) {
            throw new AssertionError("the calendar did not show; the console said " + chromium.console() + "; the page shows "
                    + browser.executeScript("return document.body.innerText.slice(0, 600);"), e);
        }
        return this;
    }

    void goTo(String iso) {
        String before = text("#title");
        browser.executeScript("const input = document.getElementById('date'); input.value = arguments[0];"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));", iso);
        await.until(driver -> !text("#title").equals(before) || iso.equals(browser.findElement(By.id("date")).getDomProperty("value")));
        await.until(driver -> browser.findElement(By.id("calendar")).getDomAttribute("aria-busy") == null);
    }

    void view(String name) {
        tap("#view-" + name);
        await.until(driver -> "true".equals(browser.findElement(By.id("view-" + name)).getDomAttribute("aria-pressed")));
        await.until(driver -> browser.findElement(By.id("calendar")).getDomAttribute("aria-busy") == null);
    }

    void tab(String name) {
        tap("[data-tab='" + name + "']");
        await.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-panel='" + name + "']")));
    }

    WebElement visible(String css) {
        return await.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks what is shown at the element's centre, as a finger would: fails when something else covers it. */
    void tap(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        assertThat(coveredBy(element)).as("what covers the element a finger taps").isNull();
        element.click();
    }

    /** Taps what the selector finds; found again when the live calendar drew it anew in between. */
    void tap(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                tap(visible(css));
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 3) {
                    throw redrawn;
                }
            }
        }
    }

    /** Taps the dimmed page above a sheet, near the top of the screen. */
    void tapAbove(String css) {
        Number top = (Number) browser.executeScript("return document.querySelector(arguments[0]).getBoundingClientRect().top;", css);
        assertThat(top.intValue()).as("room above " + css).isGreaterThan(60);
        int y = top.intValue() / 2;
        assertThat((String) browser.executeScript("const hit = document.elementFromPoint(20, arguments[0]); return hit && hit.id;", y))
                .isEqualTo("backdrop");
        new org.openqa.selenium.interactions.Actions(browser).moveToLocation(20, y).click().perform();
    }

    /** null when the element itself is what a tap at its centre reaches; else what is. */
    String coveredBy(WebElement element) {
        return (String) browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + " return arguments[0].contains(hit) ? null : (hit ? hit.outerHTML.slice(0, 120) : 'nothing');", element);
    }

    /** The element's text, its no-break spaces (of amounts such as "1 700 ₽") as plain ones. */
    String text(String css) {
        Object text = browser.executeScript("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css);
        return String.valueOf(text).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @SuppressWarnings("unchecked")
    List<String> texts(String css) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);", css);
    }

    /** The page is no wider than the screen: nothing to scroll sideways. */
    void assertNoSidewaysScroll(String where) {
        Map<?, ?> widths = (Map<?, ?>) browser.executeScript("return {scroll: document.documentElement.scrollWidth,"
                + " inner: window.innerWidth};");
        assertThat(((Number) widths.get("scroll")).intValue()).as(where + ": the page's width " + widths)
                .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue());
    }

    /** Every control shown is at least 44 × 44 px. */
    @SuppressWarnings("unchecked")
    void assertTouchTargets(String where) {
        List<String> small = (List<String>) browser.executeScript(TOO_SMALL, 44);
        assertThat(small).as(where + ": controls smaller than 44 px").isEmpty();
    }

    void assertFitsAPhone(String where) {
        assertNoSidewaysScroll(where);
        assertTouchTargets(where);
    }

    /** The element is within the screen, top and bottom: where the owner is looking. */
    void assertInView(String css) {
        Map<?, ?> r = (Map<?, ?>) browser.executeScript("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return {top: r.top, bottom: r.bottom, height: window.innerHeight};", css);
        assertThat(((Number) r.get("top")).doubleValue()).as(css + " top " + r).isGreaterThanOrEqualTo(0);
        assertThat(((Number) r.get("bottom")).doubleValue()).as(css + " bottom " + r)
                .isLessThanOrEqualTo(((Number) r.get("height")).doubleValue() + 0.5);
    }

    void screenshot(String name) {
        chromium.screenshot("screenshots/" + name);
    }

    void assertNothingBlocked() {
        assertThat(chromium.policyViolations()).as("blocked by the page's policy").isEmpty();
        assertThat(chromium.dialogs()).as("alerts").isEmpty();
    }

    @Override
    public void close() {
        chromium.close();
    }
}
