package org.redress.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What every page built from the GOV.UK Frontend components has in common, for the page objects of browser tests:
 * filling a text input, date input, radio or select (by the words a person reads, or by the field's id), pressing
 * the page's main button, and reading the error summary, the messages beside fields, the notification banner and
 * a summary list. Every step that leaves the page waits for the next one, so nothing is read from the page being
 * left. A page object adds only what is particular to its pages:
 *
 * <pre>{@code
 * class ConductPage extends GovUkPage<ConductPage> {
 *     ConductPage(WebDriver driver) { super(driver); }
 * }
 *
 * new ConductPage(driver).follow("Record a conduct complaint")
 *         .enterDate("Date the Monitoring Officer received it", "3", "8", "2020")
 *         .fillIn("Councillor complained about", "Councillor Imaginary Name")
 *         .submit();
 * }</pre>
 *
 * @param <P> the page object itself, so that each step returns it and steps chain
 */
public abstract class GovUkPage<P extends GovUkPage<P>> {

    /** How long a step waits for the page that answers it. */
    protected static final Duration NEXT_PAGE = Duration.ofSeconds(15);

    protected final WebDriver driver;

    protected GovUkPage(WebDriver driver) {
        this.driver = driver;
    }

    @SuppressWarnings("unchecked")
    private P self() {
        return (P) this;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The browser's title, which starts "Error: " while the page shows an error summary. */
    public String title() {
        return driver.getTitle();
    }

    /** The text of the element with this id. */
    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** What a field holds now, as the form would send it. */
    public String valueOf(String fieldId) {
        return driver.findElement(By.id(fieldId)).getDomProperty("value");
    }

    /** The messages in the error summary at the top of the page, in order; empty when there is none. */
    public List<String> errors() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream()
                .map(WebElement::getText).toList();
    }

    /** The messages shown beside fields, in page order, without the visually hidden "Error:" before each. */
    public List<String> fieldErrors() {
        return driver.findElements(By.cssSelector(".govuk-error-message")).stream()
                .map(e -> e.getText().replaceFirst("^Error:\\s*", "").strip()).toList();
    }

    /** Whether the error summary is shown and has the keyboard focus, as GOV.UK Frontend gives it on page load. */
    public boolean errorSummaryHasFocus() {
        List<WebElement> summary = driver.findElements(By.cssSelector(".govuk-error-summary"));
        return !summary.isEmpty() && summary.get(0).equals(driver.switchTo().activeElement());
    }

    /** The heading of the notification banner, such as "Recommendation added"; fails when there is none. */
    public String banner() {
        return driver.findElement(By.className("govuk-notification-banner__heading")).getText();
    }

    /** The heading of the notification banner, or empty when the page has none. */
    public Optional<String> bannerIfShown() {
        return driver.findElements(By.className("govuk-notification-banner__heading")).stream()
                .map(WebElement::getText).findFirst();
    }

    /** The value beside a key of a summary list, such as "When it happened"; fails when no row has that key. */
    public String summaryValue(String key) {
        for (WebElement row : driver.findElements(By.cssSelector(".govuk-summary-list__row"))) {
            if (row.findElement(By.cssSelector(".govuk-summary-list__key")).getText().strip().equals(key)) {
                return row.findElement(By.cssSelector(".govuk-summary-list__value")).getText();
            }
        }
        throw new NoSuchElementException("No summary list row \"" + key + "\" on " + driver.getCurrentUrl());
    }

    // ---- filling in, by what a person reads ----------------------------------------------------------------------

    /** Types into the text input or text area with this label, replacing what it held. */
    public P fillIn(String label, String text) {
        return type(labelled(label).getAttribute("id"), text);
    }

    /** Picks the radio or checkbox with this label. */
    public P chooseOption(String label) {
        labelled(label).click();
        return self();
    }

    /** Picks an option of the select with this label. */
    public P pick(String label, String option) {
        new Select(labelled(label)).selectByVisibleText(option);
        return self();
    }

    /** Fills in the date input with this legend; strings, so that a test can give a date that does not exist. */
    public P enterDate(String legend, String day, String month, String year) {
        WebElement fieldset = driver.findElement(
                By.xpath("//fieldset[legend[normalize-space()=" + literal(legend) + "]]"));
        List<WebElement> parts = fieldset.findElements(By.cssSelector("input.govuk-date-input__input"));
        if (parts.size() != 3) {
            throw new NoSuchElementException("\"" + legend + "\" is not a date input with day, month and year");
        }
        String[] values = { day, month, year };
        for (int i = 0; i < 3; i++) {
            parts.get(i).clear();
            parts.get(i).sendKeys(values[i]);
        }
        return self();
    }

    /** The input, select or text area a label is for (a label of the page's GOV.UK components always has one). */
    private WebElement labelled(String label) {
        List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
        if (labels.isEmpty()) {
            throw new NoSuchElementException("No label \"" + label + "\" on " + driver.getCurrentUrl());
        }
        return driver.findElement(By.id(labels.get(0).getAttribute("for")));
    }

    /** Text as an XPath string literal, whatever quotes it holds ("Ombudsman's category"). */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    // ---- filling in, by the field's id ------------------------------------------------------------------------------

    /** Picks a radio or checkbox by id; the first choice of a group has the group's own id ({@code type}). */
    public P choose(String id) {
        driver.findElement(By.id(id)).click();
        return self();
    }

    public P type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return self();
    }

    public P select(String fieldId, String visibleText) {
        new Select(driver.findElement(By.id(fieldId))).selectByVisibleText(visibleText);
        return self();
    }

    /** Chooses a file in a file upload, as picking it in the browser's dialogue would. */
    public P attach(String fieldId, Path file) {
        driver.findElement(By.id(fieldId)).sendKeys(file.toAbsolutePath().toString());
        return self();
    }

    // ---- moving on ---------------------------------------------------------------------------------------------

    /** Follows the link with exactly this text. */
    public P follow(String linkText) {
        navigateBy(driver.findElement(By.linkText(linkText)));
        return self();
    }

    /** Follows the first link whose text contains this, for links that carry visually hidden words too. */
    public P followLinkContaining(String text) {
        navigateBy(driver.findElement(By.partialLinkText(text)));
        return self();
    }

    /** Presses the page's main button (Save, Continue, Send) and waits for the page that answers. */
    public P submit() {
        navigateBy(driver.findElement(mainButton()));
        return self();
    }

    /** Where the page's main button is; a page whose forms differ says so. */
    protected By mainButton() {
        return By.cssSelector("form[method=post] button[type=submit].govuk-button");
    }

    /** Clicks and waits for the next page to replace this one. */
    protected void navigateBy(WebElement element) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        element.click();
        Navigation.waitUntilGone(driver, leaving, NEXT_PAGE);
    }
}
