package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.casework.Cases.aComplaint;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.redress.TestCouncil;
import org.redress.browser.Accessibility;
import org.redress.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An officer handles a phone complaint end to end in the browser, checked with axe on every page. */
class CaseJourneyBrowserIT extends BrowserTest {

    @Autowired TestCouncil council;
    @Autowired Casework casework;

    @Test
    void anOfficerHandlesAPhoneComplaintThroughTwoStages() {
        signIn(council.feedbackTeam);

        WebDriver driver = open("/staff/cases/new");
        Accessibility.check(driver);
        CasePage page = new CasePage(driver)
                .chooseOption("Complaint")
                .chooseOption("Phone")
                .pick("Which service is it about?", "Growth, Environment and Transport: Highways")
                .fillIn("What does the customer say?", "The pothole on Mill Lane has damaged my tyre.")
                .type("customer-name", "Mrs A Smith")     // "Full name" is asked of a representative too
                .submit();
        assertThat(page.banner()).startsWith("Complaint logged with reference FB");
        assertThat(page.status()).isEqualTo("Received");
        Accessibility.check(driver);
        String reference = page.reference();

        page.start("Acknowledge");
        Accessibility.check(driver);
        page.submit();
        assertThat(page.status()).isEqualTo("Acknowledged");

        page.start("Record a response sent elsewhere").submit();
        assertThat(page.errors()).containsExactly("Select the outcome of the complaint");
        Accessibility.check(driver);
        page.choose("outcome-upheld").type("summary", "We should have repaired it sooner.").submit();
        assertThat(page.status()).isEqualTo("Responded");

        page.start("Add remedy action").select("remedyKind", "Formal apology").submit();
        page.start("Record payment").choose("paymentKind").type("amount", "150.00").choose("source").submit();
        assertThat(driver.getPageSource()).contains("£150.00");

        page.start("Escalate to next stage").type("reason", "The apology is not enough.").submit();
        assertThat(page.status()).isEqualTo("Received");
        assertThat(driver.getPageSource()).contains(">Stage 2<");

        page.start("Record a response sent elsewhere").choose("outcome")                    // first radio: Not upheld
               .submit();
        assertThat(page.status()).isEqualTo("Responded");
        assertThat(page.timeline()).containsExactly("Responded", "Escalated", "Payment recorded", "Remedy action added",
                "Responded", "Acknowledged", "Logged");
        Accessibility.check(driver);
        assertThat(reference).matches("FB\\d{7}");
    }

    @Test
    void whatTheOfficerWritesIsOnTheCasePageAndInTheTimeline() {
        String reference = casework.log(council.feedbackTeam, aComplaint()
                .receivedOn(casework.today().minusDays(5)).by(Channel.PHONE).about(council.highways.id())
                .describedAs("The bin was missed three weeks running.").assignedTo(council.highwaysOfficer.staffId())
                .build()).reference();
        signIn(council.highwaysOfficer);
        WebDriver driver = open("/staff/cases/" + reference);
        CasePage page = new CasePage(driver);
        assertThat(driver.findElement(By.id("case-stage")).getText()).isEqualTo("Stage 1");

        page.start("Record a response sent elsewhere").choose("outcome-upheld")
                .type("summary", "The crew missed your road. We have added it to the round and apologise.").submit();
        page.start("Record payment").choose("paymentKind").type("amount", "40.00").choose("source")
                .type("text", "Refund of the garden waste charge for the missed weeks").submit();
        page.start("Escalate to next stage").type("reason", "The customer wants the missed weeks refunded in full.")
                .submit();

        assertThat(page.status()).isEqualTo("Received");
        assertThat(driver.findElement(By.id("case-stage")).getText()).isEqualTo("Stage 2");
        String pageText = driver.findElement(By.tagName("main")).getText();
        assertThat(pageText).contains("The crew missed your road. We have added it to the round and apologise.")
                .contains("Refund of the garden waste charge for the missed weeks")
                .contains("The customer wants the missed weeks refunded in full.");
        assertThat(page.timeline()).containsExactly("Unassigned", "Escalated", "Payment recorded", "Responded",
                "Assigned", "Logged");
        String timeline = driver.findElement(By.className("redress-timeline")).getText();
        assertThat(timeline).contains("Unassigned on escalation to stage 2")
                .contains("The customer wants the missed weeks refunded in full.")
                .contains("Refund of the garden waste charge for the missed weeks")
                .contains("The crew missed your road. We have added it to the round and apologise.");
        Accessibility.check(driver);
    }

    @Test
    void anOfficerAddsALetterToACaseAndSeesItListed() throws Exception {
        String reference = casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01")
                .by(Channel.LETTER).about(council.highways.id()).describedAs("Grass verge not cut").build())
                .reference();
        signIn(council.highwaysOfficer);
        WebDriver driver = open("/staff/cases/" + reference);
        CasePage page = new CasePage(driver);

        page.start("Add a file");
        Accessibility.check(driver);
        page.submit();
        assertThat(page.errors()).containsExactly("Select a file");
        assertThat(page.title()).startsWith("Error: ");
        Accessibility.check(driver);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("redress-upload");
        java.nio.file.Path letter = java.nio.file.Files.writeString(dir.resolve("letter.pdf"), "%PDF-1.4\n%%EOF\n");
        page.attach("file", letter).submit();

        assertThat(page.banner()).isEqualTo("File added: letter.pdf");
        assertThat(page.text("attachments")).contains("letter.pdf")
                .contains("PDF").contains(council.highwaysOfficer.displayName());
        assertThat(page.timeline()).first().isEqualTo("File added");
        Accessibility.check(driver);
        java.nio.file.Files.delete(letter);
        java.nio.file.Files.delete(dir);
    }
}
