package org.redress.organisation;

import org.redress.platform.FieldProblem;
import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.springframework.http.HttpStatus;
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

/** The service operator's pages: every council on the installation, adding one, suspending and reinstating. */
@Controller
class OperatorPages {

    private final Councils councils;

    OperatorPages(Councils councils) {
        this.councils = councils;
    }

    public static class NewCouncilForm {
        private String name;
        private String code;
        private String type;
        private String region;
        private String username;
        private String email;
        private String password;
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    @GetMapping("/staff/operator/councils")
    String list(Model model) {
        model.addAttribute("councils", councils.all());
        model.addAttribute("backLink", "/staff/admin");
        return "organisation/councils";
    }

    @GetMapping("/staff/operator/councils/new")
    String newCouncil(Model model) {
        model.addAttribute("form", new NewCouncilForm());
        return newCouncilView(model);
    }

    @PostMapping("/staff/operator/councils/new")
    String create(@ModelAttribute("form") NewCouncilForm form, BindingResult errors, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            Councils.Hosted made = councils.create(new Councils.NewCouncil(form.getName(), form.getCode(),
                    form.getType(), form.getRegion(),
                    new Councils.NewAdministrator(form.getUsername(), form.getEmail(), form.getPassword())));
            flash.addFlashAttribute("banner", made.name() + " added; " + form.getUsername().strip() + " can now sign in");
            return "redirect:/staff/operator/councils";
        } catch (InvalidInput e) {
            // The administrator's fields sit on this form without the API's "administrator." prefix.
            Forms.reject(errors, e.problems().stream()
                    .map(p -> new FieldProblem(p.field().replace("administrator.", ""), p.message())).toList());
            form.setPassword(null);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return newCouncilView(model);
        }
    }

    @PostMapping("/staff/operator/councils/{code}/suspend")
    String suspend(@AuthenticationPrincipal StaffUser user, @PathVariable String code, RedirectAttributes flash) {
        return suspend(user, code, true, flash);
    }

    @PostMapping("/staff/operator/councils/{code}/reinstate")
    String reinstate(@AuthenticationPrincipal StaffUser user, @PathVariable String code, RedirectAttributes flash) {
        return suspend(user, code, false, flash);
    }

    private String suspend(StaffUser user, String code, boolean suspended, RedirectAttributes flash) {
        try {
            councils.suspend(user, code, suspended);
            Councils.Hosted council = councils.get(code);
            flash.addFlashAttribute("banner", council.name() + (suspended ? " suspended" : " reinstated"));
        } catch (InvalidInput e) {
            flash.addFlashAttribute("banner", e.problems().get(0).message());
        }
        return "redirect:/staff/operator/councils";
    }

    private String newCouncilView(Model model) {
        model.addAttribute("types", Forms.options(AuthorityType.values(), AuthorityType::key, AuthorityType::label));
        model.addAttribute("regions", Forms.options(BankHolidayRegion.values(), BankHolidayRegion::key, BankHolidayRegion::label));
        model.addAttribute("backLink", "/staff/operator/councils");
        return "organisation/council-new";
    }
}
