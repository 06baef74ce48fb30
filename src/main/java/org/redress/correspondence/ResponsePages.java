package org.redress.correspondence;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.casework.Casework;
import org.redress.casework.DelayReason;
import org.redress.casework.FeedbackCase;
import org.redress.casework.Outcome;
import org.redress.casework.Taxonomy;
import org.redress.notification.CustomerLetters;
import org.redress.organisation.StaffUser;
import org.redress.platform.EditConflict;
import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writing to the customer from the case: the response (from the template for its stage and outcome, saved as a
 * draft, signed off where the council asks for it, then sent), messages, and the letters as sent.
 */
@Controller
class ResponsePages {

    /** The response or message as edited. */
    public static class LetterForm {
        private int version;
        private String outcome;
        private String delayReason;
        private String subject;
        private String letter;
        private String comments;

        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
        public String getDelayReason() { return delayReason; }
        public void setDelayReason(String delayReason) { this.delayReason = delayReason; }
        public String getSubject() { return subject; }
        public void setSubject(String subject) { this.subject = subject; }
        public String getLetter() { return letter; }
        public void setLetter(String letter) { this.letter = letter; }
        public String getComments() { return comments; }
        public void setComments(String comments) { this.comments = comments; }
    }

    private final Responses responses;
    private final Casework casework;
    private final Taxonomy taxonomy;
    private final SignOff signOff;
    private final CustomerLetters letters;

    ResponsePages(Responses responses, Casework casework, Taxonomy taxonomy, SignOff signOff, CustomerLetters letters) {
        this.responses = responses;
        this.casework = casework;
        this.taxonomy = taxonomy;
        this.signOff = signOff;
        this.letters = letters;
    }

    @GetMapping("/staff/cases/{reference}/response")
    String response(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, Model model) {
        Casework.requireCaseHandler(user);
        FeedbackCase c = casework.get(user, reference);
        LetterForm form = new LetterForm();
        responses.current(c.authorityId(), c.id()).ifPresent(l -> {
            form.setVersion(l.version());
            form.setOutcome(l.outcome() == null ? null : l.outcome().key());
            form.setDelayReason(l.delayReason());
            form.setSubject(l.subject());
            form.setLetter(l.body());
        });
        model.addAttribute("form", form);
        return page(user, c, model);
    }

    @PostMapping("/staff/cases/{reference}/response/start")
    String start(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @ModelAttribute("form") LetterForm form, BindingResult errors, Model model, HttpServletResponse response) {
        String done = Forms.attempt(errors, response, () -> {
            responses.start(user, reference, Responses.outcome(form.getOutcome()));
            return "redirect:/staff/cases/" + reference + "/response";
        });
        return done != null ? done : page(user, casework.get(user, reference), model);
    }

    /** Saves the draft; with {@code send}, then sends it or puts it forward for sign-off. */
    @PostMapping("/staff/cases/{reference}/response")
    String save(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @ModelAttribute("form") LetterForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        String done = Forms.attempt(errors, response, () -> {
            responses.save(user, reference, form.getVersion(), Responses.outcome(form.getOutcome()),
                    form.getDelayReason(), form.getSubject(), form.getLetter());
            if (!action.equals("send")) {
                flash.addFlashAttribute("banner", "Draft response saved");
                return "redirect:/staff/cases/" + reference + "/response";
            }
            Responses.Letter l = responses.submit(user, reference, casework.today());
            flash.addFlashAttribute("banner", l.status() == Responses.Status.SENT ? sentBanner(l)
                    : "Response sent for sign-off");
            return "redirect:/staff/cases/" + reference;
        });
        if (done != null) {
            return done;
        }
        FeedbackCase c = casework.get(user, reference);
        responses.current(c.authorityId(), c.id()).ifPresent(l -> form.setVersion(l.version()));
        return page(user, c, model);
    }

    @PostMapping("/staff/cases/{reference}/response/approval")
    String approve(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @ModelAttribute("form") LetterForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        String done = Forms.attempt(errors, response, () -> {
            String sent = sentBanner(responses.approve(user, reference));
            flash.addFlashAttribute("banner", "Signed off: " + sent.substring(0, 1).toLowerCase() + sent.substring(1));
            return "redirect:/staff/cases/" + reference;
        });
        return done != null ? done : reviewAgain(user, reference, form, model);
    }

