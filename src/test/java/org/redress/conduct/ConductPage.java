package org.redress.conduct;

import org.openqa.selenium.WebDriver;
import org.redress.browser.GovUkPage;

/** The conduct complaint pages as the feedback team uses them; every click waits for the next page to load. */
class ConductPage extends GovUkPage<ConductPage> {

    ConductPage(WebDriver driver) {
        super(driver);
    }

    /** Where the complaint stands, as the complaint's page shows it. */
    String status() {
        return text("conduct-status");
    }
}
