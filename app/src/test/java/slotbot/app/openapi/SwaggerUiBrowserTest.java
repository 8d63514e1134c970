package slotbot.app.openapi;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import slotbot.app.AppTestBase;
import slotbot.app.HeadlessChromium;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI, springdoc's bundled page, renders the API under the app's Content-Security-Policy with
 * nothing blocked, and a function's operation with its example request. Leaves
 * {@code target/screenshots/swagger-ui.png} and {@code swagger-ui-function.png}.
 */
class SwaggerUiBrowserTest extends AppTestBase {

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
    void rendersTheApiWithNothingBlocked() {
        chromium = HeadlessChromium.desktop(1280, 900);
        WebDriverWait await = new WebDriverWait(chromium.browser(), Duration.ofSeconds(30));
        chromium.browser().get("http://127.0.0.1:" + port + "/swagger-ui.html");

        await.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".info .title"), "slotbot API"));
        await.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opblock-tag")));
        assertThat(chromium.browser().findElements(By.cssSelector(".opblock"))).isNotEmpty();
        chromium.screenshot("screenshots/swagger-ui.png");

        WebElement function = chromium.browser().findElement(By.id("operations-Functions-get_slots_for_booking"));
        function.findElement(By.cssSelector(".opblock-summary-control")).click();
        By example = By.cssSelector("#operations-Functions-get_slots_for_booking .body-param__example");
        await.until(ExpectedConditions.textToBePresentInElementLocated(example, "\"02.03.2027\""));
        chromium.browser().executeScript("arguments[0].scrollIntoView()", chromium.browser().findElement(example));
        chromium.screenshot("screenshots/swagger-ui-function.png");

        // A new Swagger UI may bring another inline style: the console then names its hash for SecurityConfig.SWAGGER_UI_POLICY.
        assertThat(chromium.policyViolations()).as("blocked by the policy; the console said %s", chromium.console()).isEmpty();
    }
}
