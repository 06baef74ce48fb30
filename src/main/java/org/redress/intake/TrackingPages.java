package org.redress.intake;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.redress.casework.Casework;
import org.redress.correspondence.Correspondence;
import org.redress.casework.FeedbackCase;
import org.redress.casework.Lifecycle;
import org.redress.casework.Step;
import org.redress.casework.Stage;
import org.redress.notification.Notifications;
import org.redress.notification.TrackingLinks;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilStructure;
import org.redress.platform.FieldProblem;
import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.redress.platform.Refused;
import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.Procedures;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Following a case without an account: by the signed link in an email, or by reference and email address. Either
 * way the case is remembered in the session and the link leaves the address bar at once. A wrong, forged or expired
 * link, or details that do not match, get the same plain answer whether or not the reference exists.
 */
@Controller
class TrackingPages {

    static final String TRACKED = "intake.tracked";

    /** The case this browser may see. */
    record TrackedCase(long authorityId, long caseId) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The look-up form and the stage 2 request form. */
    public static class TrackForm {
        private String reference;
        private String email;
        private String reason;

        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    private final IntakeCouncil council;
    private final Casework casework;
    private final TrackingLinks links;
    private final Procedures procedures;
    private final CouncilStructure structure;
    private final Authorities authorities;
    private final RateLimiter limiter;
    private final IntakeProperties properties;
    private final Clock clock;
    private final Correspondence correspondence;

    TrackingPages(IntakeCouncil council, Casework casework, TrackingLinks links, Procedures procedures,
            CouncilStructure structure, Authorities authorities, RateLimiter limiter, IntakeProperties properties,
            Clock clock, Correspondence correspondence) {
        this.correspondence = correspondence;
        this.council = council;
        this.casework = casework;
        this.links = links;
        this.procedures = procedures;
        this.structure = structure;
        this.authorities = authorities;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/feedback/track")
    String track(@RequestParam(name = "t", required = false) String token, HttpSession session, Model model,
            HttpServletResponse response) {
        if (token != null) {
            Optional<TrackingLinks.Tracked> tracked = links.verify(token)
                    .filter(t -> casework.findCase(t.authorityId(), t.caseId()).isPresent());
            if (tracked.isEmpty()) {
                model.addAttribute("councilName", council.get().name());
                response.setStatus(HttpStatus.NOT_FOUND.value());
                return "intake/link-invalid";
            }
            session.setAttribute(TRACKED, new TrackedCase(tracked.get().authorityId(), tracked.get().caseId()));
            return "redirect:/feedback/track/case";
        }
        model.addAttribute("councilName", council.get().name());
        model.addAttribute("form", new TrackForm());
        return "intake/track";
    }

    @PostMapping("/feedback/track")
    String lookUp(@ModelAttribute("form") TrackForm form, BindingResult errors, HttpSession session,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        long authorityId = council.get().id();
        model.addAttribute("councilName", council.get().name());
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (Question.blank(form.getReference())) {
            problems.add(new FieldProblem("reference", "Enter your reference, like FB0001234"));
        }
        if (Question.blank(form.getEmail())) {
            problems.add(new FieldProblem("email", "Enter the email address you gave us"));
        }
        if (problems.isEmpty()) {
            if (!limiter.allow("track", request.getRemoteAddr(), properties.getLookupsPerHour(), clock.instant())) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader("Retry-After", "3600");
                return "intake/too-many";
            }
            String email = form.getEmail().strip();
            Optional<FeedbackCase> found = casework.findCase(authorityId, form.getReference().strip())
                    .filter(c -> email.equalsIgnoreCase(nullToEmpty(c.customer().email()))
                            || email.equalsIgnoreCase(nullToEmpty(c.representative().email())));
            if (found.isPresent()) {
                session.setAttribute(TRACKED, new TrackedCase(authorityId, found.get().id()));
                return "redirect:/feedback/track/case";
            }
            problems.add(new FieldProblem("reference", "We could not find feedback with that reference and email "
                    + "address. Check them and try again"));
        }
        Forms.reject(errors, problems);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("hasErrors", true);
        return "intake/track";
    }

