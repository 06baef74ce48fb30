package org.redress.ombudsman;

import org.openqa.selenium.WebDriver;
import org.redress.browser.GovUkPage;

/** The Ombudsman pages as the link officer uses them; every click waits for the next page to load. */
class OmbudsmanPage extends GovUkPage<OmbudsmanPage> {

    OmbudsmanPage(WebDriver driver) {
        super(driver);
    }
}
