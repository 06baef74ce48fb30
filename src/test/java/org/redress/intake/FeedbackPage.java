package org.redress.intake;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.redress.browser.GovUkPage;
import org.redress.browser.Navigation;

/** The public form and tracking pages as a person uses them: by mouse, or by keyboard alone. */
class FeedbackPage extends GovUkPage<FeedbackPage> {

    /** The form's own first button: not a Remove button that submits another form. */
    static final String MAIN_BUTTON = "form[novalidate] button.govuk-button:not([form])";

    FeedbackPage(WebDriver driver) {
        super(driver);
    }

    FeedbackPage start() {
        return follow("Start now");
    }

    /** Continue, Send feedback or Send request, whichever the page has. */
    @Override
    protected By mainButton() {
        return By.cssSelector(MAIN_BUTTON);
    }

    // ---- keyboard alone ----------------------------------------------------------------------------------------

    /** Tabs forward until the element is focused, as a keyboard user would; fails if it is never reached. */
    FeedbackPage tabTo(By target) {
        WebElement wanted = driver.findElement(target);
        for (int i = 0; i < 80; i++) {
            if (driver.switchTo().activeElement().equals(wanted)) {
                return this;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target + " on " + driver.getCurrentUrl());
    }

    FeedbackPage press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Tabs into a radio group (its first choice) and picks the choice {@code down} places below with the arrow keys. */
    FeedbackPage keyboardChoose(String firstRadioId, int down) {
        tabTo(By.id(firstRadioId));
        if (down == 0) {
            return press(Keys.SPACE);
        }
        for (int i = 0; i < down; i++) {
            press(Keys.ARROW_DOWN);
        }
        return this;
    }

    FeedbackPage keyboardType(String fieldId, String text) {
        return tabTo(By.id(fieldId)).press(text);
    }

    FeedbackPage keyboardSubmit() {
        tabTo(mainButton());
        WebElement leaving = driver.findElement(By.tagName("html"));
        press(Keys.ENTER);
        Navigation.waitUntilGone(driver, leaving, NEXT_PAGE);
        return this;
    }
}
