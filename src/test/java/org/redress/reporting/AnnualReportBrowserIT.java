package org.redress.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.redress.browser.Navigation;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.redress.TestCouncil;
import org.redress.browser.Accessibility;
import org.redress.browser.BrowserTest;
import org.redress.casework.FeedbackType;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCases;
import org.redress.casework.Outcome;
import org.springframework.beans.factory.annotation.Autowired;

/** A report viewer opens the annual report, reads a figure, changes year; every page passes axe. */
class AnnualReportBrowserIT extends BrowserTest {

    @Autowired TestCouncil council;
    @Autowired HistoricCases loader;

    @Test
    void aReportViewerReadsTheYearsFiguresAndChoosesAnotherYear() {
        List<HistoricCase> cases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cases.add(Histories.aCase(FeedbackType.COMPLAINT, council.highways.id(), council.highwaysDirectorate.id())
                    .receivedOn(LocalDate.of(2020, 5, 1).plusDays(i * 20))
                    .responded(LocalDate.of(2020, 5, 1).plusDays(i * 20 + 5), Outcome.values()[i % 4]).build());
        }
        loader.load(council.authority.id(), "Test", cases);
        signIn(council.viewer);

        WebDriver driver = open("/staff/reports/annual?year=2020");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Annual customer feedback report 2020/21");
        WebElement table2 = driver.findElement(By.id("table-2"));
        assertThat(table2.findElement(By.tagName("caption")).getText())
                .isEqualTo("Table 2: Cases received at stage 1 (local resolution)");
        List<String> thisYear = table2.findElements(By.cssSelector("tbody tr:first-child td")).stream()
                .map(WebElement::getText).toList();
        assertThat(thisYear).containsExactly("0", "12", "12");
        Accessibility.check(driver);

        new Select(driver.findElement(By.id("year"))).selectByVisibleText("2021/22");
        WebElement leaving = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("form.redress-year-chooser button")).click();
        Navigation.waitUntilGone(driver, leaving, Duration.ofSeconds(15));
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Annual customer feedback report 2021/22");
        assertThat(driver.findElement(By.id("table-2")).findElements(By.cssSelector("tbody tr:nth-child(2) td"))
                .stream().map(WebElement::getText).toList()).containsExactly("0", "12", "12");
        Accessibility.check(driver);
    }

    @Test
    void aReportViewerOpensTheDashboardAndNarrowsItToADirectorate() {
        loader.load(council.authority.id(), "Test", List.of(
                Histories.aCase(FeedbackType.COMPLAINT, council.highways.id(), council.highwaysDirectorate.id())
                        .receivedOn(LocalDate.now()).build()));
        signIn(council.viewer);

        WebDriver driver = open("/staff/reports/dashboard");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(driver.findElement(By.id("dashboard-open")).findElements(By.cssSelector("tbody tr:first-child td"))
                .stream().map(WebElement::getText).toList()).containsExactly("0", "0");
        Accessibility.check(driver);

        new Select(driver.findElement(By.id("directorate"))).selectByVisibleText("Growth, Environment and Transport");
        WebElement leaving = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("form.redress-year-chooser button")).click();
        Navigation.waitUntilGone(driver, leaving, Duration.ofSeconds(15));
        assertThat(driver.findElement(By.id("dashboard-open")).findElements(By.cssSelector("tbody tr:first-child td"))
                .stream().map(WebElement::getText).toList()).containsExactly("1", "0");
        Accessibility.check(driver);
    }
}
