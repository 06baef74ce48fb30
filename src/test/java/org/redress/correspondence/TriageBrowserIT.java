package org.redress.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.redress.TestCouncil;
import org.redress.browser.Accessibility;
import org.redress.browser.BrowserTest;
import org.redress.browser.Navigation;
import org.springframework.beans.factory.annotation.Autowired;

/** The feedback team turns an email in the inbox into a case; every page on the way, errors too, passes axe-core. */
class TriageBrowserIT extends BrowserTest {

    @Autowired TestCouncil council;
    @Autowired Inbox inbox;

    @Test
    void theFeedbackTeamTurnsAnEmailIntoACase() {
        inbox.store(council.authority.id(), new ReceivedEmail("id:<pothole." + council.prefix + "@example.com>",
                "<pothole." + council.prefix + "@example.com>", null, List.of(), "a.patel@example.com", "Mrs A Patel",
                "complaints@council.example", "Potholes on Mill Lane",
                "The potholes on Mill Lane have been there since March.\n\nPlease fill them in.",
                Instant.parse("2021-01-04T09:30:00Z"), null, List.of()));
        signIn(council.feedbackTeam);

        WebDriver driver = open("/staff/inbox");
        Accessibility.check(driver);
        navigateBy(driver, driver.findElement(By.linkText("Potholes on Mill Lane")));
        assertThat(driver.findElement(By.id("customerEmail")).getAttribute("value")).isEqualTo("a.patel@example.com");
        assertThat(driver.findElement(By.id("receivedOn-year")).getAttribute("value")).isEqualTo("2021");
        Accessibility.check(driver);

        navigateBy(driver, driver.findElement(By.cssSelector("form[action$='/case'] button[type=submit]")));
        assertThat(errors(driver)).containsExactly("Select the service it is about");
        Accessibility.check(driver);

        new Select(driver.findElement(By.id("serviceId"))).selectByVisibleText("Growth, Environment and Transport: Highways");
        navigateBy(driver, driver.findElement(By.cssSelector("form[action$='/case'] button[type=submit]")));
        assertThat(driver.findElement(By.className("govuk-notification-banner__heading")).getText())
                .startsWith("Complaint logged with reference FB");
        assertThat(driver.findElement(By.id("correspondence")).getText()).contains("1 email received");
        Accessibility.check(driver);

        navigateBy(driver, driver.findElement(By.linkText("Read the correspondence")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Please fill them in.");
        Accessibility.check(driver);
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
