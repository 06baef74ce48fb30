package org.redress.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The staff sign-in page, {@code /staff/sign-in}. */
public class SignInPage extends GovUkPage<SignInPage> {

    public static final String PATH = "/staff/sign-in";

    public SignInPage(WebDriver driver) {
        super(driver);
    }

    /** Goes to the sign-in page of the application at {@code baseUrl}. */
    public static SignInPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + PATH);
        return new SignInPage(driver);
    }

    /** Types the username and password, presses Sign in and waits for the next page to load. */
    public void signIn(String username, String password) {
        WebElement form = driver.findElement(By.cssSelector("form[action$='" + PATH + "']"));
        type("username", username);
        type("password", password);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Navigation.waitUntilGone(driver, form, Duration.ofSeconds(10));
    }
}
