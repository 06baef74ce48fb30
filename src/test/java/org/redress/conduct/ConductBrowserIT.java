package org.redress.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.redress.TestCouncil;
import org.redress.browser.Accessibility;
import org.redress.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The feedback team records a conduct complaint and the Monitoring Officer's decision; axe on every page. */
class ConductBrowserIT extends BrowserTest {

    @Autowired TestCouncil council;

    @Test
    void theFeedbackTeamRecordsAComplaintAndItsDismissal() {
        signIn(council.feedbackTeam);

        WebDriver driver = open("/staff/conduct?year=2020");
        Accessibility.check(driver);
        ConductPage page = new ConductPage(driver).follow("Record a conduct complaint");
        Accessibility.check(driver);
        page.enterDate("Date the Monitoring Officer received it", "30", "2", "2021").submit();
        assertThat(page.errors()).contains("The date must be a real date",
                "Enter the name of the councillor complained about", "Enter who made the complaint");
        Accessibility.check(driver);

        page.enterDate("Date the Monitoring Officer received it", "3", "8", "2020")
                .fillIn("Councillor complained about", "Councillor Imaginary Name")
                .fillIn("Who complained", "A resident")
                .fillIn("What the councillor is said to have done", "Said to have used offensive language online.")
                .submit();
        assertThat(page.banner()).startsWith("Conduct complaint CC").endsWith("recorded");
        assertThat(page.status()).isEqualTo("Awaiting assessment");
        Accessibility.check(driver);

        page.follow("Record the decision");
        Accessibility.check(driver);
        page.choose("outcome-dismissed").enterDate("Date of the decision", "1", "9", "2020").submit();
        assertThat(page.banner()).isEqualTo("Decision recorded: Dismissed by the Monitoring Officer");
        assertThat(page.status()).isEqualTo("Concluded");
        Accessibility.check(driver);

        open("/staff/conduct?year=2020");
        assertThat(page.text("conduct-figures"))
                .contains("No action or resolved upon receipt; dismissed by the Monitoring Officer 1");
        Accessibility.check(driver);
    }
}
