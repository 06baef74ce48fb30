package org.redress.organisation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Staff pages show the council they are working for in the header. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CouncilName {

    private final Authorities authorities;

    CouncilName(Authorities authorities) {
        this.authorities = authorities;
    }

    @ModelAttribute("councilName")
    String councilName(@AuthenticationPrincipal Object principal) {
        return principal instanceof StaffUser user ? authorities.get(user.authorityId()).name() : null;
    }
}
