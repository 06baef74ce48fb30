package org.redress.procedure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffUser;
import org.redress.platform.Forms;
import org.redress.platform.DateInput;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Administrators' pages for the council's procedures: their day counts, the default, each service's choice, and
 * suspension windows. Each form is bound, checked, and on a problem shown again with it; else saved and redirected.
 */
@Controller
@RequestMapping("/staff/admin/procedures")
class ProcedurePages {

    private static final String HOME = "redirect:/staff/admin/procedures";
    /** The radio value for "use the council's default" on a service's page. */
    static final String COUNCIL_DEFAULT = "default";

    public static class ChoiceForm {
        private String code;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
    }

    /** Numbers kept as typed, so "ten" is shown back with a message rather than lost in a binding error. */
    public static class StageForm {
        private String acknowledgeWithinWorkingDays;
        private String respondWithinWorkingDays;
        private String maxExtensionWorkingDays;
        private String maxAgreedMonths;

        static StageForm of(StageRule rule) {
            StageForm form = new StageForm();
            form.acknowledgeWithinWorkingDays = text(rule.acknowledgeWithinWorkingDays());
            form.respondWithinWorkingDays = text(rule.respondWithinWorkingDays());
            form.maxExtensionWorkingDays = text(rule.maxExtensionWorkingDays());
            form.maxAgreedMonths = text(rule.maxAgreedMonths());
            return form;
        }

        private static String text(Integer value) {
            return value == null ? "" : value.toString();
        }

        public String getAcknowledgeWithinWorkingDays() { return acknowledgeWithinWorkingDays; }
        public void setAcknowledgeWithinWorkingDays(String v) { this.acknowledgeWithinWorkingDays = v; }
        public String getRespondWithinWorkingDays() { return respondWithinWorkingDays; }
        public void setRespondWithinWorkingDays(String v) { this.respondWithinWorkingDays = v; }
        public String getMaxExtensionWorkingDays() { return maxExtensionWorkingDays; }
        public void setMaxExtensionWorkingDays(String v) { this.maxExtensionWorkingDays = v; }
        public String getMaxAgreedMonths() { return maxAgreedMonths; }
        public void setMaxAgreedMonths(String v) { this.maxAgreedMonths = v; }
    }

    public static class SuspensionForm {
        private DateInput firstDay = new DateInput();
        private DateInput lastDay = new DateInput();
        private String description;

