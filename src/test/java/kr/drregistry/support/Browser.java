package kr.drregistry.support;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium through the system ChromeDriver (packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Nothing is downloaded: both paths are given, so
 * Selenium Manager never runs. Screenshots go to {@code target/screenshots/}. The browser's console is read when it
 * closes: any Content Security Policy violation on any page it showed fails the test ({@link #close}).
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = System.getProperty("drr.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("drr.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Starts a fresh headless browser (its own profile) reading pages in {@code language} ("ko" or "en"). */
    public static Browser open(URL base, String language) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--force-prefers-reduced-motion", "--window-size=1400,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", downloads().toString()));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base.toString());
    }

    public static Path downloads() {
        Path dir = Path.of("target", "browser-downloads").toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return URI(driver.getCurrentUrl()).getPath();
    }

    private static java.net.URI URI(String s) {
        return java.net.URI.create(s);
    }

    public Browser signIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits (up to 15 s) until an element matching {@code css} is visible. */
    public WebElement visible(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
    }

    /** Sets a textarea or input's value directly (sendKeys of a long document is slow) and fires "input". */
    public void setValue(String css, String value) {
        driver.executeScript("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true}));", css, value);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a full-window screenshot as target/screenshots/{name}.png (looked at by people, kept by CI). */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The console's errors since the last call (a resource that failed to load — a 404 stylesheet, font or icon — or a
     * script error), each as Chromium words it.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage()).toList();
    }

    /**
     * What axe-core (Deque's engine, run in this page) finds against WCAG 2.0/2.1 A and AA (and WCAG 2.5.3, unique landmarks): one line per violated
     * rule with its impact, help text and the first elements it names; empty when the page passes.
     */
    public List<String> accessibilityViolations() {
        cspViolations(); // what the page itself broke is kept for close(); axe's own inline styles are not the page's
        // The sector map's region labels are dark text inside a 4 px white halo (white text in a dark halo on the
        // darkest fill): WCAG 1.4.3 measures outlined text against its outline, axe measures it against the region
        // behind it, and a small region's label lies over its neighbour. They are aria-hidden; the same names and
        // numbers are the map's links and its table, which axe checks.
        // Beside the WCAG tags, two rules axe files elsewhere that a screen-reader or voice-control user meets: a
        // control whose accessible name does not contain its visible label (WCAG 2.5.3, "experimental" in axe) and
        // two landmarks of one kind with the same name ("best-practice").
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        com.deque.html.axecore.args.AxeRunOnlyOptions only = new com.deque.html.axecore.args.AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        options.setRunOnly(only);
        java.util.Map<String, com.deque.html.axecore.args.AxeRuleOptions> rules = new java.util.HashMap<>();
        for (String rule : List.of("label-content-name-mismatch", "landmark-unique")) {
            com.deque.html.axecore.args.AxeRuleOptions on = new com.deque.html.axecore.args.AxeRuleOptions();
            on.setEnabled(true);
            rules.put(rule, on);
        }
        options.setRules(rules);
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withOptions(options).exclude(".drr-map-labels").analyze(driver);
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            // axe's own: its inline styles, and its fetches of the stylesheets' @imports (its CSSOM preload resolves them
            // against the page's address, so under /oidc/ one is sent to the identity provider and blocked by connect-src)
            if (!e.getMessage().contains("Applying inline style violates") && !e.getMessage().contains("\"connect-src 'self'\"")) {
                // anything else logged meanwhile is the page's (its scripts run on)
                if (e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Content-Security-Policy")) {
                    violations.add(e.getMessage());
                }
            }
        }
        return results.getViolations().stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — "
                + v.getNodes().stream().limit(3).map(n -> n.getTarget() + " " + n.getFailureSummary().replace('\n', ' ')).toList()
                + (v.getNodes().size() > 3 ? " and " + (v.getNodes().size() - 3) + " more" : "")).toList();
    }

    /** Sets the window's size (screenshots for people are taken at 1440 px width). */
    public Browser size(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /**
     * Saves a screenshot of the whole page (the window is made as tall as the page for it, then set back), as
     * target/screenshots/{name}.png.
     */
    public Path screenshotPage(String name) {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        Number page = (Number) driver.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
        Number chrome = (Number) driver.executeScript("return window.outerHeight - window.innerHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(),
                Math.min(page.intValue() + chrome.intValue(), 8000)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The session cookie of this browser, to fetch a download with the same sign-in. */
    public Map<String, String> cookies() {
        Map<String, String> cookies = new java.util.HashMap<>();
        driver.manage().getCookies().forEach(c -> cookies.put(c.getName(), c.getValue()));
        return cookies;
    }

    private final List<String> violations = new java.util.ArrayList<>();

    /**
     * The Content Security Policy violations the console reported so far (the console is read and emptied; what was
     * read is kept for {@link #close}).
     */
    public List<String> cspViolations() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Content-Security-Policy")) {
                violations.add(e.getMessage());
            }
        }
        return List.copyOf(violations);
    }

    /** Fails when the pages shown so far broke the Content Security Policy, naming {@code where}. */
    public void assertNoCspViolations(String where) {
        List<String> found = cspViolations();
        if (!found.isEmpty()) {
            throw new AssertionError(where + ": Content Security Policy violations in the browser console:\n" + String.join("\n", found));
        }
    }

    /** Closes the browser; fails when any page it showed broke the Content Security Policy. */
    @Override
    public void close() {
        List<String> found;
        try {
            found = cspViolations();
        } finally {
            driver.quit();
        }
        if (!found.isEmpty()) {
            throw new AssertionError("Content Security Policy violations in the browser console:\n" + String.join("\n", found));
        }
    }
}
