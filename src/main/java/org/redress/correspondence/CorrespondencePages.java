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

/** The emails on a case, oldest first, and marking them read (which takes "new correspondence" off the case). */
@Controller
class CorrespondencePages {

    private final Inbox inbox;
    private final Casework casework;

    CorrespondencePages(Inbox inbox, Casework casework) {
        this.inbox = inbox;
        this.casework = casework;
    }

    @GetMapping("/staff/cases/{reference}/correspondence")
    String correspondence(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, Model model) {
        FeedbackCase c = casework.get(user, reference);
        model.addAttribute("c", c);
        model.addAttribute("emails", inbox.onCase(user.authorityId(), c.id()).stream()
                .map(m -> new InboxPages.Shown(m, inbox.files(m.id()))).toList());
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
