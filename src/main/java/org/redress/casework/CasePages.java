package org.redress.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffMember;
import org.redress.organisation.StaffUser;
import org.redress.platform.DateInput;
import org.redress.platform.EditConflict;
import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Refused;
import org.redress.procedure.Procedures;
import org.springframework.beans.factory.ObjectProvider;
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

/** Staff pages for casework: the work queue, search, logging a case, the case page and each step's form. */
@Controller
class CasePages {

    private final Casework casework;
    private final WorkQueue queue;
    private final Taxonomy taxonomy;
    private final CouncilStructure structure;
    private final StaffAccounts staff;
    private final Procedures procedures;
    private final Attachments attachments;
    private final ObjectProvider<CasePanels> panels;
    private final CaseViews views;

    CasePages(Casework casework, WorkQueue queue, Taxonomy taxonomy, CouncilStructure structure, StaffAccounts staff,
            Procedures procedures, Attachments attachments, ObjectProvider<CasePanels> panels, CaseViews views) {
        this.attachments = attachments;
        this.panels = panels;
        this.views = views;
        this.casework = casework;
        this.queue = queue;
        this.taxonomy = taxonomy;
        this.structure = structure;
        this.staff = staff;
        this.procedures = procedures;
    }

    // ---- queue and search ----------------------------------------------------------------------------------------

    @GetMapping("/staff")
    String queue(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String view,
            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long serviceId, @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before, Model model) {
        WorkQueue.View chosen = view.isBlank()
                ? (user.has(org.redress.organisation.Role.INVESTIGATING_OFFICER) ? WorkQueue.View.MINE : WorkQueue.View.SCOPE)
                : WorkQueue.View.fromKey(view);
        WorkQueue.Filter filter = new WorkQueue.Filter(parseOrNull(FeedbackType::fromKey, type),
                parseOrNull(CaseStatus::fromKey, status), serviceId);
        model.addAttribute("views", WorkQueue.View.values());
        model.addAttribute("view", chosen);
        model.addAttribute("results", queue.queue(user, chosen, filter, WorkQueue.Position.of(page, after, before)));
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("serviceId", serviceId);
        model.addAttribute("types", Forms.options(FeedbackType.values(), FeedbackType::key, FeedbackType::label));
        model.addAttribute("statuses", Forms.options(CaseStatus.values(), CaseStatus::key, CaseStatus::label));
        model.addAttribute("services", services(user));
        model.addAttribute("today", casework.today());
        return "casework/queue";
    }

    @GetMapping("/staff/search")
    String search(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", queue.search(user, q, WorkQueue.Position.of(page, after, before)));
        model.addAttribute("today", casework.today());
        return "casework/search";
    }

    // ---- logging a case ------------------------------------------------------------------------------------------

    @GetMapping("/staff/cases/new")
    String newCase(@AuthenticationPrincipal StaffUser user, Model model) {
        CaseForm form = new CaseForm();
        form.setReceivedOn(DateInput.of(casework.today()));
        model.addAttribute("form", form);
        return newCaseView(user, model);
    }

