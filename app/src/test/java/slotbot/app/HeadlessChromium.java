package slotbot.app;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium for the page tests, driven by Selenium without Selenium Manager (the
 * browser and its driver are given), in a fresh profile that is deleted on close. Every page it opens
 * is watched from before its own scripts run: what the Content-Security-Policy blocked, and any
 * alert, confirm or prompt (recorded instead of shown), so that a test can tell that nothing ran.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Runs in every page before the page's own scripts; the policy does not apply to it. */
    private static final String WATCH = """
            (() => {
              const watch = {violations: [], dialogs: []};
              Object.defineProperty(window, '__pageWatch', {value: watch});
              document.addEventListener('securitypolicyviolation', e => watch.violations.push(
                  e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber), true);
              for (const name of ['alert', 'confirm', 'prompt']) {
                window[name] = message => { watch.dialogs.push(name + ': ' + message); };
              }
            })();""";

    private final ChromeDriver browser;
    private final Path profile;

    private HeadlessChromium(ChromeDriver browser, Path profile) {
        this.browser = browser;
        this.profile = profile;
    }

    /** Fails on CI without the browser (CI installs it), skips elsewhere with how to install it. */
    public static void requireInstalled() {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("The browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + " on CI: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, () -> "Skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + "; install them with: apt-get install chromium chromium-driver");
    }

    /** A phone's screen of that size (a desktop window cannot be narrower than 500 px, so it is emulated). */
    public static HeadlessChromium phone(int width, int height) {
        return phone(width, height, null);
    }

    /**
     * A phone's screen of that size whose clock runs in the time zone given (the browser is started with TZ set, as a
     * phone set to another zone would be), or the machine's when null.
     */
    public static HeadlessChromium phone(int width, int height, String timeZone) {
        ChromeOptions options = options(width, height);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", true)));
        return start(options, timeZone == null ? Map.of() : Map.of("TZ", timeZone));
    }

    /** A desktop page of exactly that size, whatever the window's frame takes. */
    public static HeadlessChromium desktop(int width, int height) {
        ChromeOptions options = options(width, height);
        options.addArguments("--lang=ru-RU");
        HeadlessChromium chromium = start(options, Map.of());
        chromium.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return chromium;
    }

    public ChromeDriver browser() {
        return browser;
    }

    /** What the page's Content-Security-Policy blocked since it was opened: directive, what, where. */
    @SuppressWarnings("unchecked")
    public List<String> policyViolations() {
        return (List<String>) browser.executeScript("return window.__pageWatch ? window.__pageWatch.violations.slice() : ['no watch'];");
    }

    /** The alerts, confirms and prompts the page asked for since it was opened. */
    @SuppressWarnings("unchecked")
    public List<String> dialogs() {
        return (List<String>) browser.executeScript("return window.__pageWatch ? window.__pageWatch.dialogs.slice() : ['no watch'];");
    }

    /** The console's messages since the last call (each is read once), as "LEVEL message". */
    public List<String> console() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /** Saves what the page shows now as target/{name}; the name may hold folders. */
    public void screenshot(String name) {
        try {
            Path file = Path.of("target").resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChromeOptions options(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return options;
    }

    private static HeadlessChromium start(ChromeOptions options, Map<String, String> environment) {
        // Selenium Manager must not look for (or download) a driver or a browser: both are given.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("slotbot-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(environment)
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        return new HeadlessChromium(browser, profile);
    }
}
