package org.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.Attachment;
import org.redress.casework.AttachmentType;
import org.redress.casework.Attachments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Files on the public form: checked as added, removable, and attached once to the case the form becomes. */
// These tests hold the person's answers in a MockHttpSession and read it back, so the container's session is used
// here rather than the database's (the browser tests and TwoInstancesIT go through the sessions kept in the database).
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class FeedbackFilesIT {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000");

    @Autowired MockMvc mvc;
    @Autowired IntakeProperties intake;
    @Autowired Topics topics;
    @Autowired Attachments attachments;
    @Autowired Uploads uploads;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;
    MockHttpSession session;

    @BeforeEach
    void aComplaintAnsweredUpToItsFiles() throws Exception {
        intake.setAuthorityCode(council.authority.code());
        session = new MockHttpSession();
        long topic = topics.list(council.authority.id()).get(0).id();
        answer("/feedback/kind", "kind", "complaint");
        answer("/feedback/about", "topicId", String.valueOf(topic));
        answer("/feedback/details", "whatHappened", "Pothole");
        mvc.perform(post("/feedback/outcome").session(session).with(csrf()).param("wantedOutcome", "Fill it"))
                .andExpect(redirectedUrl("/feedback/files"));
    }

    void answer(String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).session(session).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    MockMultipartHttpServletRequestBuilder files(MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/feedback/files");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.session(session).with(csrf());
        return request;
    }

    static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    List<Uploads.Upload> added() {
        return uploads.list(((Answers) session.getAttribute(FeedbackPages.ANSWERS)).uploadKey);
    }

    @Test
    void filesAddedOnTheFormAreListedOnCheckYourAnswersAndGoWithTheCaseOnceEvenIfSentTwice() throws Exception {
        mvc.perform(files(file("receipt.pdf", PDF), file("pothole.png", PNG)).param("then", "more"))
                .andExpect(redirectedUrl("/feedback/files"));
        mvc.perform(get("/feedback/files").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("receipt.pdf")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(files().param("then", "more")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select a file to upload")));
        mvc.perform(files().param("then", "next")).andExpect(redirectedUrl("/feedback/behalf"));
        answer("/feedback/behalf", "behalf", "no");
        answer("/feedback/contact", "name", "Ada", "email", "ada@example.com", "contactBy", "email");
        mvc.perform(get("/feedback/check").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("receipt.pdf")))
                .andExpect(content().string(containsString("pothole.png")));

        long receipt = added().get(0).id();
        mvc.perform(post("/feedback/files/{id}/remove", receipt).param("from", "check").session(session).with(csrf()))
                .andExpect(redirectedUrl("/feedback/check"));
        mvc.perform(get("/feedback/check").session(session))
                .andExpect(content().string(not(containsString("receipt.pdf"))))
                .andExpect(content().string(containsString("pothole.png")));

        String key = (String) session.getAttribute(FeedbackPages.KEY);
        String uploadKey = ((Answers) session.getAttribute(FeedbackPages.ANSWERS)).uploadKey;
        mvc.perform(post("/feedback/check").session(session).with(csrf()).param("submissionKey", key))
                .andExpect(redirectedUrl("/feedback/confirmation"));
        mvc.perform(post("/feedback/check").session(session).with(csrf()).param("submissionKey", key))
                .andExpect(redirectedUrl("/feedback/confirmation"));

        String reference = db.sql("select case_reference from intake_submission where submission_key = ?").param(key)
                .query(String.class).single();
        List<Attachment> kept = attachments.list(council.feedbackTeam, reference);
        assertThat(kept).extracting(Attachment::fileName).containsExactly("pothole.png");
        assertThat(kept.get(0).type()).isEqualTo(AttachmentType.PNG);
        assertThat(kept.get(0).addedBy()).contains("online form");
        assertThat(uploads.list(uploadKey)).as("nothing left waiting").isEmpty();
    }

    @Test
    void aFileThatIsNotAnAllowedKindIsRefusedAtTheFieldAndNoneOfTheChosenFilesIsKept() throws Exception {
        byte[] html = "<!DOCTYPE html><html><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(files(file("receipt.pdf", PDF), file("photo.jpg", html)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-file-upload--error")))
                .andExpect(content().string(containsString("href=\"#files\"")))
                .andExpect(content().string(containsString("photo.jpg must be a PDF, JPG, PNG, GIF, HEIC, TXT, DOCX or XLSX")));

        Answers answers = (Answers) session.getAttribute(FeedbackPages.ANSWERS);
        assertThat(uploads.list(answers.uploadKey)).isEmpty();
    }

    @Test
    void noMoreThanTheLimitOfFilesCanBeAdded() throws Exception {
        mvc.perform(files(file("1.pdf", PDF), file("2.pdf", PDF), file("3.pdf", PDF)).param("then", "more"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(files(file("4.pdf", PDF), file("5.pdf", PDF), file("6.pdf", PDF)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You can send up to 5 files; you have added 3 already")));

        assertThat(added()).hasSize(3);
    }

    @Autowired org.springframework.scheduling.config.ScheduledTaskHolder scheduled;

    /**
     * Files of a form nobody sent are cleared by the hourly job once older than {@code abandoned-uploads-kept}
     * (a day): their rows and bytes go. A form still being filled in keeps its files, and so does a form that was sent,
     * whose files now belong to its case.
     */
    @Test
    void theHourlyJobClearsFilesOfFormsNeverSentAndKeepsTheFilesOfCasesAndOfFormsInProgress() throws Exception {
        assertThat(scheduled.getScheduledTasks()).as("the job is scheduled")
                .anySatisfy(task -> assertThat(task.getTask().getRunnable().toString())
                        .contains("Uploads.removeAbandoned"));
        mvc.perform(files(file("abandoned.pdf", PDF))).andExpect(status().is3xxRedirection());
        String abandoned = ((Answers) session.getAttribute(FeedbackPages.ANSWERS)).uploadKey;
        db.sql("update intake_upload set uploaded_at = uploaded_at - interval '2' day where upload_key = ?")
                .param(abandoned).update();

        aComplaintAnsweredUpToItsFiles();
        mvc.perform(files(file("in-progress.pdf", PDF))).andExpect(status().is3xxRedirection());
        String inProgress = ((Answers) session.getAttribute(FeedbackPages.ANSWERS)).uploadKey;

        aComplaintAnsweredUpToItsFiles();
        mvc.perform(files(file("sent.png", PNG)).param("then", "next")).andExpect(redirectedUrl("/feedback/behalf"));
        answer("/feedback/behalf", "behalf", "no");
        answer("/feedback/contact", "name", "Ada", "email", "ada@example.com", "contactBy", "email");
        mvc.perform(get("/feedback/check").session(session)).andExpect(status().isOk());
        String key = (String) session.getAttribute(FeedbackPages.KEY);
        mvc.perform(post("/feedback/check").session(session).with(csrf()).param("submissionKey", key))
                .andExpect(redirectedUrl("/feedback/confirmation"));
        String reference = db.sql("select case_reference from intake_submission where submission_key = ?").param(key)
                .query(String.class).single();
        // the case's file is as old as the abandoned one: age alone must not clear a case's files
        db.sql("update case_attachment set added_at = added_at - interval '2' day where authority_id = ?")
                .param(council.authority.id()).update();

        uploads.removeAbandoned();

        assertThat(db.sql("select count(*) from intake_upload where upload_key = ?").param(abandoned)
                .query(Long.class).single()).as("rows and bytes of the abandoned form").isZero();
        assertThat(uploads.list(inProgress)).extracting(u -> u.file().fileName()).containsExactly("in-progress.pdf");
        List<Attachment> kept = attachments.list(council.feedbackTeam, reference);
        assertThat(kept).extracting(Attachment::fileName).containsExactly("sent.png");
        assertThat(attachments.download(council.feedbackTeam, reference, kept.get(0).id()).content()).isEqualTo(PNG);
    }

    @Test
    void anotherSessionCannotRemoveSomeoneElsesFile() throws Exception {
        mvc.perform(files(file("receipt.pdf", PDF))).andExpect(status().is3xxRedirection());
        long id = added().get(0).id();

        mvc.perform(post("/feedback/files/{id}/remove", id).session(new MockHttpSession()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(added()).hasSize(1);
    }
}