        public DateInput getFirstDay() { return firstDay; }
        public void setFirstDay(DateInput firstDay) { this.firstDay = firstDay; }
        public DateInput getLastDay() { return lastDay; }
        public void setLastDay(DateInput lastDay) { this.lastDay = lastDay; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    private final Procedures procedures;
    private final CouncilStructure structure;
    private final MessageSource messages;

    ProcedurePages(Procedures procedures, CouncilStructure structure, MessageSource messages) {
        this.procedures = procedures;
        this.structure = structure;
        this.messages = messages;
    }

    @GetMapping
    String index(@AuthenticationPrincipal StaffUser user, Model model) {
        long authorityId = user.authorityId();
        List<ProcedurePolicy> policies = procedures.policies(authorityId);
        model.addAttribute("policies", policies);
        model.addAttribute("names", names(policies));
        model.addAttribute("defaultCode", procedures.defaultProcedure(authorityId));
        model.addAttribute("services", structure.services(authorityId));
        model.addAttribute("serviceProcedures", procedures.serviceProcedures(authorityId));
        model.addAttribute("suspensions", procedures.suspensions(authorityId));
        return "procedure/index";
    }

    // ---- the council's default

    @GetMapping("/default")
    String defaultForm(@AuthenticationPrincipal StaffUser user, Model model) {
        ChoiceForm form = new ChoiceForm();
        form.setCode(procedures.defaultProcedure(user.authorityId()));
        model.addAttribute("choiceForm", form);
        return defaultPage(user, model);
    }

    @PostMapping("/default")
    String setDefault(@AuthenticationPrincipal StaffUser user, @ModelAttribute("choiceForm") ChoiceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(errors, response, () -> defaultPage(user, model), () -> {
            procedures.setDefault(user.authorityId(), validCode(user, form.getCode()));
            redirect.addFlashAttribute("saved", text("procedure.default.saved",
                    procedures.policy(user.authorityId(), form.getCode()).name()));
        });
    }

    private String defaultPage(StaffUser user, Model model) {
        model.addAttribute("options", names(procedures.policies(user.authorityId())));
        return "procedure/default";
    }

    // ---- one service's procedure

    @GetMapping("/services/{serviceId}")
    String serviceForm(@AuthenticationPrincipal StaffUser user, @PathVariable long serviceId, Model model) {
        ChoiceForm form = new ChoiceForm();
        form.setCode(procedures.serviceProcedures(user.authorityId()).getOrDefault(serviceId, COUNCIL_DEFAULT));
        model.addAttribute("choiceForm", form);
        return servicePage(user, serviceId, model);
    }

    @PostMapping("/services/{serviceId}")
    String setServiceProcedure(@AuthenticationPrincipal StaffUser user, @PathVariable long serviceId,
            @ModelAttribute("choiceForm") ChoiceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return save(errors, response, () -> servicePage(user, serviceId, model), () -> {
            String code = COUNCIL_DEFAULT.equals(form.getCode()) ? null : validCode(user, form.getCode());
            procedures.setServiceProcedure(user.authorityId(), serviceId, code);
            redirect.addFlashAttribute("saved", text("procedure.service.saved",
                    structure.service(user.authorityId(), serviceId).name()));
        });
    }

    private String servicePage(StaffUser user, long serviceId, Model model) {
        long authorityId = user.authorityId();
        model.addAttribute("service", structure.service(authorityId, serviceId));
        Map<String, String> options = new LinkedHashMap<>();
        options.put(COUNCIL_DEFAULT, text("procedure.service.useDefault",
                procedures.policy(authorityId, procedures.defaultProcedure(authorityId)).name()));
        options.putAll(names(procedures.policies(authorityId)));
        model.addAttribute("options", options);
        return "procedure/service";
    }

    // ---- a stage's day counts

    @GetMapping("/{code}/stages/{number}")
    String stageForm(@AuthenticationPrincipal StaffUser user, @PathVariable String code, @PathVariable int number,
            Model model) {
        model.addAttribute("stageForm", StageForm.of(stage(user, code, number)));
        return stagePage(user, code, number, model);
    }

    @PostMapping("/{code}/stages/{number}")
    String updateStage(@AuthenticationPrincipal StaffUser user, @PathVariable String code, @PathVariable int number,
            @ModelAttribute("stageForm") StageForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Integer acknowledge = number(errors, "acknowledgeWithinWorkingDays", form.getAcknowledgeWithinWorkingDays());
        Integer respond = number(errors, "respondWithinWorkingDays", form.getRespondWithinWorkingDays());
        Integer extension = number(errors, "maxExtensionWorkingDays", form.getMaxExtensionWorkingDays());
        Integer months = number(errors, "maxAgreedMonths", form.getMaxAgreedMonths());
        StageDays days = new StageDays(acknowledge, respond, extension == null ? 0 : extension, months);
        if (errors.hasErrors()) {
            // Something typed is not a number: nothing is saved, but the other boxes are checked so every problem shows.
            addProblems(errors, Procedures.check(stage(user, code, number), days));
        }
        return save(errors, response, () -> stagePage(user, code, number, model), () -> {
            procedures.updateStageRule(user.authorityId(), code, number, days);
            ProcedurePolicy policy = procedures.policy(user.authorityId(), code);
            redirect.addFlashAttribute("saved", text("procedure.stage.saved",
                    policy.stage(number).orElseThrow().name(), policy.name()));
        });
    }

    private String stagePage(StaffUser user, String code, int number, Model model) {
        model.addAttribute("policy", procedures.policy(user.authorityId(), code));
        model.addAttribute("stage", stage(user, code, number));
        return "procedure/stage";
    }

    private StageRule stage(StaffUser user, String code, int number) {
        return procedures.policy(user.authorityId(), code).stage(number)
                .orElseThrow(() -> new org.redress.platform.NotFound("Stage " + number + " of " + code));
    }

    // ---- suspensions

    @GetMapping("/suspensions/new")
    String suspensionForm(Model model) {
        model.addAttribute("suspensionForm", new SuspensionForm());
        return "procedure/suspension";
    }

    @PostMapping("/suspensions")
    String addSuspension(@AuthenticationPrincipal StaffUser user,
            @ModelAttribute("suspensionForm") SuspensionForm form, BindingResult errors,
            RedirectAttributes redirect, HttpServletResponse response) {
        dateProblem(errors, "firstDay", form.getFirstDay());
        dateProblem(errors, "lastDay", form.getLastDay());
        try {
            // Tried even when a date is wrong (it is then null, so nothing is saved) to report every other problem.
            Suspension added = procedures.addSuspension(user.authorityId(), form.getFirstDay().toDate(),
                    form.getLastDay().toDate(), form.getDescription());
            redirect.addFlashAttribute("saved", text("procedure.suspension.saved", added.description()));
        } catch (InvalidInput e) {
            addProblems(errors, e.problems());
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "procedure/suspension";
        }
        return HOME;
    }

    @PostMapping("/suspensions/{id}/remove")
    String removeSuspension(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            RedirectAttributes redirect) {
        procedures.removeSuspension(user.authorityId(), id);
        redirect.addFlashAttribute("saved", text("procedure.suspension.removed"));
        return HOME;
    }

    // ---- form plumbing

    /**
     * Saves unless the form already has problems; problems the rules find are put on their fields. Either way
     * a form with problems is shown again, answered 400.
     */
    private static String save(BindingResult errors, HttpServletResponse response, Supplier<String> redisplay,
            Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
            } catch (InvalidInput e) {
                addProblems(errors, e.problems());
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return redisplay.get();
        }
        return HOME;
    }

    /** The rules' problems, each on its field unless the form already found one there. */
    private static void addProblems(BindingResult errors, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            if (!errors.hasFieldErrors(problem.field())) {
                Forms.reject(errors, problem.field(), problem.message());
            }
        }
    }

    private String validCode(StaffUser user, String code) {
        if (code == null || code.isBlank() || procedures.policies(user.authorityId()).stream()
                .noneMatch(p -> p.code().equals(code))) {
            throw new InvalidInput("code", text("procedure.choose.missing"));
        }
        return code;
    }

    private Integer number(BindingResult errors, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "number", text("procedure.stage.notANumber"));
            return null;
        }
    }

    private static void dateProblem(BindingResult errors, String field, DateInput date) {
        if (date.problem() != null) {
            errors.rejectValue(field, "date", date.problem());
        }
    }

    private static Map<String, String> names(List<ProcedurePolicy> policies) {
        Map<String, String> names = new LinkedHashMap<>();
        policies.forEach(p -> names.put(p.code(), p.name()));
        return names;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
