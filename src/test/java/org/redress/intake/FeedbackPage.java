package org.redress.intake;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.redress.browser.Navigation;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The public form and tracking pages as a person uses them: by mouse, or by keyboard alone. */
class FeedbackPage {

    /** The form's own first button: not a Remove button that submits another form. */
    static final String MAIN_BUTTON = "form[novalidate] button.govuk-button:not([form])";

    private final WebDriver driver;

    FeedbackPage(WebDriver driver) {
        this.driver = driver;
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String title() {
        return driver.getTitle();
    }

    FeedbackPage start() {
        navigateBy(driver.findElement(By.linkText("Start now")));
        return this;
    }

    FeedbackPage choose(String radioId) {
        driver.findElement(By.id(radioId)).click();
        return this;
    }

    FeedbackPage type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses a file in a file upload, as picking it in the browser's dialogue would. */
    FeedbackPage attach(String fieldId, java.nio.file.Path file) {
        driver.findElement(By.id(fieldId)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    String valueOf(String fieldId) {
        return driver.findElement(By.id(fieldId)).getDomProperty("value");
    }

    /** Presses the page's main button (Continue, Send feedback, Send request) and waits for the next page. */
    FeedbackPage submit() {
        navigateBy(driver.findElement(By.cssSelector(MAIN_BUTTON)));
        return this;
    }

    FeedbackPage follow(String linkText) {
        navigateBy(driver.findElement(By.linkText(linkText)));
        return this;
    }

    List<String> summaryErrors() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream().map(WebElement::getText).toList();
    }

    /** The messages shown beside fields, in page order, without the hidden "Error:" prefix. */
    List<String> fieldErrors() {
        return driver.findElements(By.cssSelector(".govuk-error-message")).stream()
                .map(e -> e.getText().replaceFirst("^Error:\\s*", "").strip()).toList();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    // ---- keyboard alone ----------------------------------------------------------------------------------------

    /** Tabs forward until the element is focused, as a keyboard user would; fails if it is never reached. */
    FeedbackPage tabTo(By target) {
        WebElement wanted = driver.findElement(target);
        for (int i = 0; i < 80; i++) {
            if (driver.switchTo().activeElement().equals(wanted)) {
                return this;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target + " on " + driver.getCurrentUrl());
    }

    FeedbackPage press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Tabs into a radio group (its first choice) and picks the choice {@code down} places below with the arrow keys. */
    FeedbackPage keyboardChoose(String firstRadioId, int down) {
        tabTo(By.id(firstRadioId));
        if (down == 0) {
            return press(Keys.SPACE);
        }
        for (int i = 0; i < down; i++) {
            press(Keys.ARROW_DOWN);
        }
        return this;
    }

    FeedbackPage keyboardType(String fieldId, String text) {
        return tabTo(By.id(fieldId)).press(text);
    }

    FeedbackPage keyboardSubmit() {
        tabTo(By.cssSelector(MAIN_BUTTON));
        WebElement leaving = driver.findElement(By.tagName("html"));
        press(Keys.ENTER);
        Navigation.waitUntilGone(driver, leaving, Duration.ofSeconds(15));
        return this;
    }

    /** Clicks and waits for the next page, so nothing is read from the page being left. */
    private void navigateBy(WebElement element) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        element.click();
        Navigation.waitUntilGone(driver, leaving, Duration.ofSeconds(15));
    }
}
