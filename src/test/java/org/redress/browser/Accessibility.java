package org.redress.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.deque.html.axecore.providers.StringAxeScriptProvider;

/**
 * Checks the page the browser is on with axe-core against WCAG 2.0, 2.1 and 2.2 at levels A and AA, the
 * standard the public sector accessibility regulations ask of a council's web services.
 */
public final class Accessibility {

    /** The WCAG levels we are held to; axe's best-practice rules are advice, not failures. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** axe-core's script, read once from the axe-core selenium jar, which ships it at its root. */
    private static final String AXE_SCRIPT = readAxeScript();

    private Accessibility() {
    }

    /** Fails the test with one line per offending element if axe finds any violation on the current page. */
    public static void check(WebDriver driver) {
        Results results = new AxeBuilder()
                .setAxeScriptProvider(new StringAxeScriptProvider(AXE_SCRIPT))
                .withTags(TAGS)
                .analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage(),
                    results.getError());
        }
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            fail("axe-core checked nothing on " + driver.getCurrentUrl() + ": is the page blank?");
        }
        if (!results.violationFree()) {
            fail(report(driver.getCurrentUrl(), results.getViolations()));
        }
    }

    static String report(String url, List<Rule> violations) {
        StringBuilder report = new StringBuilder()
                .append(violations.size()).append(" accessibility violation(s) on ").append(url).append(':');
        for (Rule rule : violations) {
            report.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp()).append(" <").append(rule.getHelpUrl()).append('>');
            for (CheckedNode node : rule.getNodes()) {
                report.append("\n    at ").append(node.getTarget());
                if (node.getFailureSummary() != null) {
                    report.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
                }
            }
        }
        return report.toString();
    }

    private static String readAxeScript() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the com.deque.html.axe-core:selenium jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
