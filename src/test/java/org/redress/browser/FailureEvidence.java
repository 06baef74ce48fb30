package org.redress.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * When a browser test fails, keeps what the browser showed: a screenshot and the page source of each open
 * browser, in {@code target/browser-failures/}, named after the test. Nothing is kept for passing tests.
 */
class FailureEvidence implements TestWatcher {

    private static final Path FOLDER = Path.of("target", "browser-failures");

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        List<WebDriver> drivers = BrowserTest.startedDrivers();
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        for (int i = 0; i < drivers.size(); i++) {
            WebDriver driver = drivers.get(i);
            String file = name + (i == 0 ? "" : "-" + i);
            try {
                Files.createDirectories(FOLDER);
                Files.writeString(FOLDER.resolve(file + ".html"),
                        "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
                Files.write(FOLDER.resolve(file + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (IOException | RuntimeException e) {
                // Evidence is a courtesy: never hide the real failure behind a failure to record it.
                cause.addSuppressed(e);
            }
        }
    }
}
