package org.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.redress.TestCouncil;
import org.redress.TestMail;
import org.redress.browser.Accessibility;
import org.redress.browser.BrowserTest;
import org.redress.browser.SignInPage;
import org.redress.casework.Casework;
import org.redress.casework.Outcome;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * A member of the public gives feedback online and follows it, in Chromium, on Christmas Eve 2020 (the application's
 * clock is fixed there so due dates are known): with the mouse, without JavaScript, by keyboard alone; every page,
 * error states included, checked with axe.
 */
class FeedbackJourneyBrowserIT extends BrowserTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2020-12-24T10:00:00Z"), ZoneId.of("Europe/London"));
    }

    @Autowired StaffAccounts staff;
    @Autowired IntakeProperties intake;
    @Autowired Casework casework;

    @Autowired TestCouncil council;

    @BeforeEach
    void council() {
        intake.setAuthorityCode(council.authority.code());
    }

    String address(String who) {
        return who + "." + council.prefix + "@example.com";
    }

    @Test
    void aComplaintFromTheStartPageToTheConfirmationAndItsAcknowledgementEmail() {
        WebDriver driver = open("/feedback");
        FeedbackPage page = new FeedbackPage(driver);
        assertThat(page.heading()).isEqualTo("Give feedback to " + council.authority.name());
        Accessibility.check(driver);

        page.start();
        assertThat(page.heading()).isEqualTo("What would you like to do?");
        Accessibility.check(driver);
        page.choose("kind").submit();
        assertThat(page.heading()).isEqualTo("What is your feedback about?");
        Accessibility.check(driver);
        page.choose("topicId").submit();
        assertThat(page.heading()).isEqualTo("What happened?");
        Accessibility.check(driver);
        page.type("whatHappened", "The pothole on Mill Lane burst my tyre.")
                .enterDate("When did it happen? (optional)", "20", "12", "2020").submit();
        assertThat(page.heading()).isEqualTo("What would you like us to do to put things right?");
        Accessibility.check(driver);
        page.type("wantedOutcome", "Fill it in and pay for my tyre.").submit();
        assertThat(page.heading()).isEqualTo("Add files (optional)");
        Accessibility.check(driver);
        page.attach("files", file("tyre-receipt.pdf", "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n")).submit();
        assertThat(page.heading()).isEqualTo("Are you giving this feedback for someone else?");
        Accessibility.check(driver);
        page.choose("behalf-no").submit();
        assertThat(page.heading()).isEqualTo("Your contact details");
        Accessibility.check(driver);
        page.type("name", "Ada Lovelace").type("email", address("ada")).choose("contactBy").submit();
        assertThat(page.heading()).isEqualTo("Check your answers before sending your feedback");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Make a complaint")
                .contains("Roads, pavements, potholes and streetlights").contains("20 December 2020")
                .contains("Fill it in and pay for my tyre.").contains(address("ada")).contains("tyre-receipt.pdf");
        Accessibility.check(driver);
        page.submit();

        assertThat(page.heading()).isEqualTo("Complaint sent");
        String reference = page.text("reference");
        assertThat(reference).matches("FB\\d{7}");
        // Thursday 24 December 2020 + 20 working days, past Christmas Day, the Boxing Day substitute and New Year's Day.
        assertThat(page.text("due")).contains("We will reply by Tuesday 26 January 2021");
        Accessibility.check(driver);

        TestMail.Email email = TestMail.awaitOne(address("ada"));
        assertThat(email.subject()).isEqualTo("We have received your complaint " + reference);
        assertThat(email.body()).contains("We will reply by Tuesday 26 January 2021.");

        signIn(council.feedbackTeam);
        WebDriver staff = open("/staff/cases/" + reference);
        assertThat(staff.findElement(By.id("attachments")).getText()).contains("tyre-receipt.pdf").contains("PDF")
                .contains("Member of the public (online form)");
        Accessibility.check(staff);
    }

    /** A small file to choose in the browser's file input. */
    static Path file(String name, String content) {
        try {
            Path dir = Files.createTempDirectory("redress-upload");
            dir.toFile().deleteOnExit();
            Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aComplimentGoesThroughTheWholeFormWithJavaScriptSwitchedOff() {
        WebDriver driver = openWithoutJavaScript("/feedback");
        FeedbackPage page = new FeedbackPage(driver).start();
        page.choose("kind-compliment").submit().choose("topicId").submit();
        assertThat(page.heading()).isEqualTo("What would you like to tell us?");
        page.type("whatHappened", "The crew cleared the fallen tree within an hour.").submit();
        assertThat(page.heading()).as("a compliment is not asked what should happen").isEqualTo("Add files (optional)");
        page.submit();
        assertThat(page.heading()).isEqualTo("Are you giving this feedback for someone else?");
        page.choose("behalf").submit();
        assertThat(page.heading()).isEqualTo("About the person you are acting for");
        page.type("theirName", "Grace Hopper").type("relationship", "Her neighbour").choose("consent").submit()
                .type("name", "Alan Turing").type("phone", "01632 960 001").choose("contactBy-phone").submit();
        assertThat(page.summaryValue("For someone else")).isEqualTo("Yes, for Grace Hopper (Her neighbour)");
        page.submit();

        assertThat(page.heading()).isEqualTo("Compliment sent");
        assertThat(page.text("reference")).matches("FB\\d{7}");
    }

    @Test
    void everyProblemIsShownInTheErrorSummaryAndBesideItsFieldWithWhatWasTypedKept() {
        WebDriver driver = open("/feedback/kind");
        FeedbackPage page = new FeedbackPage(driver);

        page.submit();
        assertErrors(page, "Select if you want to make a complaint, leave a comment or give a compliment");
        page.choose("kind").submit().submit();
        assertErrors(page, "Select what your feedback is about");
        page.choose("topicId").submit().type("happenedOn-day", "31").type("happenedOn-month", "2").submit();
        assertErrors(page, "Enter what happened", "The date it happened must include a year");
        page.type("whatHappened", "x".repeat(5_001)).type("happenedOn-year", "2020").submit();
        assertErrors(page, "What happened must be 5,000 characters or fewer", "The date it happened must be a real date");
        assertThat(page.valueOf("whatHappened")).hasSize(5_001);
        page.type("whatHappened", "Bins not collected").type("happenedOn-day", "1").type("happenedOn-month", "1")
                .type("happenedOn-year", "2021").submit();
        assertErrors(page, "The date it happened must be today or in the past");
        page.type("happenedOn-year", "2020").submit().submit();
        assertErrors(page, "Enter what you would like to happen");
        page.type("wantedOutcome", "Collect them").submit();
        page.attach("files", file("program.pdf", "MZ\u0090\u0000\u0003\u0000\u0000\u0000")).submit();
        assertErrors(page, "program.pdf must be a PDF, JPG, PNG, GIF, HEIC, TXT, DOCX or XLSX");
        page.submit().submit();
        assertErrors(page, "Select yes if you are giving feedback for someone else");
        page.choose("behalf").submit().submit();
        assertErrors(page, "Enter the full name of the person you are acting for", "Enter how you know them",
                "Confirm that they have agreed to you giving feedback for them");
        page.choose("consent").type("theirName", "Grace Hopper").type("relationship", "Daughter").submit().submit();
        assertErrors(page, "Enter your full name", "Select how you would like us to contact you");
        page.type("name", "Ada").type("email", "ada-at-example").type("phone", "call me").choose("contactBy").submit();
        assertErrors(page, "Enter an email address in the correct format, like name@example.com",
                "Enter a telephone number, like 01632 960 001 or 07700 900 982");
        assertThat(page.valueOf("email")).isEqualTo("ada-at-example");
        page.type("email", "").type("phone", "").choose("contactBy-post").submit();
        assertErrors(page, "Enter your postal address, or choose another way for us to contact you");
    }

    private void assertErrors(FeedbackPage page, String... messages) {
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.errors()).containsExactly(messages);
        assertThat(page.fieldErrors()).containsExactly(messages);
        Accessibility.check(driver());
    }

    @Test
    void theWholeFormCanBeFilledInWithTheKeyboardAlone() {
        WebDriver driver = open("/feedback");
        FeedbackPage page = new FeedbackPage(driver);
        page.tabTo(By.linkText("Start now"));
        page.press(org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> d.findElement(By.tagName("h1")).getText().equals("What would you like to do?"));

        page.keyboardChoose("kind", 1).keyboardSubmit();                   // a comment
        page.keyboardChoose("topicId", 1).keyboardSubmit();                // the second topic
        page.keyboardType("whatHappened", "Please open the library on Sundays.").keyboardSubmit();
        page.keyboardSubmit();                                             // no files
        page.keyboardChoose("behalf", 1).keyboardSubmit();                 // no
        page.keyboardType("name", "Ada Lovelace").keyboardType("email", address("keys"))
                .keyboardChoose("contactBy", 0).keyboardSubmit();
        assertThat(page.heading()).isEqualTo("Check your answers before sending your feedback");
        page.keyboardSubmit();

        assertThat(page.heading()).isEqualTo("Comment sent");
        assertThat(TestMail.awaitOne(address("keys")).subject()).startsWith("Thank you for your comment FB");
    }

    @Test
    void theCustomerFollowsTheLinkInTheirEmailSeesTheResponseAsksForStageTwoAndIsThenToldOfTheOmbudsman() {
        FeedbackPage page = new FeedbackPage(open("/feedback")).start();
        page.choose("kind").submit().choose("topicId").submit().type("whatHappened", "Streetlight out for weeks").submit()
                .type("wantedOutcome", "Fix it").submit().submit().choose("behalf-no").submit()
                .type("name", "Ada Lovelace").type("email", address("track")).choose("contactBy").submit().submit();
        String reference = page.text("reference");
        String link = TestMail.awaitOne(address("track")).body().lines().filter(l -> l.contains("/feedback/track?t="))
                .findFirst().orElseThrow().strip();

        WebDriver driver = open(link.substring(link.indexOf("/feedback/track")));
        assertThat(pathOf(driver)).as("the token leaves the address bar").isEqualTo("/feedback/track/case");
        assertThat(page.text("status")).isEqualTo("We have received it");
        assertThat(page.text("due")).isEqualTo("Tuesday 26 January 2021");
        Accessibility.check(driver);

        casework.respond(council.feedbackTeam, reference, null, LocalDate.of(2020, 12, 24), Outcome.NOT_UPHELD,
                "The light was repaired on 23 December.", null);
        driver.navigate().refresh();
        assertThat(page.text("status")).isEqualTo("We have replied");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("The light was repaired on 23 December.")
                .contains("Outcome: Not upheld");
        Accessibility.check(driver);

        page.follow("Ask for your complaint to be looked at again").submit();
        assertErrors(page, "Enter why you are not happy with our response");
        page.type("reason", "It went out again the next night.").submit();
        assertThat(page.banner())
                .isEqualTo("We have received your request. We will reply by Tuesday 26 January 2021.");
        assertThat(page.text("status")).isEqualTo("We have received it");
        Accessibility.check(driver);
        assertThat(TestMail.awaitAll(address("track"), 3)).extracting(TestMail.Email::subject)
                .contains("We have received your request for a review of " + reference);

        casework.respond(council.feedbackTeam, reference, null, LocalDate.of(2020, 12, 24), Outcome.NOT_UPHELD, null, null);
        driver.navigate().refresh();
        assertThat(page.text("ombudsman")).contains("Local Government and Social Care Ombudsman");
        assertThat(driver.findElements(By.id("ask-review"))).isEmpty();
        Accessibility.check(driver);
    }

    @Test
    void aReferenceWithTheRightEmailShowsTheCaseAndAnythingElseGetsTheSamePlainAnswer() {
        FeedbackPage page = new FeedbackPage(open("/feedback")).start();
        page.choose("kind").submit().choose("topicId").submit().type("whatHappened", "Missed bin").submit()
                .type("wantedOutcome", "Collect it").submit().submit().choose("behalf-no").submit()
                .type("name", "Ada Lovelace").type("email", address("lookup")).choose("contactBy").submit().submit();
        String reference = page.text("reference");

        WebDriver driver = open("/feedback/track");
        Accessibility.check(driver);
        page.submit();
        assertErrors(page, "Enter your reference, like FB0001234", "Enter the email address you gave us");
        page.type("reference", reference).type("email", "someone.else@example.com").submit();
        assertErrors(page, "We could not find feedback with that reference and email address. Check them and try again");
        page.type("reference", "FB9999999").type("email", address("lookup")).submit();
        assertErrors(page, "We could not find feedback with that reference and email address. Check them and try again");
        page.type("reference", reference.toLowerCase()).type("email", address("lookup").toUpperCase()).submit();
        assertThat(page.heading()).isEqualTo("Your feedback " + reference);

        open("/feedback/track?t=bm90LWEtdG9rZW4.c2lnbmF0dXJl");
        assertThat(page.heading()).isEqualTo("This link does not work");
        Accessibility.check(driver);
        // Not even a URL: the server's plain 400 page, not an error.
        open("/feedback/track?t=%%%");
        assertThat(page.heading()).isEqualTo("There is a problem with the request");
    }

    @Test
    void anAdministratorRewordsTheTopicsAndTheEmails() {
        String username = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Admin", username + "@example.gov.uk",
                java.util.EnumSet.of(Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        SignInPage.open(driver(), baseUrl()).signIn(username, TestCouncil.PASSWORD);

        WebDriver driver = open("/staff/admin/intake");
        FeedbackPage page = new FeedbackPage(driver);
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Roads, pavements, potholes and streetlights");
        Accessibility.check(driver);
        page.follow("Add a topic").type("label", "Something else").submit();
        assertThat(page.errors()).containsExactly("There is already a topic called Something else",
                "Select the service that receives this feedback");
        Accessibility.check(driver);
        page.type("label", "Gritting and snow").select("serviceId", "Growth, Environment and Transport: Highways")
                .submit();
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Gritting and snow");

        open("/staff/admin/notification");
        Accessibility.check(driver);
        open("/staff/admin/notification/acknowledgement");
        page.type("subject", "Got it: ((reference)) ((colour))").submit();
        assertThat(page.errors()).singleElement().asString().startsWith("((colour)) is not something this email can fill in");
        Accessibility.check(driver);
        page.type("subject", "Got it: ((reference))").submit();
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Your own");

        open("/feedback/about");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Gritting and snow");
    }
}
