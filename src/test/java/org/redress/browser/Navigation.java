package org.redress.browser;

import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits for the browser to leave a page, so a test never reads the page it is leaving. Chromium reports an element
 * of a page that has gone either as stale or as "not belonging to the document", depending on timing: both mean
 * gone, so both end the wait (ExpectedConditions.stalenessOf only knows the first).
 */
public final class Navigation {

    private Navigation() {
    }

    /** Blocks until {@code leaving} (any element of the old page) is no longer in the page. */
    public static void waitUntilGone(WebDriver driver, WebElement leaving, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> {
            try {
                leaving.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** Clicks and waits for the next page to replace this one. */
    public static void clickAndWait(WebDriver driver, WebElement target) {
        WebElement leaving = driver.findElement(org.openqa.selenium.By.tagName("html"));
        target.click();
        waitUntilGone(driver, leaving, Duration.ofSeconds(15));
    }
}
