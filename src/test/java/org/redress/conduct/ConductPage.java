package org.redress.conduct;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.redress.browser.Navigation;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The conduct complaint pages as the feedback team uses them; every click waits for the next page to load. */
class ConductPage {

    private final WebDriver driver;

    ConductPage(WebDriver driver) {
        this.driver = driver;
    }

    ConductPage follow(String linkText) {
        navigateBy(driver.findElement(By.partialLinkText(linkText)));
        return this;
    }

    ConductPage choose(String radioId) {
        driver.findElement(By.id(radioId)).click();
        return this;
    }

    ConductPage type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    ConductPage select(String fieldId, String visibleText) {
        new Select(driver.findElement(By.id(fieldId))).selectByVisibleText(visibleText);
        return this;
    }

    ConductPage submit() {
        navigateBy(driver.findElement(By.cssSelector("form[method=post] button[type=submit].govuk-button")));
        return this;
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String banner() {
        return driver.findElement(By.className("govuk-notification-banner__heading")).getText();
    }

    List<String> errors() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream().map(WebElement::getText).toList();
    }

    private void navigateBy(WebElement element) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        element.click();
        Navigation.waitUntilGone(driver, leaving, Duration.ofSeconds(15));
    }
}
