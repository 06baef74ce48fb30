package org.redress.organisation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/** Staff pages show the council they are working for in the header. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CouncilName {

    private final Authorities authorities;

    CouncilName(Authorities authorities) {
        this.authorities = authorities;
    }

    /**
     * Read when a page shows it: this advice also runs for the JSON API (a rest controller is a controller), whose
     * answers never show it, and a read there would be one on every call.
     */
    @ModelAttribute("councilName")
    Object councilName(@AuthenticationPrincipal Object principal) {
        if (!(principal instanceof StaffUser user)) {
            return null;
        }
        return new LazyContextVariable<String>() {
            @Override
            protected String loadValue() {
                return authorities.get(user.authorityId()).name();
            }
        };
    }
}
