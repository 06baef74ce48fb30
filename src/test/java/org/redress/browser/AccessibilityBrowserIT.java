package org.redress.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The accessibility check itself: it must fail, and say why, on a page that breaks WCAG. */
class AccessibilityBrowserIT extends BrowserTest {

    @Test
    void failsOnAPageWithAnUnlabelledFieldAndNamesTheRuleAndTheElement() {
        driver().get("data:text/html;charset=utf-8," + URLEncoder.encode("""
                <!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
                <body><main><h1>Broken</h1><input id="nameless" type="text"></main></body></html>""",
                StandardCharsets.UTF_8).replace("+", "%20"));

        assertThatThrownBy(() -> Accessibility.check(driver()))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("label (critical)")
                .hasMessageContaining("#nameless");
    }

    @Test
    void passesAPageThatMeetsWcag() {
        driver().get("data:text/html;charset=utf-8," + URLEncoder.encode("""
                <!DOCTYPE html><html lang="en"><head><title>Fine</title></head>
                <body><main><h1>Fine</h1><label for="name">Name</label><input id="name" type="text"></main></body></html>""",
                StandardCharsets.UTF_8).replace("+", "%20"));

        Accessibility.check(driver());
        assertThat(driver().getTitle()).isEqualTo("Fine");
    }
}
