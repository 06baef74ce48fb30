package org.redress.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.redress.TestCouncil;
import org.redress.browser.Accessibility;
import org.redress.browser.BrowserTest;
import org.redress.browser.Navigation;
import org.redress.browser.SignInPage;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator connects the council's mailbox: the page, its errors, a failed connection test and the saved
 * state all pass axe-core, and the password typed is never in the page again.
 */
class MailboxBrowserIT extends BrowserTest {

    @Autowired Authorities authorities;
    @Autowired CouncilStructure structure;
    @Autowired StaffAccounts staff;

    @Test
    void anAdministratorTestsAndSavesTheCouncilsMailbox() throws Exception {
        TestCouncil council = TestCouncil.create(authorities, structure, staff);
        String username = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Administrator", null,
                EnumSet.of(Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        SignInPage.open(driver(), baseUrl()).signIn(username, TestCouncil.PASSWORD);

        WebDriver driver = open("/staff/admin/mailbox");
        Accessibility.check(driver);

        driver.findElement(By.id("authentication-oauth2")).click();
        driver.findElement(By.id("port")).sendKeys("99999");
        navigateBy(driver, driver.findElement(By.xpath("//button[text()='Save']")));
        assertThat(errors(driver)).contains("Enter the port as a whole number from 1 to 65535, or leave it blank for "
                + "the usual one", "Enter the client secret");
        Accessibility.check(driver);

        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        fill(driver, "host", "127.0.0.1");
        fill(driver, "port", String.valueOf(closed));
        fill(driver, "username", "complaints@council.example");
        driver.findElement(By.id("authentication")).click();
        fill(driver, "password", "typed-mailbox-password");
        navigateBy(driver, driver.findElement(By.xpath("//button[text()='Test connection']")));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("The connection did not work").contains("Could not reach 127.0.0.1 on port " + closed);
        assertThat(driver.getPageSource()).doesNotContain("typed-mailbox-password");
        Accessibility.check(driver);

        fill(driver, "password", "typed-mailbox-password");
        navigateBy(driver, driver.findElement(By.xpath("//button[text()='Save']")));
        assertThat(driver.findElement(By.className("govuk-notification-banner__heading")).getText())
                .startsWith("Mailbox saved");
        assertThat(driver.findElement(By.id("password-hint")).getText()).contains("A password is saved");
        assertThat(driver.getPageSource()).doesNotContain("typed-mailbox-password");
        Accessibility.check(driver);
    }

    private static void fill(WebDriver driver, String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static List<String> errors(WebDriver driver) {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream().map(WebElement::getText)
                .toList();
    }

    private static void navigateBy(WebDriver driver, WebElement element) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        element.click();
        Navigation.waitUntilGone(driver, leaving, Duration.ofSeconds(15));
    }
}
