package org.redress.browser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The staff sign-in page, {@code /staff/sign-in}. */
public class SignInPage {

    public static final String PATH = "/staff/sign-in";

    private final WebDriver driver;

    public SignInPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Goes to the sign-in page of the application at {@code baseUrl}. */
    public static SignInPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + PATH);
        return new SignInPage(driver);
    }

    /** Types the username and password, presses Sign in and waits for the next page to load. */
    public void signIn(String username, String password) {
        WebElement form = driver.findElement(By.cssSelector("form[action$='" + PATH + "']"));
        WebElement usernameField = driver.findElement(By.id("username"));
        usernameField.clear();
        usernameField.sendKeys(username);
        WebElement passwordField = driver.findElement(By.id("password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Navigation.waitUntilGone(driver, form, Duration.ofSeconds(10));
    }

    /** The messages in the error summary at the top of the page; empty when there is none. */
    public List<String> errors() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The heading of the notification banner, such as "You have signed out"; empty when there is none. */
    public Optional<String> banner() {
        return driver.findElements(By.cssSelector(".govuk-notification-banner__heading")).stream()
                .map(WebElement::getText)
                .findFirst();
    }

    /** Whether the error summary is shown and has the keyboard focus, as GOV.UK Frontend does on page load. */
    public boolean errorSummaryHasFocus() {
        List<WebElement> summary = driver.findElements(By.cssSelector(".govuk-error-summary"));
        return !summary.isEmpty() && summary.get(0).equals(driver.switchTo().activeElement());
    }
}
