package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.unit.DataSize;

/** Staff add a file to a case, see it listed, and download it as a file, never a page; out of scope, it is not there. */
@SpringBootTest
@AutoConfigureMockMvc
class AttachmentPagesIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired Casework casework;
    @Autowired Attachments attachments;
    @Autowired AttachmentProperties limits;
    @Autowired ObjectProvider<TestCouncil> councils;

    @Autowired TestCouncil council;
    String reference;

    @BeforeEach
    void aHighwaysComplaint() {
        reference = casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01").by(Channel.LETTER)
                .about(council.highways.id()).describedAs("Pothole on Mill Lane").build()).reference();
    }

    ResultActions upload(StaffUser who, String name, byte[] bytes, String claimedType) throws Exception {
        return mvc.perform(multipart("/staff/cases/{r}/attachments", reference)
                .file(new MockMultipartFile("file", name, claimedType, bytes)).with(user(who)).with(csrf()));
    }

    @Test
    void anOfficerAddsAPdfThatIsStoredListedAndDownloadedAsAnAttachmentOnly() throws Exception {
        upload(council.highwaysOfficer, "C:\\fakepath\\Tyre receipt.pdf", PDF, "application/pdf")
                .andExpect(redirectedUrl("/staff/cases/" + reference));

        List<Attachment> kept = attachments.list(council.feedbackTeam, reference);
        assertThat(kept).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("Tyre receipt.pdf");
            assertThat(a.type()).isEqualTo(AttachmentType.PDF);
            assertThat(a.sizeBytes()).isEqualTo(PDF.length);
            assertThat(a.sha256()).isEqualTo(Attachments.sha256(PDF)).hasSize(64);
            assertThat(a.addedBy()).isEqualTo(council.highwaysOfficer.displayName());
        });
        long id = kept.get(0).id();

        mvc.perform(get("/staff/cases/{r}", reference).with(user(council.highwaysOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tyre receipt.pdf")))
                .andExpect(content().string(containsString("/staff/cases/" + reference + "/attachments/" + id)))
                .andExpect(content().string(containsString("File added: Tyre receipt.pdf")));
        mvc.perform(get("/staff/cases/{r}/attachments/{id}", reference, id).with(user(council.highwaysOfficer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("Tyre receipt.pdf")))
                .andExpect(header().string("Content-Disposition", not(containsString("inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/api/v1/cases/{r}", reference).with(user(council.feedbackTeam)))
                .andExpect(jsonPath("$.attachments[0].fileName").value("Tyre receipt.pdf"))
                .andExpect(jsonPath("$.attachments[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$.attachments[0].sizeBytes").value(PDF.length))
                .andExpect(jsonPath("$.attachments[0].download").value("/staff/cases/" + reference + "/attachments/" + id));
    }

    @Test
    void anOfficerOutsideTheCasesScopeCannotSeeOrAddItsFilesAsTheyCannotSeeTheCase() throws Exception {
        upload(council.highwaysOfficer, "letter.pdf", PDF, "application/pdf").andExpect(status().is3xxRedirection());
        long id = attachments.list(council.feedbackTeam, reference).get(0).id();

        mvc.perform(get("/staff/cases/{r}", reference).with(user(council.careOfficer))).andExpect(status().isNotFound());
        mvc.perform(get("/staff/cases/{r}/attachments/{id}", reference, id).with(user(council.careOfficer)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("%PDF"))));
        upload(council.careOfficer, "mine.pdf", PDF, "application/pdf").andExpect(status().isNotFound());
        upload(council.viewer, "viewer.pdf", PDF, "application/pdf").andExpect(status().isForbidden());
        // Another council's case, by reference and id, is not found either.
        TestCouncil other = councils.getObject();
        mvc.perform(get("/staff/cases/{r}/attachments/{id}", reference, id).with(user(other.feedbackTeam)))
                .andExpect(status().isNotFound());

        assertThat(attachments.list(council.feedbackTeam, reference)).hasSize(1);
    }

    @Test
    void anExecutableRenamedPdfAndAnHtmlPageAreRefusedAtTheFieldAndNothingIsSaved() throws Exception {
        byte[] exe = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, 512);
        upload(council.highwaysOfficer, "invoice.pdf", exe, "application/pdf")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(content().string(containsString("invoice.pdf must be a PDF, JPG, PNG, GIF, HEIC, TXT, DOCX or XLSX")));
        upload(council.highwaysOfficer, "notes.txt", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "text/plain").andExpect(status().isBadRequest());
        upload(council.highwaysOfficer, "empty.pdf", new byte[0], "application/pdf")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("empty.pdf is empty")));
        mvc.perform(multipart("/staff/cases/{r}/attachments", reference).with(user(council.highwaysOfficer)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select a file")));

        assertThat(attachments.list(council.feedbackTeam, reference)).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithA400NamingTheLimitAndNothingIsSaved() throws Exception {
        DataSize before = limits.getMaxFileSize();
        limits.setMaxFileSize(DataSize.ofKilobytes(1));
        try {
            byte[] big = Arrays.copyOf(PDF, 2048);
            Arrays.fill(big, PDF.length, big.length, (byte) ' ');
            upload(council.highwaysOfficer, "scan.pdf", big, MediaType.APPLICATION_PDF_VALUE)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("scan.pdf must be smaller than 1KB")));
            upload(council.highwaysOfficer, "small.pdf", PDF, MediaType.APPLICATION_PDF_VALUE)
                    .andExpect(status().is3xxRedirection());
        } finally {
            limits.setMaxFileSize(before);
        }
        assertThat(attachments.list(council.feedbackTeam, reference)).extracting(Attachment::fileName)
                .containsExactly("small.pdf");
    }
}
