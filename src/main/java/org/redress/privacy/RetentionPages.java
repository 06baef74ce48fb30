package org.redress.privacy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.redress.casework.FeedbackType;
import org.redress.organisation.StaffUser;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The administrator's page of retention periods: years kept after closure, per type of feedback. */
@Controller
class RetentionPages {

    private final RetentionPolicies policies;

    RetentionPages(RetentionPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/staff/admin/retention")
    String show(@AuthenticationPrincipal StaffUser user, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        policies.years(user.authorityId()).forEach((type, years) -> values.put(type.key(), String.valueOf(years)));
        return page(values, Map.of(), model);
    }

    @PostMapping("/staff/admin/retention")
    String save(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<FeedbackType, Integer> years = new EnumMap<>(FeedbackType.class);
        for (FeedbackType type : FeedbackType.values()) {
            String value = form.getOrDefault("years-" + type.key(), "").strip();
            values.put(type.key(), value);
            try {
                years.put(type, Integer.valueOf(value));
            } catch (NumberFormatException e) {
                problems.put(type.key(), type.label() + ": enter the years kept after closure, a whole number from 1 to "
                        + RetentionPeriod.MAX_YEARS);
            }
        }
        if (problems.isEmpty()) {
            try {
                policies.save(user.authorityId(), years);
                flash.addFlashAttribute("banner", "Retention periods saved");
                return "redirect:/staff/admin/retention";
            } catch (InvalidInput e) {
                for (FieldProblem p : e.problems()) {
                    problems.put(p.field(), p.message());
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(values, problems, model);
    }

    private String page(Map<String, String> values, Map<String, String> problems, Model model) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (FeedbackType type : FeedbackType.values()) {
            labels.put(type.key(), type.label());
        }
        model.addAttribute("labels", labels);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("backLink", "/staff/admin");
        return "privacy/retention";
    }
}
