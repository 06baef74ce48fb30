package org.redress.privacy;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.redress.casework.CaseFile;
import org.redress.organisation.StaffUser;
import org.redress.platform.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/** Staff pages for a subject-access request: search for the person, choose the cases, download the zip. */
@Controller
class SubjectAccessPages {

    private final SubjectAccess access;
    private final Clock clock;

    SubjectAccessPages(SubjectAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/staff/privacy/subject-access")
    String search(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String phone, Model model) {
        SubjectAccess.allowed(user); // the search form too: it is no page for anyone else
        boolean searched = !(email.isBlank() && name.isBlank() && phone.isBlank());
        model.addAttribute("email", email);
        model.addAttribute("name", name);
        model.addAttribute("phone", phone);
        model.addAttribute("searched", searched);
        model.addAttribute("matches", searched ? access.search(user, email, name, phone) : List.of());
        model.addAttribute("person", String.join(", ", java.util.stream.Stream.of(name, email, phone)
                .filter(s -> !s.isBlank()).map(String::strip).toList()));
        return "privacy/subject-access";
    }

    @PostMapping("/staff/privacy/subject-access/export")
    ModelAndView export(@AuthenticationPrincipal StaffUser user, @RequestParam(name = "cases", required = false) List<String> cases,
            @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String phone, Model model,
            HttpServletResponse response) throws IOException {
        List<CaseFile> files;
        try {
            files = access.choose(user, cases);
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.problems().get(0).message());
            return new ModelAndView(search(user, email, name, phone, model), model.asMap());
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"subject-access-" + LocalDate.now(clock) + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        access.export(user, files, person, response.getOutputStream());
        // Written to the response already: no view.
        return null;
    }
}
