package org.redress.correspondence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.casework.CaseFlags;
import org.redress.organisation.StaffUser;
import org.redress.platform.EditConflict;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-off: the responses waiting for it (a work queue, longest waiting first, and a tag on each case in the other
 * queues), and the council's setting that turns it on.
 */
@Controller
class SignOffPages implements CaseFlags {

    static final String AWAITING = "Awaiting sign-off";

    private final Responses responses;
    private final SignOff signOff;
    private final JdbcClient db;

    SignOffPages(Responses responses, SignOff signOff, JdbcClient db) {
        this.responses = responses;
        this.signOff = signOff;
        this.db = db;
    }

    /** A response in the queue, with how long it has waited. */
    record Row(String reference, String draftedBy, String subject, String waiting) {
    }

    @GetMapping("/staff/sign-off")
    String queue(@AuthenticationPrincipal StaffUser user, Model model) {
        if (!SignOff.mayApprove(user)) {
            // The queue names cases across the council: for those who sign off, who see every case.
            throw new AccessDeniedException("Only those with sign-off rights see the sign-off queue");
        }
        Instant now = Instant.now();
        model.addAttribute("rows", responses.awaitingSignOff(user.authorityId()).stream()
                .map(w -> new Row(w.reference(), w.draftedBy(), w.subject(), waiting(w.since(), now))).toList());
        model.addAttribute("required", signOff.required(user.authorityId()));
        model.addAttribute("backLink", "/staff");
        return "correspondence/sign-off";
    }

    @GetMapping("/staff/admin/sign-off")
    String setting(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("setting", signOff.setting(user.authorityId()));
        model.addAttribute("backLink", "/staff/admin/notification");
        return "correspondence/sign-off-setting";
    }

    @PostMapping("/staff/admin/sign-off")
    String save(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            signOff.save(user.authorityId(), version, required);
        } catch (EditConflict e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", e.getMessage());
            return setting(user, model);
        }
        flash.addFlashAttribute("banner", required ? "Sign-off is on: responses wait for approval before they are sent"
                : "Sign-off is off: responses are sent when their writer sends them");
        return "redirect:/staff/admin/notification";
    }

    @Override
    public Map<Long, List<String>> flagsFor(long authorityId, Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        String marks = caseIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        List<Object> params = new java.util.ArrayList<>();
        params.add(authorityId);
        params.addAll(caseIds);
        return db.sql("select distinct case_id from outgoing_letter where authority_id = ? and status = 'awaiting_sign_off' "
                        + "and case_id in (" + marks + ")")
                .params(params).query(Long.class).list().stream()
                .collect(Collectors.toMap(id -> id, id -> List.of(AWAITING)));
    }

    private static String waiting(Instant since, Instant now) {
        return Responses.waited(since, now);
    }
}
