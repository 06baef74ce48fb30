package org.redress.casework;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.redress.browser.GovUkPage;

/** The case page and the step forms it leads to, as an officer uses them. */
class CasePage extends GovUkPage<CasePage> {

    CasePage(WebDriver driver) {
        super(driver);
    }

    String reference() {
        return heading().split("\\s")[0];
    }

    String status() {
        return text("case-status");
    }

    List<String> actions() {
        return driver.findElements(By.cssSelector(".govuk-grid-column-one-third .govuk-list a")).stream()
                .map(WebElement::getText).toList();
    }

    List<String> timeline() {
        return driver.findElements(By.cssSelector(".redress-timeline li h3")).stream().map(WebElement::getText).toList();
    }

    /** Opens a step's form from the actions list. */
    CasePage start(String action) {
        return follow(action);
    }
}
