package org.redress.privacy;

import org.redress.casework.Casework;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.StaffUser;
import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.redress.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Placing and lifting a legal hold from the case page: administrators and the customer feedback team. */
@Controller
class HoldPages {

    private final LegalHolds holds;
    private final Casework casework;

    HoldPages(LegalHolds holds, Casework casework) {
        this.holds = holds;
        this.casework = casework;
    }

    public static class HoldForm {
        private String reason;
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    @GetMapping("/staff/cases/{reference}/legal-hold")
    String form(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, Model model) {
        model.addAttribute("form", new HoldForm());
        return page(user, reference, model);
    }

    @PostMapping("/staff/cases/{reference}/legal-hold")
    String save(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @ModelAttribute("form") HoldForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        FeedbackCase c = allowed(user, reference);
        boolean lifting = holds.standing(c.id()).isPresent();
        try {
            if (lifting) {
                holds.lift(user, reference, form.getReason());
                flash.addFlashAttribute("banner", "Legal hold lifted");
            } else {
                holds.place(user, reference, form.getReason());
                flash.addFlashAttribute("banner", "Legal hold placed");
            }
            return "redirect:/staff/cases/" + c.reference();
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (Refused e) {
            errors.reject("refused", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return page(user, reference, model);
    }

    private String page(StaffUser user, String reference, Model model) {
        FeedbackCase c = allowed(user, reference);
        model.addAttribute("c", c);
        model.addAttribute("lifting", holds.standing(c.id()).isPresent());
        model.addAttribute("hold", holds.standing(c.id()).orElse(null));
        model.addAttribute("backLink", "/staff/cases/" + c.reference());
        return "privacy/hold";
    }

    private FeedbackCase allowed(StaffUser user, String reference) {
        if (!LegalHolds.mayHold(user)) {
            throw new AccessDeniedException("Only administrators and the customer feedback team place legal holds");
        }
        return casework.get(user, reference);
    }
}
