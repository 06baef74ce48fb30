package org.redress.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The few pages that belong to no feature: the landing page, sign-in and the accessibility statement. */
@Controller
class PublicPages {

    private final SingleSignOn singleSignOn;

    PublicPages(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    /** After a failed attempt Spring Security sends people back here with {@code ?error}. */
    @GetMapping("/staff/sign-in")
    String signIn(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "locked", required = false) String locked,
            @RequestParam(name = "unknownAccount", required = false) String unknownAccount, Model model) {
        model.addAttribute("signInFailed", error != null || locked != null);
        model.addAttribute("unknownAccount", unknownAccount != null);
        model.addAttribute("providers", singleSignOn.providers());
        model.addAttribute("signInLocked", locked != null);
        return "platform/sign-in";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }
}
