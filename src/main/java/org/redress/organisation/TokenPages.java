package org.redress.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.redress.platform.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** A member of staff's own API tokens: make one (shown once), see them, revoke them. */
@Controller
class TokenPages {

    private static final Map<String, Duration> LIFETIMES = Map.of("30", Duration.ofDays(30), "90", Duration.ofDays(90),
            "365", Duration.ofDays(365));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private final ApiTokens tokens;
    private final Clock clock;

    TokenPages(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/staff/account/tokens")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/staff/account/tokens")
    String create(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false) String days, Model model, HttpServletResponse response) {
        Duration lifetime = LIFETIMES.get(days == null ? "" : days);
        try {
            if (lifetime == null) {
                throw new InvalidInput("days", "Select how long the token lasts");
            }
            // Rendered, not redirected: the token must not travel in a URL or sit in the session.
            model.addAttribute("newToken", tokens.create(user, name, lifetime));
            model.addAttribute("newTokenName", name.strip());
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.problems().get(0));
            model.addAttribute("name", name);
        }
        return page(user, model);
    }

    @PostMapping("/staff/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(user, id);
        flash.addFlashAttribute("banner", "Token revoked: it no longer works");
        return "redirect:/staff/account/tokens";
    }

    private String page(StaffUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("now", clock.instant());
        model.addAttribute("dates", DATE);
        return "organisation/tokens";
    }
}