    @PostMapping("/staff/cases/{reference}/response/return")
    String giveBack(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @ModelAttribute("form") LetterForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        String done = Forms.attempt(errors, response, () -> {
            Responses.Letter l = responses.giveBack(user, reference, form.getComments());
            flash.addFlashAttribute("banner", "Response returned to " + l.draftedByName() + " with your comments");
            return "redirect:/staff/cases/" + reference;
        });
        return done != null ? done : reviewAgain(user, reference, form, model);
    }

    private String reviewAgain(StaffUser user, String reference, LetterForm form, Model model) {
        FeedbackCase c = casework.get(user, reference);
        responses.current(c.authorityId(), c.id()).ifPresent(l -> {
            form.setSubject(l.subject());
            form.setLetter(l.body());
            form.setOutcome(l.outcome() == null ? null : l.outcome().key());
        });
        return page(user, c, model);
    }

    private static String sentBanner(Responses.Letter l) {
        return "email".equals(l.channel()) ? "Response sent by email to " + l.recipient()
                : "Response produced as a letter to post: download it from the correspondence";
    }

    @GetMapping("/staff/cases/{reference}/message")
    String message(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @RequestParam(required = false) String template, Model model) {
        Casework.requireCaseHandler(user);
        FeedbackCase c = casework.get(user, reference);
        LetterForm form = new LetterForm();
        CustomerLetters.Message chosen = CustomerLetters.Message.fromKey(template == null ? "" : template);
        if (chosen != null) {
            CustomerLetters.Text text = letters.message(c, chosen, user.displayName());
            form.setSubject(text.subject());
            form.setLetter(text.body());
        }
        model.addAttribute("form", form);
        return messagePage(c, model);
    }

    @PostMapping("/staff/cases/{reference}/message")
    String sendMessage(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @ModelAttribute("form") LetterForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        String done = Forms.attempt(errors, response, () -> {
            Responses.Letter l = responses.message(user, reference, form.getSubject(), form.getLetter());
            flash.addFlashAttribute("banner", "email".equals(l.channel()) ? "Message sent by email to " + l.recipient()
                    : "Message produced as a letter to post: download it from the correspondence");
            return "redirect:/staff/cases/" + reference;
        });
        return done != null ? done : messagePage(casework.get(user, reference), model);
    }

    private String messagePage(FeedbackCase c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("templates", CustomerLetters.Message.values());
        model.addAttribute("byEmail", CustomerLetters.byEmail(c));
        model.addAttribute("backLink", "/staff/cases/" + c.reference());
        return "correspondence/send-message";
    }

    /** A letter as sent, to print again. */
    @GetMapping("/staff/cases/{reference}/letters/{id}")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @PathVariable long id) {
        Casework.requireCaseHandler(user);
        FeedbackCase c = casework.get(user, reference);
        byte[] pdf = responses.pdf(c.authorityId(), c.id(), id).orElseThrow(() -> new NotFound("Letter " + id));
        return CustomerLetters.pdfDownload(pdf, "letter-" + c.reference() + "-" + id + ".pdf");
    }

    private String page(StaffUser user, FeedbackCase c, Model model) {
        var letter = responses.current(c.authorityId(), c.id()).orElse(null);
        model.addAttribute("c", c);
        model.addAttribute("letter", letter);
        model.addAttribute("signOff", signOff.required(c.authorityId()));
        model.addAttribute("mine", letter != null && letter.draftedBy() != null && letter.draftedBy() == user.staffId());
        model.addAttribute("mayApprove", SignOff.mayApprove(user));
        model.addAttribute("waiting", letter == null || letter.submittedAt() == null ? null
                : letter.waiting(Instant.now()));
        model.addAttribute("byEmail", CustomerLetters.byEmail(c));
        model.addAttribute("showOutcome", c.type().hasOutcome());
        model.addAttribute("outcomes", Forms.options(Arrays.stream(Outcome.values())
                .filter(o -> o != Outcome.RESOLVED_UPON_RECEIPT).toArray(Outcome[]::new), Outcome::key, Outcome::label));
        model.addAttribute("late", c.status().isOpen() && org.redress.casework.Lifecycle.late(casework.today(), c.current().responseDue()));
        model.addAttribute("responseDue", c.current().responseDue());
        model.addAttribute("delayReasons", delayReasons(user.authorityId()));
        model.addAttribute("backLink", "/staff/cases/" + c.reference());
        return "correspondence/response";
    }

    private Map<String, String> delayReasons(long authorityId) {
        return taxonomy.delayReasons(authorityId).stream().filter(DelayReason::active)
                .collect(Collectors.toMap(DelayReason::key, DelayReason::name, (a, b) -> a, LinkedHashMap::new));
    }
}
