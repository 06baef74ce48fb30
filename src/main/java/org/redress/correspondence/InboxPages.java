package org.redress.correspondence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.casework.NewCase;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffUser;
import org.redress.platform.DateInput;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The triage inbox: emails that found no case by themselves, oldest first, for the customer feedback team to turn
 * into a case, add to one, or set aside with a reason.
 */
@Controller
class InboxPages {

    static final int PAGE_SIZE = 25;

    private final Inbox inbox;
    private final CouncilStructure structure;
    private final Clock clock;

    InboxPages(Inbox inbox, CouncilStructure structure, Clock clock) {
        this.inbox = inbox;
        this.structure = structure;
        this.clock = clock;
    }

    /** An email with its files, as a page shows it. */
    record Shown(Inbox.Message message, List<Inbox.File> files) {

        /** The text as paragraphs, so line breaks survive without the email's own markup. */
        public List<String> paragraphs() {
            return List.of(message.body().split("\\n\\s*\\n"));
        }
    }

    /** Every field of the three triage forms on the email's page. */
    public static class TriageForm {
        private String type;
        private Long serviceId;
        private String customerName;
        private String customerEmail;
        private String description;
        private DateInput receivedOn = new DateInput();
        private String reference;
        private String reason;

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public Long getServiceId() { return serviceId; }
        public void setServiceId(Long serviceId) { this.serviceId = serviceId; }
        public String getCustomerName() { return customerName; }
        public void setCustomerName(String customerName) { this.customerName = customerName; }
        public String getCustomerEmail() { return customerEmail; }
        public void setCustomerEmail(String customerEmail) { this.customerEmail = customerEmail; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public DateInput getReceivedOn() { return receivedOn; }
        public void setReceivedOn(DateInput receivedOn) { this.receivedOn = receivedOn; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    @GetMapping("/staff/inbox")
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "1") int page, Model model) {
        Inbox.requireTriage(user);
        long total = inbox.countAwaitingTriage(user.authorityId());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("emails", inbox.awaitingTriage(user.authorityId(), (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "correspondence/inbox";
    }

    @GetMapping("/staff/inbox/{id}")
    String email(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        Inbox.Message m = inbox.waiting(user, id);
        TriageForm form = new TriageForm();
        form.setType(FeedbackType.COMPLAINT.key());
        form.setCustomerName(m.fromName());
        form.setCustomerEmail(m.fromAddress());
        form.setDescription(m.body());
        form.setReceivedOn(DateInput.of(InboxApi.receivedOn(m, today())));
        model.addAttribute("form", form);
        return page(user, m, model);
    }

    @PostMapping("/staff/inbox/{id}/case")
    String logCase(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @ModelAttribute("form") TriageForm form,
            BindingResult errors, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            String dateProblem = form.getReceivedOn().problem();
            if (dateProblem != null) {
                throw new InvalidInput("receivedOn", dateProblem.replace("Enter a date", "Enter the date it was received"));
            }
            Casework.Logged logged = inbox.logCase(user, id, m -> new NewCase(
                    form.getType() == null || form.getType().isBlank() ? null : FeedbackType.fromKey(form.getType()),
                    Channel.EMAIL, form.getReceivedOn().toDate(), form.getServiceId(), null, form.getDescription(),
                    null, new Contact(form.getCustomerName(), form.getCustomerEmail(), null, null), null, null,
                    List.of(), List.of(), null));
            FeedbackCase c = logged.feedbackCase();
            flash.addFlashAttribute("banner", c.type().label() + " logged with reference " + c.reference());
            return "redirect:/staff/cases/" + c.reference();
        } catch (InvalidInput e) {
            return problems(user, id, e, errors, model, response, "customer.", "customer");
        }
    }

    @PostMapping("/staff/inbox/{id}/add")
    String addToCase(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @ModelAttribute("form") TriageForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            FeedbackCase c = inbox.addToCase(user, id, form.getReference());
            flash.addFlashAttribute("banner", "Email added to case " + c.reference());
            return "redirect:/staff/inbox";
        } catch (InvalidInput e) {
            return problems(user, id, e, errors, model, response, null, null);
        }
    }

    @PostMapping("/staff/inbox/{id}/set-aside")
    String setAside(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @ModelAttribute("form") TriageForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            inbox.setAside(user, id, form.getReason());
            flash.addFlashAttribute("banner", "Email set aside");
            return "redirect:/staff/inbox";
        } catch (InvalidInput e) {
            return problems(user, id, e, errors, model, response, null, null);
        }
    }

    /** Shows the email again with the problems at their fields; casework's customer.* fields map to this form's. */
    private String problems(StaffUser user, long id, InvalidInput e, BindingResult errors, Model model,
            HttpServletResponse response, String prefix, String to) {
        e.problems().forEach(p -> {
            String field = p.field();
            if (prefix != null && field.startsWith(prefix)) {
                field = to + Character.toUpperCase(field.charAt(prefix.length())) + field.substring(prefix.length() + 1);
            }
            Forms.reject(errors, field, p.message());
        });
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(user, inbox.waiting(user, id), model);
    }

    private String page(StaffUser user, Inbox.Message m, Model model) {
        model.addAttribute("email", new Shown(m, inbox.files(m.id())));
        model.addAttribute("types", Forms.options(FeedbackType.values(), FeedbackType::key, FeedbackType::label));
        model.addAttribute("services", services(user));
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Inbox.SetAsideReason r : Inbox.SetAsideReason.values()) {
            reasons.put(r.key(), r.label);
        }
        model.addAttribute("reasons", reasons);
        model.addAttribute("backLink", "/staff/inbox");
        return "correspondence/email";
    }

    private Map<Long, String> services(StaffUser user) {
        return structure.services(user.authorityId()).stream()
                .filter(s -> s.active() && user.caseScope().covers(s.directorateId(), s.id()))
                .collect(Collectors.toMap(s -> s.id(), s -> s.directorateName() + ": " + s.name(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(InboxApi.COUNCIL_TIME));
    }
}