    @PostMapping("/staff/cases/new")
    String logCase(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") CaseForm form,
            BindingResult errors, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            String dateProblem = form.getReceivedOn().problem();
            if (dateProblem != null) {
                throw new InvalidInput("receivedOn", dateProblem.replace("Enter a date", "Enter the date it was received"));
            }
            NewCase request = new NewCase(parseOrNull(FeedbackType::fromKey, form.getType()),
                    parseOrNull(Channel::fromKey, form.getChannel()), form.getReceivedOn().toDate(), form.getServiceId(),
                    form.getProcedureCode(), form.getDescription(), form.getDesiredOutcome(),
                    form.getCustomer().toContact(), form.getRepresentative().toContact(),
                    form.getRepresentativeRelationship(), form.getReasons(),
                    form.getTags() == null ? List.of() : Arrays.asList(form.getTags().split(",")), form.getAssignTo());
            FeedbackCase c = casework.log(user, request);
            flash.addFlashAttribute("banner", c.type().label() + " logged with reference " + c.reference());
            return "redirect:/staff/cases/" + c.reference();
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return newCaseView(user, model);
        }
    }

    private String newCaseView(StaffUser user, Model model) {
        model.addAttribute("types", Forms.options(FeedbackType.values(), FeedbackType::key, FeedbackType::label));
        model.addAttribute("channels", Forms.options(Channel.values(), Channel::key, Channel::label));
        model.addAttribute("services", services(user));
        model.addAttribute("procedures", procedures.policies(user.authorityId()).stream()
                .collect(Collectors.toMap(p -> p.code(), p -> p.name(), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("reasons", taxonomy.offeredReasons(user.authorityId()));
        model.addAttribute("handlers", staff.all(user.authorityId()).stream().filter(StaffMember::active)
                .filter(s -> s.roles().contains(org.redress.organisation.Role.INVESTIGATING_OFFICER)
                        || s.roles().contains(org.redress.organisation.Role.FEEDBACK_TEAM))
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("backLink", "/staff");
        return "casework/new";
    }

    // ---- the case page -------------------------------------------------------------------------------------------

    @GetMapping("/staff/cases/{reference}")
    String casePage(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, Model model) {
        CaseFile file = casework.file(user, reference);
        FeedbackCase c = file.feedbackCase();
        views.record(user, c, CaseViews.What.CASE_PAGE);
        if (user.has(org.redress.organisation.Role.ADMINISTRATOR)) {
            model.addAttribute("views", views.of(user.authorityId(), c.id(), 100));
        }
        Lifecycle lifecycle = casework.lifecycle(file);
        model.addAttribute("file", file);
        model.addAttribute("c", c);
        model.addAttribute("service", structure.service(user.authorityId(), c.serviceId()));
        model.addAttribute("stageName", file.procedure().stage(c.currentStage()).map(r -> r.name())
                .orElse("Stage " + c.currentStage()));
        model.addAttribute("steps", user.handlesCases() ? lifecycle.allowed() : List.of());
        model.addAttribute("notNow", user.handlesCases() ? notNow(lifecycle) : Map.of());
        model.addAttribute("afterLastStage", lifecycle.afterLastStage().map(Lifecycle.AfterLastStage::sentence)
                .orElse(null));
        model.addAttribute("withdrawal", file.timeline().stream().filter(e -> e.action() == CaseAction.WITHDRAWN)
                .findFirst().orElse(null));
        model.addAttribute("reasonNames", taxonomy.reasonNames(user.authorityId()));
        model.addAttribute("delayNames", taxonomy.delayReasons(user.authorityId()).stream()
                .collect(Collectors.toMap(DelayReason::key, DelayReason::name)));
        model.addAttribute("staffNames", staff.all(user.authorityId()).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName)));
        model.addAttribute("directorateNames", structure.directorates(user.authorityId()).stream()
                .collect(Collectors.toMap(d -> d.id(), d -> d.name())));
        model.addAttribute("attachments", attachments.list(user, reference));
        model.addAttribute("canAddFiles", user.handlesCases());
        model.addAttribute("today", casework.today());
        model.addAttribute("panels", panels.orderedStream().flatMap(p -> p.panelsFor(user, c).stream()).toList());
        model.addAttribute("backLink", "/staff");
        return "casework/case";
    }

    /**
     * The steps a person would look for that the case cannot take now, with why: the ones that move the case on
     * and the money ones. Notes, links and the like are always there, and a follow-up action only with one to do.
     */
    private static Map<Step, String> notNow(Lifecycle lifecycle) {
        Map<Step, String> refused = new LinkedHashMap<>(lifecycle.refused());
        refused.keySet().removeIf(s -> s == Step.COMPLETE_REMEDY);
        return refused;
    }

    @GetMapping("/staff/cases/{reference}/{step}")
    String stepForm(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @PathVariable("step") String stepKey, Model model) {
        Step step = step(stepKey);
        FeedbackCase c = casework.get(user, reference);
        ActionForm form = new ActionForm();
        form.setVersion(c.version());
        form.setDate(step == Step.REMEDY ? new DateInput() : DateInput.of(casework.today()));
        if (step == Step.DETAILS) {
            CaseFile file = casework.file(user, reference);
            form.setText(String.join(", ", file.tags()));
            model.addAttribute("chosenReasons", file.reasons());
        }
        model.addAttribute("form", form);
        return stepView(user, c, step, model);
    }

    @PostMapping("/staff/cases/{reference}/{step}")
    String doStep(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @PathVariable("step") String stepKey, @ModelAttribute("form") ActionForm form, BindingResult errors,
            @RequestParam(required = false) List<String> reasons, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        Step step = step(stepKey);
        try {
            FeedbackCase c = apply(user, reference, step, form, reasons);
            flash.addFlashAttribute("banner", step.label() + ": done");
            return "redirect:/staff/cases/" + c.reference();
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (EditConflict e) {
            // Keep what they typed, and take the latest version so that saving again, once they have looked, works.
            errors.reject("case.conflict");
            form.setVersion(casework.get(user, reference).version());
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (Refused e) {
            errors.reject("refused", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("chosenReasons", reasons == null ? List.of() : reasons);
        return stepView(user, casework.get(user, reference), step, model);
    }

    private FeedbackCase apply(StaffUser user, String ref, Step step, ActionForm f, List<String> reasons) {
        Integer v = f.getVersion();
        return switch (step) {
            case ACKNOWLEDGE -> casework.acknowledge(user, ref, v, date(f, true));
            case INVESTIGATE -> casework.startInvestigation(user, ref, v);
            case RESPOND -> casework.respond(user, ref, v, date(f, true), parseOrNull(Outcome::fromKey, f.getOutcome()),
                    f.getSummary(), f.getDelayReason());
            case RESOLVE -> casework.resolveUponReceipt(user, ref, v, date(f, true), f.getSummary());
            case CLOSE -> casework.close(user, ref, v, date(f, true));
            case ESCALATE -> casework.escalate(user, ref, v, date(f, true), f.getReason());
            case WITHDRAW -> casework.withdraw(user, ref, v, date(f, true), f.getReason());
            case EXTEND -> casework.extend(user, ref, v, wholeNumber("workingDays", f.getWorkingDays()), f.getReason());
            case AGREE_DATE -> casework.agreeResponseDate(user, ref, v, date(f, true), f.isLongerAgreed());
            case ASSIGN -> casework.assign(user, ref, v, f.getStaffId(), f.getReason());
            case REMEDY -> casework.addRemedy(user, ref, v, parseOrNull(RemedyKind::fromKey, f.getRemedyKind()),
                    f.getText(), f.isFollowUp(), f.isFollowUp() ? date(f, true) : null);
            case COMPLETE_REMEDY -> {
                if (f.getRemedyId() == null) {
                    throw new InvalidInput("remedyId", "Select the follow-up action that was completed");
                }
                yield casework.completeRemedy(user, ref, v, f.getRemedyId(), date(f, true));
            }
            case PAYMENT -> casework.recordPayment(user, ref, v, parseOrNull(PaymentKind::fromKey, f.getPaymentKind()),
                    money(f.getAmount()), date(f, true), parseOrNull(PaymentSource::fromKey, f.getSource()),
                    f.getDirectorateId(), f.getText());
            case NOTE -> casework.addNote(user, ref, v, f.getText());
            case LINK -> casework.link(user, ref, v, f.getText());
            case DETAILS -> casework.changeDetails(user, ref, v, reasons == null ? List.of() : reasons,
                    f.getText() == null ? List.of() : Arrays.asList(f.getText().split(",")));
        };
    }

    private String stepView(StaffUser user, FeedbackCase c, Step step, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("step", step);
        model.addAttribute("stepKey", step.key());
        model.addAttribute("fields", step.fields());
        model.addAttribute("outcomes", Forms.options(Arrays.stream(Outcome.values())
                .filter(o -> o != Outcome.RESOLVED_UPON_RECEIPT).toArray(Outcome[]::new), Outcome::key, Outcome::label));
        model.addAttribute("showOutcome", c.type().hasOutcome());
        model.addAttribute("delayReasons", taxonomy.delayReasons(user.authorityId()).stream().filter(DelayReason::active)
                .collect(Collectors.toMap(DelayReason::key, DelayReason::name, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("responseDue", c.current().responseDue());
        model.addAttribute("remedyKinds", Forms.options(RemedyKind.values(), RemedyKind::key, RemedyKind::label));
        model.addAttribute("paymentKinds", Forms.options(PaymentKind.values(), PaymentKind::key, PaymentKind::label));
        model.addAttribute("sources", Forms.options(PaymentSource.values(), PaymentSource::key, PaymentSource::label));
        model.addAttribute("directorates", structure.directorates(user.authorityId()).stream()
                .collect(Collectors.toMap(d -> d.id(), d -> d.name(), (a, b) -> a, LinkedHashMap::new)));
        var service = structure.service(user.authorityId(), c.serviceId());
        model.addAttribute("handlers", staff.handlersFor(user.authorityId(), service.directorateId(), service.id())
                .stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a, LinkedHashMap::new)));
        if (step == Step.COMPLETE_REMEDY) {
            model.addAttribute("openRemedies", casework.file(user, c.reference()).remedies().stream()
                    .filter(r -> r.followUp() && r.outstanding())
                    .collect(Collectors.toMap(RemedyAction::id,
                            r -> r.kind().label() + (r.dueOn() == null ? "" : " (due " + r.dueOn() + ")"),
                            (a, b) -> a, LinkedHashMap::new)));
        }
        if (step == Step.DETAILS) {
            Map<String, String> offered = new LinkedHashMap<>(taxonomy.offeredReasons(user.authorityId()));
            // Keep retired reasons the case already has, so they are not silently dropped.
            Map<String, String> all = taxonomy.reasonNames(user.authorityId());
            casework.file(user, c.reference()).reasons().forEach(k -> offered.putIfAbsent(k, all.getOrDefault(k, k)));
            model.addAttribute("reasonOptions", offered);
        }
        model.addAttribute("backLink", "/staff/cases/" + c.reference());
        return "casework/step";
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static Step step(String key) {
        Step step = Step.fromKey(key);
        if (step == null) {
            throw new NotFound("Page");
        }
        return step;
    }

    private static LocalDate date(ActionForm f, boolean required) {
        String problem = f.getDate().problem();
        if (problem != null && (required || !f.getDate().isBlank())) {
            throw new InvalidInput("date", problem);
        }
        return f.getDate().toDate();
    }

    private static Integer wholeNumber(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "Enter a whole number, like 10");
        }
    }

    static BigDecimal money(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip().replace("£", "").replace(",", "");
        try {
            BigDecimal amount = new BigDecimal(clean);
            if (amount.scale() > 2) {
                throw new InvalidInput("amount", "Enter the amount in pounds and pence, like 150.00");
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            throw new InvalidInput("amount", "Enter the amount in pounds and pence, like 150.00");
        }
    }

    private static <T> T parseOrNull(Function<String, T> parse, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            return parse.apply(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<Long, String> services(StaffUser user) {
        return structure.services(user.authorityId()).stream()
                .filter(s -> s.active() && user.caseScope().covers(s.directorateId(), s.id()))
                .collect(Collectors.toMap(s -> s.id(), s -> s.directorateName() + ": " + s.name(), (a, b) -> a,
                        LinkedHashMap::new));
    }
}
