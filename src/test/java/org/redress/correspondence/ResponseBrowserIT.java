package org.redress.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.casework.Cases.aComplaint;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.redress.TestCouncil;
import org.redress.TestMail;
import org.redress.browser.Accessibility;
import org.redress.browser.BrowserTest;
import org.redress.browser.GovUkPage;
import org.redress.browser.ServiceNavigation;
import org.redress.browser.SignInPage;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.RemedyKind;
import org.redress.notification.Notifications;
import org.redress.notification.TrackingLinks;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An officer drafts the response from the template, a second member of staff returns it with comments and then signs
 * it off, and the customer's mailbox receives it with the decision, the remedy and how to escalate; the case page, its
 * timeline and the customer's tracking page show what was sent. Every page on the way, errors too, passes axe-core.
 */
class ResponseBrowserIT extends BrowserTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    @Autowired Authorities authorities;
    @Autowired CouncilStructure structure;
    @Autowired StaffAccounts staff;
    @Autowired Casework casework;
    @Autowired SignOff signOff;
    @Autowired TrackingLinks links;

    static final String DECISION = "The crew missed the pothole on Mill Lane at the March inspection, which they should not have.";

    /** The response pages: the buttons are told apart by their ids. */
    static class ResponsePage extends GovUkPage<ResponsePage> {
        ResponsePage(WebDriver driver) {
            super(driver);
        }

        ResponsePage press(String buttonId) {
            navigateBy(driver.findElement(By.id(buttonId)));
            return this;
        }

        String main() {
            return driver.findElement(By.tagName("main")).getText();
        }
    }

    @Test
    void anOfficerDraftsTheResponseAndASecondSignsItOff() {
        TestCouncil council = TestCouncil.create(authorities, structure, staff);
        signOff.save(council.authority.id(), signOff.setting(council.authority.id()).version(), true);
        String to = "ada." + council.prefix + "@example.com";
        FeedbackCase c = casework.log(council.feedbackTeam, aComplaint().receivedOn(casework.today().minusDays(4).toString())
                .by(Channel.PHONE).about(council.highways.id()).describedAs("The pothole on Mill Lane burst my tyre.")
                .from(new Contact("Mrs Ada Patel", to, null, null)).assignedTo(council.highwaysOfficer.staffId()).build());
        casework.acknowledge(council.feedbackTeam, c.reference(), null, casework.today());
        casework.addRemedy(council.highwaysOfficer, c.reference(), null, RemedyKind.FORMAL_APOLOGY,
                "Repair the pothole and repay the tyre", false, null);

        SignInPage.open(driver(), baseUrl()).signIn(council.highwaysOfficer.getUsername(), TestCouncil.PASSWORD);
        WebDriver driver = open("/staff/cases/" + c.reference());
        ResponsePage page = new ResponsePage(driver).follow("Send response");
        Accessibility.check(driver);
        page.submit();
        assertThat(page.errors()).containsExactly("Select the outcome of the complaint");
        Accessibility.check(driver);

        page.choose("outcome-upheld").submit();
        String template = driver.findElement(By.id("letter")).getAttribute("value");
        assertThat(template).contains("We have upheld your complaint").contains("Repair the pothole and repay the tyre")
                .contains("stage 2");
        Accessibility.check(driver);
        page.type("letter", template.replace("[For each point of your complaint, say what you found and your decision on it.]",
                DECISION)).press("save-draft");
        assertThat(page.banner()).isEqualTo("Draft response saved");
        page.press("send");
        assertThat(page.banner()).isEqualTo("Response sent for sign-off");
        assertThat(driver.findElement(By.id("response-draft")).getText()).contains("Response awaiting sign-off");

        new ServiceNavigation(driver).signOut().signIn(council.feedbackTeam.getUsername(), TestCouncil.PASSWORD);
        open("/staff/sign-off");
        Accessibility.check(driver);
        page = new ResponsePage(driver).follow(c.reference());
        assertThat(page.text("letter-text")).contains(DECISION);
        Accessibility.check(driver);
        page.press("return");
        assertThat(page.errors()).containsExactly("Say what needs to change before it can be sent");
        Accessibility.check(driver);
        page.type("comments", "Say when the pothole will be filled.").press("return");
        assertThat(page.banner()).startsWith("Response returned to");

        new ServiceNavigation(driver).signOut().signIn(council.highwaysOfficer.getUsername(), TestCouncil.PASSWORD);
        page = new ResponsePage(open("/staff/cases/" + c.reference() + "/response"));
        assertThat(page.text("review-comments")).contains("Say when the pothole will be filled.");
        Accessibility.check(driver);
        String returned = driver.findElement(By.id("letter")).getAttribute("value");
        page.type("letter", returned.replace(DECISION, DECISION + " The crew will fill it by Friday.")).press("send");

        new ServiceNavigation(driver).signOut().signIn(council.feedbackTeam.getUsername(), TestCouncil.PASSWORD);
        page = new ResponsePage(open("/staff/cases/" + c.reference() + "/response")).press("approve");
        assertThat(page.banner()).isEqualTo("Signed off: response sent by email to " + to);
        Accessibility.check(driver);

        TestMail.Email email = TestMail.awaitAll(to, 2).stream().filter(e -> e.subject().contains("stage 1 response"))
                .findFirst().orElseThrow();
        assertThat(email.body()).contains(DECISION + " The crew will fill it by Friday.")
                .contains("We have upheld your complaint").contains("Repair the pothole and repay the tyre")
                .contains("looked at again at stage 2")
                .contains(Notifications.plain(casework.today().plusDays(28)));
        assertThat(email.files()).singleElement().satisfies(f -> assertThat(f.contentType()).isEqualTo("application/pdf"));

        List<String> timeline = driver.findElements(By.cssSelector(".redress-timeline li")).stream()
                .map(WebElement::getText).toList();
        assertThat(timeline).anySatisfy(e -> assertThat(e).contains("Email sent").contains("The crew will fill it by Friday."));
        page.follow("Read the correspondence");
        assertThat(page.main()).contains("The crew will fill it by Friday.").contains("letter-" + c.reference() + ".pdf");
        Accessibility.check(driver);

        new ServiceNavigation(driver).signOut();
        driver.get(links.link(council.authority.id(), c.id()).replaceFirst("^https?://[^/]+", baseUrl()));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Letters and emails we have sent you");
        driver.findElements(By.cssSelector("details summary")).forEach(WebElement::click);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("The crew will fill it by Friday.");
        Accessibility.check(driver);
    }
}
