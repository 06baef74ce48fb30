package org.redress.casework;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.redress.browser.Navigation;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The case page and the step forms it leads to, as an officer uses them. */
class CasePage {

    private final WebDriver driver;

    CasePage(WebDriver driver) {
        this.driver = driver;
    }

    String reference() {
        return driver.findElement(By.tagName("h1")).getText().split("\\s")[0];
    }

    String status() {
        return driver.findElement(By.id("case-status")).getText();
    }

    List<String> actions() {
        return driver.findElements(By.cssSelector(".govuk-grid-column-one-third .govuk-list a")).stream()
                .map(WebElement::getText).toList();
    }

    List<String> timeline() {
        return driver.findElements(By.cssSelector(".redress-timeline li h3")).stream().map(WebElement::getText).toList();
    }

    String banner() {
        return driver.findElement(By.className("govuk-notification-banner__heading")).getText();
    }

    /** Opens a step's form from the actions list. */
    CasePage start(String action) {
        navigateBy(driver.findElement(By.linkText(action)));
        return this;
    }

    CasePage choose(String radioId) {
        driver.findElement(By.id(radioId)).click();
        return this;
    }

    CasePage type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses a file in a file upload, as picking it in the browser's dialogue would. */
    CasePage attach(String fieldId, java.nio.file.Path file) {
        driver.findElement(By.id(fieldId)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    CasePage select(String fieldId, String visibleText) {
        new Select(driver.findElement(By.id(fieldId))).selectByVisibleText(visibleText);
        return this;
    }

    CasePage submit() {
        navigateBy(driver.findElement(By.cssSelector("form[method=post] button[type=submit].govuk-button")));
        return this;
    }

    /** Clicks and waits for the next page, so nothing is read from the page being left. */
    private void navigateBy(WebElement element) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        element.click();
        Navigation.waitUntilGone(driver, leaving, Duration.ofSeconds(15));
    }

    List<String> errors() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream().map(WebElement::getText).toList();
    }
}
