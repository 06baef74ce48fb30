package org.redress.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
import org.redress.casework.CaseStatus;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackType;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.casework.HistoricCases;
import org.redress.casework.Outcome;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** A report viewer goes from the annual report to the Code's figures and reads them; each page passes axe. */
class ComplaintHandlingBrowserIT extends BrowserTest {

    @Autowired Authorities authorities;
    @Autowired CouncilStructure structure;
    @Autowired StaffAccounts staff;
    @Autowired HistoricCases loader;

    @Test
    void aReportViewerReadsTheCodesClocksForTheYear() {
        TestCouncil council = TestCouncil.create(authorities, structure, staff);
        // One acknowledged and answered in time; one acknowledged late and not yet answered.
        loader.load(council.authority.id(), "Test", List.of(
                underTheCode(council, "2025-05-01", new HistoricStage(1, null, day("2025-05-09"), day("2025-05-02"),
                        day("2025-05-19"), day("2025-05-19"), 0, day("2025-05-15"), Outcome.UPHELD, null, null,
                        null)),
                underTheCode(council, "2025-06-02", new HistoricStage(1, null, day("2025-06-09"), day("2025-06-12"),
                        day("2025-06-26"), day("2025-06-26"), 0, null, null, null, null, null))));
        SignInPage.open(driver(), baseUrl()).signIn(council.viewer.getUsername(), TestCouncil.PASSWORD);

        WebDriver driver = open("/staff/reports/annual?year=2025");
        WebElement leaving = driver.findElement(By.tagName("html"));
        driver.findElement(By.linkText("The Complaint Handling Code's figures")).click();
        Navigation.waitUntilGone(driver, leaving, Duration.ofSeconds(15));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Complaint Handling Code 2025/26");
        WebElement clocks = driver.findElement(By.id("code-clocks"));
        assertThat(clocks.findElements(By.cssSelector("tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(0).getText()).toList())
                .containsExactly("2", "2 (100%)", "1 (50%)", "1", "1 (100%)", "0 (0%)");
        assertThat(driver.findElement(By.id("code-by-service")).getText()).contains("Highways");
        assertThat(driver.findElement(By.id("code-self-assessment")).getText())
                .contains("stage 1 complaints acknowledged within 5 working days: 50% (1 of 2)");
        Accessibility.check(driver);

        open("/staff/reports/complaint-handling?year=1066");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("There is a problem with the request");
        Accessibility.check(driver);
    }

    private static HistoricCase underTheCode(TestCouncil council, String received, HistoricStage stage) {
        boolean answered = stage.respondedOn() != null;
        return new HistoricCase(null, FeedbackType.COMPLAINT, Channel.EMAIL,
                answered ? CaseStatus.CLOSED : CaseStatus.ACKNOWLEDGED, day(received),
                council.highwaysDirectorate.id(), council.highways.id(), "complaint_handling_code", null, null, null,
                null, null, answered ? stage.respondedOn() : null, List.of(stage), null, null);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
