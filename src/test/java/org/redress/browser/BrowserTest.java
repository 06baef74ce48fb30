package org.redress.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.redress.TestCouncil;
import org.redress.organisation.StaffUser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every {@code *BrowserIT}: the whole application on a random port, and a headless Debian Chromium
 * driven by Selenium. One browser per test class (started on first use, quit after the class); cookies are
 * cleared before each test, so every test starts signed out.
 *
 * <p>{@link #open(String)} uses a browser with JavaScript on; {@link #openWithoutJavaScript(String)} uses a second
 * one with JavaScript switched off, for checking that a page works without it. Both come from the Debian
 * packages {@code chromium} and {@code chromium-driver}; nothing is downloaded at test time.
 *
 * <p>A test class named {@code *BrowserIT} (failsafe runs it in {@code ./mvnw verify}) extends this, drives pages
 * through page objects and checks each page it visits with {@link Accessibility#check}:
 *
 * <pre>{@code
 * class WorkQueueBrowserIT extends BrowserTest {
 *
 *     @Test
 *     void anOfficerSeesTheirOpenCases() {
 *         SignInPage.open(driver(), baseUrl()).signIn("admin", "test-sign-in-secret");
 *         WebDriver driver = open("/staff");
 *         assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Work queue");
 *         Accessibility.check(driver);
 *     }
 * }
 * }</pre>
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(FailureEvidence.class)
public abstract class BrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static Browser withJavaScript;
    private static Browser withoutJavaScript;

    @LocalServerPort
    private int port;

    /** The address of the running application, without a trailing slash. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The browser with JavaScript on, started if need be. */
    protected WebDriver driver() {
        if (withJavaScript == null) {
            withJavaScript = Browser.start(true);
        }
        return withJavaScript.driver();
    }

    /** Signs in as one of a {@link TestCouncil}'s staff, in the browser with JavaScript on. */
    protected void signIn(StaffUser user) {
        SignInPage.open(driver(), baseUrl()).signIn(user.getUsername(), TestCouncil.PASSWORD);
    }

    /** The browser with JavaScript switched off, started if need be. */
    protected WebDriver driverWithoutJavaScript() {
        if (withoutJavaScript == null) {
            withoutJavaScript = Browser.start(false);
        }
        return withoutJavaScript.driver();
    }

    /** Goes to a path of the application (such as {@code /staff/sign-in}) with JavaScript on. */
    protected WebDriver open(String path) {
        WebDriver driver = driver();
        driver.get(baseUrl() + path);
        return driver;
    }

    /** Goes to a path of the application with JavaScript switched off. */
    protected WebDriver openWithoutJavaScript(String path) {
        WebDriver driver = driverWithoutJavaScript();
        driver.get(baseUrl() + path);
        return driver;
    }

    /** The path and query of the page the browser is on, e.g. {@code /staff/sign-in?error}. */
    protected static String pathOf(WebDriver driver) {
        String url = driver.getCurrentUrl();
        int start = url.indexOf('/', url.indexOf("//") + 2);
        return start < 0 ? "/" : url.substring(start);
    }

    @BeforeEach
    void startSignedOut() {
        for (Browser browser : new Browser[] { withJavaScript, withoutJavaScript }) {
            if (browser != null) {
                browser.clearCookies();
            }
        }
    }

    @AfterAll
    static void quitBrowsers() {
        try {
            if (withJavaScript != null) {
                withJavaScript.quit();
            }
        } finally {
            withJavaScript = null;
            if (withoutJavaScript != null) {
                withoutJavaScript.quit();
            }
            withoutJavaScript = null;
        }
    }

    /** The browsers the current test class has started, for {@link FailureEvidence}. */
    static List<WebDriver> startedDrivers() {
        return Stream.of(withJavaScript, withoutJavaScript).filter(b -> b != null).<WebDriver>map(Browser::driver).toList();
    }

    /** One Chromium process with its own throwaway profile directory. */
    private record Browser(ChromeDriver driver, Path profile) {

        static Browser start(boolean javaScript) {
            Path profile;
            try {
                profile = Files.createTempDirectory("redress-chromium-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            if (!javaScript) {
                options.setExperimentalOption("prefs",
                        Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        }

        void clearCookies() {
            // Works whatever page the browser is on, unlike WebDriver's deleteAllCookies.
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        }

        void quit() {
            try {
                driver.quit();
            } finally {
                deleteQuietly(profile);
            }
        }

        private static void deleteQuietly(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A leftover directory in the temp folder does no harm.
            }
        }
    }
}