    @GetMapping("/feedback/track/case")
    String casePage(HttpSession session, Model model) {
        Optional<FeedbackCase> found = tracked(session);
        if (found.isEmpty()) {
            return "redirect:/feedback/track";
        }
        FeedbackCase c = found.get();
        ProcedurePolicy policy = procedures.policy(c.authorityId(), c.procedureCode());
        // The public see what casework's lifecycle allows: asking for the next stage, or the Ombudsman after the last.
        Lifecycle lifecycle = Lifecycle.of(c, policy, false);
        model.addAttribute("councilName", authorities.get(c.authorityId()).name());
        model.addAttribute("c", c);
        model.addAttribute("kind", c.type().label());
        model.addAttribute("about", structure.service(c.authorityId(), c.serviceId()).name());
        model.addAttribute("open", c.status().isOpen());
        model.addAttribute("due", Notifications.plain(c.current().responseDue()));
        model.addAttribute("received", Notifications.plain(c.receivedOn()));
        model.addAttribute("responses", c.stages().stream().filter(s -> s.respondedOn() != null)
                .map(s -> new Response(s.number(), Notifications.plain(s.respondedOn()),
                        s.outcome() == null ? null : s.outcome().label(), s.responseSummary()))
                .toList());
        model.addAttribute("sent", correspondence.sentToCustomer(c).stream()
                .map(m -> new Sent(m.subject(), Notifications.plain(m.at().atZone(COUNCIL_TIME).toLocalDate()),
                        m.channel().equals("email") ? "email" : "post", m.body()))
                .toList());
        model.addAttribute("canAskForReview", lifecycle.allows(Step.ESCALATE));
        model.addAttribute("nextStage", policy.stage(c.currentStage() + 1).map(r -> r.name()).orElse(""));
        model.addAttribute("ombudsman", lifecycle.afterLastStage().map(Lifecycle.AfterLastStage::ombudsman)
                .orElse(null));
        return "intake/track-case";
    }

    /** A letter or email the council sent the customer, in date order on the page. */
    public record Sent(String subject, String on, String by, String text) {
    }

    /** Dates as the council keeps them. */
    private static final java.time.ZoneId COUNCIL_TIME = java.time.ZoneId.of("Europe/London");

    /** One stage's response as the public see it. */
    public record Response(int stage, String sentOn, String outcome, String summary) {
    }

    @GetMapping("/feedback/track/review")
    String reviewForm(HttpSession session, Model model) {
        Optional<FeedbackCase> found = tracked(session);
        if (found.isEmpty()) {
            return "redirect:/feedback/track";
        }
        model.addAttribute("form", new TrackForm());
        return reviewPage(found.get(), model);
    }

    @PostMapping("/feedback/track/review")
    String review(@ModelAttribute("form") TrackForm form, BindingResult errors, HttpSession session, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Optional<FeedbackCase> found = tracked(session);
        if (found.isEmpty()) {
            return "redirect:/feedback/track";
        }
        FeedbackCase c = found.get();
        try {
            if (Question.blank(form.getReason())) {
                throw new InvalidInput("reason", "Enter why you are not happy with our response");
            }
            if (form.getReason().strip().length() > Question.MAX_WHAT_HAPPENED) {
                throw new InvalidInput("reason", "Your reason must be " + String.format("%,d", Question.MAX_WHAT_HAPPENED)
                        + " characters or fewer");
            }
            FeedbackCase escalated = casework.escalateByCustomer(c.authorityId(), c.reference(), LocalDate.now(clock),
                    form.getReason());
            flash.addFlashAttribute("requested", Notifications.plain(escalated.current().responseDue()));
            return "redirect:/feedback/track/case";
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("hasErrors", true);
        } catch (Refused e) {
            errors.reject("refused", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("hasErrors", true);
        }
        return reviewPage(c, model);
    }

    @PostMapping("/feedback/track/sign-out")
    String forget(HttpSession session) {
        session.removeAttribute(TRACKED);
        return "redirect:/feedback/track";
    }

    private String reviewPage(FeedbackCase c, Model model) {
        model.addAttribute("councilName", authorities.get(c.authorityId()).name());
        model.addAttribute("c", c);
        model.addAttribute("backLink", "/feedback/track/case");
        return "intake/review";
    }

    private Optional<FeedbackCase> tracked(HttpSession session) {
        if (!(session.getAttribute(TRACKED) instanceof TrackedCase t)) {
            return Optional.empty();
        }
        return casework.findCase(t.authorityId(), t.caseId());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
