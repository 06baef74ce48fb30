package org.redress.conduct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.redress.organisation.StaffUser;
import org.redress.platform.DateInput;
import org.redress.platform.FieldProblem;
import org.redress.platform.FinancialYear;
import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.redress.platform.Refused;
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
 * Staff pages for conduct complaints: the list with the year's table 16 figures, recording a complaint, the
 * complaint with its timeline, and recording the Monitoring Officer's decision. Report viewers read.
 */
@Controller
class ConductPages {

    private final ConductComplaints complaints;
    private final ConductStatistics statistics;

    ConductPages(ConductComplaints complaints, ConductStatistics statistics) {
        this.complaints = complaints;
        this.statistics = statistics;
    }

    @GetMapping("/staff/conduct")
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year, Model model) {
        ConductComplaints.requireRead(user);
        int shown = year != null && year >= FinancialYear.EARLIEST && year <= FinancialYear.LATEST ? year
                : FinancialYear.of(complaints.today()).startYear();
        FinancialYear fy = new FinancialYear(shown);
        model.addAttribute("rows", complaints.list(user, shown));
        model.addAttribute("year", fy);
        model.addAttribute("years", years(FinancialYear.of(complaints.today()).startYear()));
        model.addAttribute("concluded", statistics.table16(user.authorityId(), List.of(fy)).get(0));
        model.addAttribute("table16Rows", Table16Row.values());
        model.addAttribute("canChange", ConductComplaints.canChange(user));
        return "conduct/list";
    }

    @GetMapping("/staff/conduct/new")
    String newComplaint(@AuthenticationPrincipal StaffUser user, Model model) {
        ConductComplaints.requireChange(user);
        ComplaintForm form = new ComplaintForm();
        form.setReceivedOn(DateInput.of(complaints.today()));
        model.addAttribute("form", form);
        return "conduct/new";
    }

    @PostMapping("/staff/conduct/new")
    String record(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") ComplaintForm form,
            BindingResult errors, RedirectAttributes flash, HttpServletResponse response) {
        ConductComplaints.requireChange(user);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate received = date(problems, "receivedOn", form.getReceivedOn());
        try {
            NewComplaint complaint = new NewComplaint(received, form.getCouncillor(), form.getComplainant(),
                    form.getSummary());
            if (!problems.isEmpty()) {
                // a date typed wrongly is shown with every other problem of the form, not on its own
                complaints.problems(user, complaint).stream().filter(p -> !p.field().equals("receivedOn"))
                        .forEach(problems::add);
                throw new InvalidInput(problems);
            }
            ConductComplaint c = complaints.record(user, complaint);
            flash.addFlashAttribute("banner", "Conduct complaint " + c.reference() + " recorded");
            return "redirect:/staff/conduct/" + c.id();
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "conduct/new";
        }
    }

    @GetMapping("/staff/conduct/{id:\\d+}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        ConductComplaint c = complaints.get(user, id);
        model.addAttribute("c", c);
        model.addAttribute("timeline", complaints.timeline(user, id));
        model.addAttribute("canDecide", ConductComplaints.canChange(user) && c.status().next() != null);
        model.addAttribute("backLink", "/staff/conduct");
        return "conduct/complaint";
    }

    @GetMapping("/staff/conduct/{id:\\d+}/decision")
    String decision(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        ConductComplaints.requireChange(user);
        ConductComplaint c = complaints.get(user, id);
        if (c.status().next() == null) {
            throw new Refused("Conduct complaint " + c.reference() + " is concluded: it takes no further decision.");
        }
        DecisionForm form = new DecisionForm();
        form.setVersion(c.version());
        form.setDecidedOn(DateInput.of(complaints.today()));
        model.addAttribute("form", form);
        return decisionForm(c, model);
    }

    @PostMapping("/staff/conduct/{id:\\d+}/decision")
    String decide(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        ConductComplaints.requireChange(user);
        try {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate decided = date(problems, "decidedOn", form.getDecidedOn());
            ConductOutcome outcome = null;
            if (form.getOutcome() != null && !form.getOutcome().isBlank()) {
                try {
                    outcome = ConductOutcome.fromKey(form.getOutcome());
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("outcome", "Select one of the choices"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            ConductComplaint c = complaints.decide(user, id, form.getVersion() == null ? -1 : form.getVersion(),
                    outcome, decided);
            flash.addFlashAttribute("banner", "Decision recorded: " + c.outcome().label());
            return "redirect:/staff/conduct/" + id;
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (Refused e) {
            errors.reject("refused", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return decisionForm(complaints.get(user, id), model);
    }

    private String decisionForm(ConductComplaint c, Model model) {
        model.addAttribute("c", c);
        ConductOutcome.Step step = c.status().next() == null ? ConductOutcome.Step.ASSESSMENT : c.status().next();
        model.addAttribute("step", step.name().toLowerCase());
        model.addAttribute("outcomes", Forms.options(ConductOutcome.at(step).toArray(ConductOutcome[]::new),
                ConductOutcome::key, ConductOutcome::label));
        model.addAttribute("backLink", "/staff/conduct/" + c.id());
        return "conduct/decision";
    }

    private static Map<Integer, String> years(int now) {
        Map<Integer, String> years = new LinkedHashMap<>();
        for (int y = now; y >= now - 5; y--) {
            years.put(y, new FinancialYear(y).name());
        }
        return years;
    }

    /** A date the person may leave empty (null: the rules then ask for it); one typed wrongly is a problem. */
    private static LocalDate date(List<FieldProblem> problems, String field, DateInput input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String problem = input.problem();
        if (problem != null) {
            problems.add(new FieldProblem(field, problem));
            return null;
        }
        return input.toDate();
    }
}
