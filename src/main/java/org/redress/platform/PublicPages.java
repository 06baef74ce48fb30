package org.redress.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The few pages that belong to no feature: the landing page, sign-in and the accessibility statement. */
@Controller
class PublicPages {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/staff/sign-in")
    String signIn() {
        return "platform/sign-in";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }
}
