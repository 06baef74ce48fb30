package org.redress.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The staff menu under the header of every page, shown once someone has signed in. */
public class ServiceNavigation {

    private final WebDriver driver;

    public ServiceNavigation(WebDriver driver) {
        this.driver = driver;
    }

    /** The menu entries, in order, such as "Work queue" and "Sign out"; empty when signed out. */
    public List<String> items() {
        return driver.findElements(By.cssSelector(".govuk-service-navigation__item")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Presses "Sign out" and waits for the sign-in page. */
    public SignInPage signOut() {
        WebElement button = driver.findElement(By.cssSelector(".govuk-service-navigation__list button[type=submit]"));
        button.click();
        Navigation.waitUntilGone(driver, button, Duration.ofSeconds(10));
        return new SignInPage(driver);
    }
}
