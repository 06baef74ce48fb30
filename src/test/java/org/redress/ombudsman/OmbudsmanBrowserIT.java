package org.redress.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.redress.TestCouncil;
import org.redress.browser.Accessibility;
import org.redress.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The link officer records an Ombudsman decision and its recommendation, then compares councils; axe on every page. */
class OmbudsmanBrowserIT extends BrowserTest {

    static final int YEAR = 2072;

    @Autowired TestCouncil council;
    @Autowired NationalData data;
    @Autowired JdbcClient db;

    @Test
    void theLinkOfficerRecordsADecisionAndItsRecommendation() {
        signIn(council.feedbackTeam);

        WebDriver driver = open("/staff/ombudsman?year=2020");
        Accessibility.check(driver);
        OmbudsmanPage page = new OmbudsmanPage(driver).follow("Record an Ombudsman case");
        Accessibility.check(driver);
        page.fillIn("Ombudsman reference", "20-005").submit();
        assertThat(page.errors()).contains("Enter the Ombudsman's reference as 8 digits, like 19 020 166",
                "Select the Ombudsman's category");
        Accessibility.check(driver);

        page.fillIn("Ombudsman reference", "20 005 926").choose("category-education_and_childrens_services")
                .pick("Directorate answering to the Ombudsman", "Adult Social Care and Health")
                .enterDate("Date the council heard from the Ombudsman", "1", "6", "2020")
                .pick("Decision", "Upheld")
                .enterDate("Date of the Ombudsman's decision", "15", "1", "2021")
                .fillIn("Decision summary", "Ms X complained the Council delayed issuing Z's EHC Plan.")
                .submit();
        assertThat(page.banner()).isEqualTo("Ombudsman case 20 005 926 recorded");
        assertThat(page.heading()).startsWith("20 005 926");
        Accessibility.check(driver);

        page.follow("Add a recommendation");
        Accessibility.check(driver);
        page.choose("type").enterDate("Date it is due", "15", "2", "2021").submit();
        assertThat(page.banner()).isEqualTo("Recommendation added");
        Accessibility.check(driver);

        page.followLinkContaining("Record compliance");
        Accessibility.check(driver);
        page.choose("compliance").enterDate("Date the Ombudsman recorded the outcome", "1", "3", "2021").submit();
        assertThat(driver.getPageSource()).contains("Complied");

        open("/staff/ombudsman?year=2020");
        assertThat(page.text("own-figures"))
                .contains("100% (1 upheld of 1 detailed investigations)");
        Accessibility.check(driver);
    }

    @Test
    void aReportViewerComparesCouncilsAndReadsALetter() {
        db.sql("delete from ombudsman_annual_data where financial_year = ?").param(YEAR).update();
        data.importCsv(NationalDataIT.HEADER
                + council.prefix + "-A,Alpha Test County Council,county," + YEAR + ",40,2,0,10,17,4,7,1,6,6\n"
                + council.prefix + "-B,Beta Test County Council,county," + YEAR + ",40,2,0,10,17,0,0,0,0,0\n"
                + council.prefix + "-C,Gamma Test Borough,london_borough," + YEAR + ",40,2,0,10,17,3,3,1,2,1\n");
        signIn(council.viewer);

        WebDriver driver = open("/staff/ombudsman/national?year=" + YEAR);
        assertThat(driver.getPageSource()).contains("Alpha Test County Council", "Gamma Test Borough");
        Accessibility.check(driver);
        OmbudsmanPage page = new OmbudsmanPage(driver).follow("Alpha Test County Council");
        assertThat(page.heading()).isEqualTo("Alpha Test County Council");
        Accessibility.check(driver);
        page.follow("Annual review letter");
        assertThat(driver.getPageSource()).contains("The Ombudsman upheld 64% of the complaints it investigated in detail.");
        Accessibility.check(driver);
    }
}
