package io.ispflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's headless Chromium driven through its chromedriver (Selenium Manager cannot
 * download drivers here), each with its own profile and cookies. It signs in on the console, checks every screen
 * with axe-core and saves screenshots under e2e-tests/target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final String CONSOLE = "http://localhost:8086";
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Dimension DESKTOP = new Dimension(1280, 1000);
    static final Dimension PHONE = new Dimension(390, 844);

    private static final AtomicInteger SHOTS = new AtomicInteger();

    final String who;
    final WebDriver driver;
    private final Path screenshots;

    private Browser(String who, WebDriver driver, Path screenshots) {
        this.who = who;
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** Whether this machine has the browser and its driver (CI installs them; elsewhere the test says why it skips). */
    static String missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return CHROMIUM + " (Debian package chromium)";
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return CHROMEDRIVER + " (Debian package chromium-driver)";
        }
        return null;
    }

    static Browser open(String who, Path screenshots, Path profiles) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=es",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--user-data-dir="
                        + profiles.resolve(who + "-" + System.nanoTime()).toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(who, driver, screenshots);
    }

    /** Opens the console and signs in on the dev OpenID provider's page as one of its demo users. */
    Browser signIn(String username) {
        driver.get(CONSOLE + "/");
        wait(Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith(Gateway.ISSUER_URL)
                        || d.getCurrentUrl().startsWith(CONSOLE + "/leads"));
        if (driver.getCurrentUrl().startsWith(Gateway.ISSUER_URL)) {
            shot("sign-in-page");
            assertAccessible("the dev OpenID provider's sign-in page");
            click(By.cssSelector("button[name='username'][value='" + username + "']"));
        }
        // each person lands where their work starts: the grid, the planning, back office, the technician's day
        wait(Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith(CONSOLE + "/")
                        && !d.getCurrentUrl().startsWith(CONSOLE + "/login"));
        return this;
    }

    /** The browser's clock in this time zone (the technicians' and planners' own), whatever the machine's. */
    Browser inTimeZone(String zone) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
        return this;
    }

    /** A 390x844 phone from now on. */
    Browser asAPhone() {
        driver.manage().window().setSize(PHONE);
        return this;
    }

    /** Drags with the mouse, moving in steps as a hand does (FullCalendar starts a drag only after some movement). */
    void drag(WebElement from, WebElement to) {
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(from)
                .clickAndHold()
                .moveByOffset(8, 8)
                .pause(Duration.ofMillis(150))
                .moveToElement(to)
                .pause(Duration.ofMillis(150))
                .moveByOffset(2, 2)
                .pause(Duration.ofMillis(150))
                .release()
                .perform();
    }

    Browser go(String path) {
        driver.get(CONSOLE + path);
        return this;
    }

    WebElement find(By by) {
        return wait(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(By by) {
        wait(Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String id, String value) {
        new Select(find(By.id(id))).selectByValue(value);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows the text; a page being replaced while it is read is simply read again. */
    void waitForText(String text) {
        wait(Duration.ofSeconds(20)).until(d -> {
            try {
                return d.findElement(By.tagName("body")).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return false;
            }
        });
    }

    /** Waits that look again when the page was replaced under them (a form posted, a redirect). */
    WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves what the browser shows now as target/screenshots/NN-who-name.png. */
    Path shot(String name) {
        File file = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Path target = screenshots.resolve(String.format("%02d-%s-%s.png", SHOTS.incrementAndGet(), who, name));
        try {
            Files.createDirectories(screenshots);
            Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** No serious or critical axe-core violation (WCAG 2.1 A and AA rules) on the page as it is now. */
    void assertAccessible(String screen) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(bad)
                .as("axe-core on %s (%s):%n%s", screen, driver.getCurrentUrl(), describe(bad))
                .isEmpty();
    }

    /** At the window's size now, nothing is wider than the screen (the page as it is, nothing reloaded). */
    void assertNoSidewaysScroll(String screen) {
        Long overflow = (Long) script(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
        assertThat(overflow)
                .as(
                        "%s is wider than the %d px window by %d px",
                        screen, driver.manage().window().getSize().width, overflow)
                .isLessThanOrEqualTo(1L);
    }

    /** The page fits a 390x844 phone: nothing wider than the screen, so nothing needs sideways scrolling. */
    void assertFitsAPhone(String screen) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(PHONE);
        try {
            driver.navigate().refresh();
            Long overflow = (Long) script(
                    "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
            shot(screen + "-phone");
            assertThat(overflow)
                    .as("%s is wider than a 390 px phone by %d px", screen, overflow)
                    .isLessThanOrEqualTo(1L);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " -> "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
