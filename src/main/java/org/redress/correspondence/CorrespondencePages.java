package org.redress.correspondence;

import org.redress.casework.Casework;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every message on a case, in and out, oldest first; the letters to print; and marking emails read (which takes "new correspondence" off the case). */
@Controller
class CorrespondencePages {

    private final Inbox inbox;
    private final Casework casework;
    private final Correspondence correspondence;
    private final Responses responses;

    CorrespondencePages(Inbox inbox, Casework casework, Correspondence correspondence, Responses responses) {
        this.correspondence = correspondence;
        this.responses = responses;
        this.inbox = inbox;
        this.casework = casework;
    }

    @GetMapping("/staff/cases/{reference}/correspondence")
    String correspondence(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, Model model) {
        FeedbackCase c = casework.get(user, reference);
        model.addAttribute("c", c);
        model.addAttribute("items", correspondence.onCase(c));
        model.addAttribute("letters", responses.sent(user.authorityId(), c.id()).stream()
                .filter(l -> "letter".equals(l.channel())).toList());
        model.addAttribute("unread", inbox.newOnCase(user.authorityId(), c.id()));
        model.addAttribute("backLink", "/staff/cases/" + c.reference());
        return "correspondence/case";
    }

    @PostMapping("/staff/cases/{reference}/correspondence")
    String markRead(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, RedirectAttributes flash) {
        FeedbackCase c = casework.get(user, reference);
        if (!user.handlesCases()) {
            throw new org.springframework.security.access.AccessDeniedException("Report viewers cannot change cases");
        }
        inbox.markRead(user.authorityId(), c.id());
        flash.addFlashAttribute("banner", "Correspondence marked as read");
        return "redirect:/staff/cases/" + c.reference();
    }
}
