package org.redress.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.redress.casework.Casework;
import org.redress.casework.FeedbackCase;
import org.redress.casework.Stage;
import org.redress.organisation.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The redaction aid: the case's latest response (or any text pasted in) checked for personal details, shown with
 * what was found highlighted, each item a checkbox; replacing the chosen ones gives text to copy. All on the server,
 * so it works without JavaScript; nothing is saved.
 */
@Controller
class RedactionPages {

    static final int MAX_TEXT = 20_000;

    private final Casework casework;

    RedactionPages(Casework casework) {
        this.casework = casework;
    }

    /** A piece of the preview: plain text, or something found (with its kind's label). */
    record Segment(String text, String found) {
    }

    @GetMapping("/staff/cases/{reference}/redact")
    String form(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, Model model) {
        FeedbackCase c = casework.get(user, reference);
        String latest = c.stages().stream().map(Stage::responseSummary).filter(s -> s != null && !s.isBlank())
                .reduce((a, b) -> b).orElse("");
        return page(c, latest, null, null, model);
    }

    @PostMapping("/staff/cases/{reference}/redact")
    String check(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "check") String action,
            @RequestParam(required = false) List<Integer> chosen, Model model, HttpServletResponse response) {
        FeedbackCase c = casework.get(user, reference);
        if (text.isBlank() || text.length() > MAX_TEXT) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", text.isBlank() ? "Enter the text to publish"
                    : "The text must be " + String.format("%,d", MAX_TEXT) + " characters or fewer");
            return page(c, text, null, null, model);
        }
        List<Redactor.Finding> findings = Redactor.find(text, names(c));
        Set<Integer> picked = new HashSet<>();
        if ("apply".equals(action)) {
            for (Integer i : chosen == null ? List.<Integer>of() : chosen) {
                if (i != null && i >= 0 && i < findings.size()) {
                    picked.add(i);
                }
            }
        }
        return page(c, text, findings, "apply".equals(action) ? Redactor.redact(text, findings, picked) : null, model);
    }

    private String page(FeedbackCase c, String text, List<Redactor.Finding> findings, String result, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("text", text);
        model.addAttribute("checked", findings != null);
        model.addAttribute("findings", findings == null ? List.of() : findings);
        model.addAttribute("options", findings == null ? List.of()
                : findings.stream().map(f -> f.kind().label() + ": " + f.text()).toList());
        model.addAttribute("segments", findings == null ? List.of() : segments(text, findings));
        model.addAttribute("result", result);
        model.addAttribute("backLink", "/staff/cases/" + c.reference());
        return "privacy/redact";
    }

    static List<Segment> segments(String text, List<Redactor.Finding> findings) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Redactor.Finding f : findings) {
            if (f.start() > at) {
                out.add(new Segment(text.substring(at, f.start()), null));
            }
            out.add(new Segment(f.text(), f.kind().label()));
            at = f.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null));
        }
        return out;
    }

    private static List<String> names(FeedbackCase c) {
        return Stream.of(c.customer().name(), c.representative().name()).filter(n -> n != null && !n.isBlank()).toList();
    }
}
