package org.redress.notification;

import org.redress.organisation.StaffUser;
import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
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

/** Administration of emails: each template's wording, and how many emails are waiting, sent or failed. */
@Controller
class TemplatePages {

    /** A template as edited. */
    public static class TemplateForm {
        private String subject;
        private String body;
        private int version;

        public String getSubject() { return subject; }
        public void setSubject(String subject) { this.subject = subject; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    /** The council's address on letters, as edited. */
    public static class LetterheadForm {
        private String address;
        private int version = -1;

        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    private final EmailTemplates templates;
    private final Outbox outbox;
    private final EmailSender sender;
    private final Letterhead letterhead;

    TemplatePages(EmailTemplates templates, Outbox outbox, EmailSender sender, Letterhead letterhead) {
        this.templates = templates;
        this.outbox = outbox;
        this.sender = sender;
        this.letterhead = letterhead;
    }

    @GetMapping("/staff/admin/notification/letterhead")
    String letterhead(@AuthenticationPrincipal StaffUser user, Model model) {
        LetterheadForm form = new LetterheadForm();
        letterhead.address(user.authorityId()).ifPresent(a -> {
            form.setAddress(a.text());
            form.setVersion(a.version());
        });
        model.addAttribute("form", form);
        model.addAttribute("backLink", "/staff/admin/notification");
        return "notification/letterhead";
    }

    @PostMapping("/staff/admin/notification/letterhead")
    String saveLetterhead(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") LetterheadForm form,
            BindingResult errors, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            letterhead.save(user.authorityId(), form.getVersion(), form.getAddress());
            flash.addFlashAttribute("banner", "Saved: the address on letters");
            return "redirect:/staff/admin/notification";
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (org.redress.platform.EditConflict e) {
            errors.reject("refused", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("backLink", "/staff/admin/notification");
        return "notification/letterhead";
    }

    @GetMapping("/staff/admin/notification")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("templates", templates.all(user.authorityId()));
        model.addAttribute("letterhead", letterhead.address(user.authorityId()).orElse(null));
        model.addAttribute("counts", outbox.counts(user.authorityId()));
        model.addAttribute("sender", sender.name());
        model.addAttribute("backLink", "/staff/admin");
        return "notification/templates";
    }

    @GetMapping("/staff/admin/notification/{key}")
    String edit(@AuthenticationPrincipal StaffUser user, @PathVariable String key, Model model) {
        EmailTemplates.Wording wording = templates.wording(user.authorityId(), template(key));
        TemplateForm form = new TemplateForm();
        form.setSubject(wording.subject());
        form.setBody(wording.body());
        form.setVersion(wording.version());
        model.addAttribute("form", form);
        return page(wording, model);
    }

    @PostMapping("/staff/admin/notification/{key}")
    String save(@AuthenticationPrincipal StaffUser user, @PathVariable String key,
            @ModelAttribute("form") TemplateForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        EmailTemplate template = template(key);
        return Forms.save(errors, response, () -> {
            templates.save(user.authorityId(), template, form.getVersion(), form.getSubject(), form.getBody());
            flash.addFlashAttribute("banner", "Saved: " + template.title());
            return "redirect:/staff/admin/notification";
        }, () -> page(templates.wording(user.authorityId(), template), model));
    }

    @PostMapping("/staff/admin/notification/{key}/reset")
    String reset(@AuthenticationPrincipal StaffUser user, @PathVariable String key, RedirectAttributes flash) {
        EmailTemplate template = template(key);
        templates.reset(user.authorityId(), template);
        flash.addFlashAttribute("banner", "Back to the standard wording: " + template.title());
        return "redirect:/staff/admin/notification";
    }

    private String page(EmailTemplates.Wording wording, Model model) {
        model.addAttribute("wording", wording);
        model.addAttribute("template", wording.template());
        model.addAttribute("placeholders", String.join(", ",
                wording.template().placeholders().stream().map(p -> "((" + p + "))").toList()));
        model.addAttribute("backLink", "/staff/admin/notification");
        return "notification/template";
    }

    private static EmailTemplate template(String key) {
        EmailTemplate t = EmailTemplate.fromKey(key);
        if (t == null) {
            throw new NotFound("Email " + key);
        }
        return t;
    }
}
