package org.redress.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.redress.browser.Accessibility;
import org.redress.browser.BrowserTest;
import org.redress.browser.ServiceNavigation;
import org.redress.browser.SignInPage;

class PublicPagesBrowserIT extends BrowserTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-sign-in-secret";

    @Test
    void homePageMeetsWcag22AA() {
        WebDriver driver = open("/");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Customer feedback");
        Accessibility.check(driver);
    }

    @Test
    void signInPageMeetsWcag22AA() {
        WebDriver driver = open(SignInPage.PATH);

        assertThat(driver.getTitle()).isEqualTo("Sign in – Redress");
        Accessibility.check(driver);
    }

    @Test
    void accessibilityStatementMeetsWcag22AA() {
        Accessibility.check(open("/accessibility"));
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryAndStaysOnSignIn() {
        SignInPage signIn = SignInPage.open(driver(), baseUrl());

        signIn.signIn(ADMIN, "not-the-password");

        assertThat(pathOf(driver())).startsWith(SignInPage.PATH);
        assertThat(driver().getTitle()).isEqualTo("Error: Sign in – Redress");
        assertThat(signIn.errors()).containsExactly("Enter a correct username and password");
        assertThat(signIn.errorSummaryHasFocus()).isTrue();
        Accessibility.check(driver());
    }

    @Test
    void anAdministratorSignsInAndSeesTheStaffMenu() {
        SignInPage.open(driver(), baseUrl()).signIn(ADMIN, ADMIN_PASSWORD);

        assertThat(pathOf(driver())).isEqualTo("/staff");
        WebDriver driver = open("/accessibility");
        assertThat(new ServiceNavigation(driver).items()).contains("Administration", "Sign out");
        Accessibility.check(driver);
    }

    @Test
    void signingOutReturnsToSignInWithABannerThatSaysSo() {
        SignInPage signIn = SignInPage.open(driver(), baseUrl());
        assertThat(signIn.bannerIfShown()).isEmpty();
        signIn.signIn(ADMIN, ADMIN_PASSWORD);
        open("/accessibility");

        signIn = new ServiceNavigation(driver()).signOut();

        assertThat(pathOf(driver())).isEqualTo(SignInPage.PATH + "?signedOut");
        assertThat(signIn.bannerIfShown()).contains("You have signed out");
        assertThat(new ServiceNavigation(driver()).items()).isEmpty();
        Accessibility.check(driver());
    }

    @Test
    void theStaffMenuIsHiddenFromPeopleWhoAreNotSignedIn() {
        assertThat(new ServiceNavigation(open("/")).items()).isEmpty();
    }

    @Test
    void signingInWorksWithoutJavaScript() {
        SignInPage.open(driverWithoutJavaScript(), baseUrl()).signIn(ADMIN, ADMIN_PASSWORD);

        assertThat(pathOf(driverWithoutJavaScript())).isEqualTo("/staff");
        WebDriver driver = openWithoutJavaScript("/accessibility");
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("class").split(" "))
                .as("no script ran to mark the page as supporting GOV.UK Frontend's JavaScript")
                .containsExactlyInAnyOrder("govuk-template__body", "redress-staff");
        assertThat(new ServiceNavigation(driver).items()).contains("Sign out");
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
        WebDriver driver = open("/");

        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement first = driver.switchTo().activeElement();
        assertThat(first.getText()).isEqualTo("Skip to main content");
        assertThat(first.getDomAttribute("href")).endsWith("#main-content");

        first.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("main-content");
    }
}
