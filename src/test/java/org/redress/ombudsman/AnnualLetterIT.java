package org.redress.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.Authorities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The annual review letter in the Ombudsman's layout, as a page, a PDF read back with PDFBox, and a zip of every
 * authority's PDF. Two districts in a year no other test uses give a published letter's figures: 64% upheld against an
 * average of 45%, 100% compliance against 99%, 14% remedied early against 20%.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnnualLetterIT {

    static final int YEAR = 2070;

    @Autowired MockMvc mvc;
    @Autowired NationalData data;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient db;
    @Autowired Authorities authorities;

    @Autowired TestCouncil council;
    String maidstone;
    String other;

    @BeforeEach
    void data() {
        maidstone = council.prefix + "-MAI";
        other = council.prefix + "-OTH";
        // The year belongs to this test class: clear what earlier tests (or runs) left, so the pair are the only peers.
        db.sql("delete from ombudsman_annual_data where financial_year = ?").param(YEAR).update();
        data.importCsv(NationalDataIT.HEADER
                + maidstone + ",Maidstone Test Borough Council,district," + YEAR + ",40,2,0,10,17,4,7,1,6,6\n"
                + other + ",Other Test District Council,district," + YEAR + ",140,5,0,40,73,14,8,2,94,93\n");
    }

    @Test
    void theLetterPageSaysWhatTheOmbudsmansLetterSays() throws Exception {
        mvc.perform(get("/staff/ombudsman/letter").param("authority", maidstone).param("year", String.valueOf(YEAR))
                        .with(user(council.viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The Ombudsman upheld 64% of the complaints it investigated in detail.")))
                .andExpect(content().string(containsString("This compares to an average of 45% in similar authorities.")))
                .andExpect(content().string(containsString("Based on 11 detailed investigations "
                        + "between 1 April 2070 and 31 March 2071")))
                .andExpect(content().string(containsString("In 100% of cases the Ombudsman was satisfied the council had "
                        + "successfully carried out its recommendations.")))
                .andExpect(content().string(containsString("This compares to an average of 99% in similar authorities.")))
                .andExpect(content().string(containsString("Based on 6 compliance outcomes")))
                .andExpect(content().string(containsString("In 14% of upheld cases the Ombudsman found the council had "
                        + "already provided a satisfactory remedy before the complaint reached it.")))
                .andExpect(content().string(containsString("This compares to an average of 20% in similar authorities.")))
                .andExpect(content().string(containsString("pooled")));
    }

    @Test
    void theLetterPdfReadsBackWithTheSameFigures() throws Exception {
        byte[] pdf = mvc.perform(get("/staff/ombudsman/letter.pdf").param("authority", maidstone)
                        .param("year", String.valueOf(YEAR)).with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Maidstone Test Borough Council", "For the year ending 31 March 2071 (2070/71)",
                "The Ombudsman upheld 64% of the complaints it investigated in detail.",
                "Based on 11 detailed investigations",
                "In 100% of cases the Ombudsman was satisfied the council had successfully carried out its recommendations.",
                "In 14% of upheld cases the Ombudsman found the council had already provided a satisfactory remedy");
        assertThat(firstPage(pdf).replaceAll("\\s+", " ")).as("the reader learns at once that it is a preview")
                .startsWith("This is a preview, not a letter from the Ombudsman.");
        assertThat(text).containsPattern("This compares to an average of \\d+% in similar authorities\\.");
    }

    @Test
    void everyAuthoritysLetterComesAsOneZipOfPdfs() throws Exception {
        byte[] zip = mvc.perform(get("/staff/ombudsman/letters.zip").param("year", String.valueOf(YEAR))
                        .with(user(council.viewer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                String text = text(in.readAllBytes());
                assertThat(text).contains("Complaints upheld", "Compliance with Ombudsman recommendations");
            }
        }
        assertThat(names).contains("annual-review-" + maidstone + "-2070.pdf", "annual-review-" + other + "-2070.pdf");
    }

    @Test
    void theNationalViewSortsByUpholdRateAndTheAuthorityPageShowsItsPosition() throws Exception {
        String page = mvc.perform(get("/staff/ombudsman/national").param("year", String.valueOf(YEAR))
                        .param("type", "district").param("sort", "uphold").param("order", "desc")
                        .with(user(council.viewer)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Maidstone Test Borough Council")).isLessThan(page.indexOf("Other Test District Council"));
        assertThat(page).contains("aria-sort=\"descending\"");

        mvc.perform(get("/staff/ombudsman/national/" + other).param("year", String.valueOf(YEAR)).with(user(council.viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Uphold rate: 1 of")));
    }

    @Test
    void theCouncilPreviewsItsOwnLetterFromItsOwnCases() throws Exception {
        mvc.perform(get("/staff/ombudsman/letter").param("year", String.valueOf(YEAR)).with(user(council.feedbackTeam)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(council.authority.name())))
                .andExpect(content().string(containsString("The Ombudsman did not investigate any complaints in detail, so there is no uphold rate.")))
                .andExpect(content().string(containsString("from the council&#39;s own record of Ombudsman cases")));
    }

    @Test
    void anInvestigatingOfficerCannotOpenTheLetters() throws Exception {
        mvc.perform(get("/staff/ombudsman/letter.pdf").param("authority", maidstone).param("year", String.valueOf(YEAR))
                .with(user(council.highwaysOfficer))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/ombudsman/national").with(user(council.highwaysOfficer))).andExpect(status().isForbidden());
    }

    static String firstPage(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            return stripper.getText(document).strip();
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
