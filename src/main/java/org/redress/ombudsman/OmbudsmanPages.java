package org.redress.ombudsman;

import org.redress.platform.FinancialYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffUser;
import org.redress.platform.DateInput;
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
 * Staff pages for the council's Ombudsman cases: the list with this year's figures, recording and correcting a
 * case, and each recommendation from added to done to the Ombudsman's compliance outcome. Report viewers read.
 */
@Controller
class OmbudsmanPages {

    private final OmbudsmanCases cases;
    private final OmbudsmanStatistics statistics;
    private final CouncilStructure structure;

    OmbudsmanPages(OmbudsmanCases cases, OmbudsmanStatistics statistics, CouncilStructure structure) {
        this.cases = cases;
        this.statistics = statistics;
        this.structure = structure;
    }

    @GetMapping("/staff/ombudsman")
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String category, @RequestParam(required = false) String decision,
            @RequestParam(required = false) Long directorateId, Model model) {
        OmbudsmanCases.requireRead(user);
        int shown = year != null ? FinancialYear.asked("year", year).startYear()
                : FinancialYear.of(cases.today()).startYear();
        OmbudsmanCategory chosenCategory = parseOrNull(OmbudsmanCategory.class, category);
        String chosenDecision = "open".equals(decision) ? "open"
                : parseOrNull(OmbudsmanDecision.class, decision) == null ? null : decision;
        model.addAttribute("rows", cases.list(user, new OmbudsmanCases.Filter(shown, chosenCategory, chosenDecision,
                directorateId)));
        model.addAttribute("year", new FinancialYear(shown));
        model.addAttribute("years", years(shown));
        model.addAttribute("category", chosenCategory == null ? null : chosenCategory.key());
        model.addAttribute("decision", chosenDecision);
        model.addAttribute("directorateId", directorateId);
        model.addAttribute("categories", Forms.options(OmbudsmanCategory.values(), OmbudsmanCategory::key, OmbudsmanCategory::label));
        Map<String, String> decisions = new LinkedHashMap<>();
        decisions.put("open", "Not yet decided");
        decisions.putAll(Forms.options(OmbudsmanDecision.values(), OmbudsmanDecision::key, OmbudsmanDecision::label));
        model.addAttribute("decisions", decisions);
        model.addAttribute("directorates", directorateNames(user));
        // the figures count every directorate's cases: not for a reader scoped to one
        model.addAttribute("figures", user.seesWholeCouncil() ? statistics.forAuthority(user.authorityId(), shown)
                : null);
        model.addAttribute("canChange", OmbudsmanCases.canChange(user));
        return "ombudsman/list";
    }

    // ---- a case ------------------------------------------------------------------------------------------------------

    @GetMapping("/staff/ombudsman/new")
    String newCase(@AuthenticationPrincipal StaffUser user, Model model) {
        OmbudsmanCases.requireChange(user);
        CaseForm form = new CaseForm();
        form.setReceivedOn(DateInput.of(cases.today()));
        model.addAttribute("form", form);
        return caseForm(user, null, model);
    }

    @PostMapping("/staff/ombudsman/new")
    String record(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") CaseForm form, BindingResult errors,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        OmbudsmanCases.requireChange(user);
        if (form.isLetters()) {
            return withPeopleAsLetters(user, form, null, model);
        }
        return Forms.save(errors, response, () -> {
            OmbudsmanCase c = cases.record(user, details(user, form, null));
            flash.addFlashAttribute("banner", "Ombudsman case " + c.ombudsmanReference() + " recorded");
            return "redirect:/staff/ombudsman/" + c.id();
        }, () -> caseForm(user, null, model));
    }

    @GetMapping("/staff/ombudsman/{id:\\d+}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        OmbudsmanCase c = cases.get(user, id);
        model.addAttribute("c", c);
        model.addAttribute("recommendations", cases.recommendations(user, id));
        model.addAttribute("timeline", cases.timeline(user, id));
        model.addAttribute("directorate", directorateNames(user).get(c.directorateId()));
        model.addAttribute("service", c.serviceId() == null ? null
                : structure.findService(user.authorityId(), c.serviceId()).map(CouncilService::name).orElse(null));
        model.addAttribute("canChange", OmbudsmanCases.canChange(user));
        model.addAttribute("canRecommend", OmbudsmanCases.canChange(user) && c.decision() != null
                && c.decision().detailedInvestigation());
        model.addAttribute("today", cases.today());
        model.addAttribute("backLink", "/staff/ombudsman");
        return "ombudsman/case";
    }

    @GetMapping("/staff/ombudsman/{id:\\d+}/edit")
    String edit(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        OmbudsmanCases.requireChange(user);
        OmbudsmanCase c = cases.get(user, id);
        model.addAttribute("form", CaseForm.of(c));
        return caseForm(user, c, model);
    }

    @PostMapping("/staff/ombudsman/{id:\\d+}/edit")
    String update(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @ModelAttribute("form") CaseForm form,
            BindingResult errors, Model model, RedirectAttributes flash, HttpServletResponse response) {
        OmbudsmanCases.requireChange(user);
        if (form.isLetters()) {
            return withPeopleAsLetters(user, form, cases.get(user, id), model);
        }
        try {
            OmbudsmanCase c = cases.update(user, id, form.getVersion() == null ? -1 : form.getVersion(),
                    details(user, form, id));
            flash.addFlashAttribute("banner", "Ombudsman case " + c.ombudsmanReference() + " saved");
            return "redirect:/staff/ombudsman/" + id;
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (Refused e) {
            errors.reject("refused", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return caseForm(user, cases.get(user, id), model);
    }

    /** The form again, its summary rewritten with people as letters and nothing saved, for the officer to check. */
    private String withPeopleAsLetters(StaffUser user, CaseForm form, OmbudsmanCase c, Model model) {
        String before = form.getDecisionSummary();
        form.setDecisionSummary(cases.withPeopleAsLetters(user, form.getCaseReference(), before));
        form.setLetters(false);
        model.addAttribute("lettersNotice", java.util.Objects.equals(before, form.getDecisionSummary())
                ? "omb.form.letters.none" : "omb.form.letters.done");
        return caseForm(user, c, model);
    }

    private String caseForm(StaffUser user, OmbudsmanCase c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("categories", Forms.options(OmbudsmanCategory.values(), OmbudsmanCategory::key, OmbudsmanCategory::label));
        model.addAttribute("directorates", directorateNames(user));
        model.addAttribute("services", structure.services(user.authorityId()).stream()
                .collect(Collectors.toMap(CouncilService::id, s -> s.directorateName() + ": " + s.name(), (a, b) -> a,
                        LinkedHashMap::new)));
        model.addAttribute("decisions", Forms.options(OmbudsmanDecision.values(), OmbudsmanDecision::key, OmbudsmanDecision::label));
        model.addAttribute("views", Forms.options(CouncilView.values(), CouncilView::key, CouncilView::label));
        model.addAttribute("backLink", c == null ? "/staff/ombudsman" : "/staff/ombudsman/" + c.id());
        return "ombudsman/case-form";
    }

    /** What the form says; if anything could not be read, every problem (the rules' too) at once. */
    private CaseDetails details(StaffUser user, CaseForm form, Long caseId) {
        List<org.redress.platform.FieldProblem> problems = new java.util.ArrayList<>();
        LocalDate received = date(problems, "receivedOn", form.getReceivedOn());
        LocalDate decided = date(problems, "decidedOn", form.getDecidedOn());
        OmbudsmanCategory category = parse(problems, "category", OmbudsmanCategory.class, form.getCategory());
        OmbudsmanDecision decision = parse(problems, "decision", OmbudsmanDecision.class, form.getDecision());
        CouncilView view = parse(problems, "councilView", CouncilView.class, form.getCouncilView());
        CaseDetails details = new CaseDetails(form.getOmbudsmanReference(), form.getCaseReference(), category,
                form.getDirectorateId(), form.getServiceId(), received, decided, decision, view,
                form.isRemediedByAuthority(), form.isPublicReport(), form.getDecisionSummary());
        if (!problems.isEmpty()) {
            List<String> unread = problems.stream().map(org.redress.platform.FieldProblem::field).toList();
            cases.problems(user, details, caseId).stream().filter(p -> !unread.contains(p.field())).forEach(problems::add);
            throw new InvalidInput(problems);
        }
        return details;
    }

    // ---- recommendations ---------------------------------------------------------------------------------------------

    @GetMapping("/staff/ombudsman/{id:\\d+}/recommendations/new")
    String newRecommendation(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        OmbudsmanCases.requireChange(user);
        OmbudsmanCase c = cases.get(user, id);
        RecommendationForm form = new RecommendationForm();
        form.setVersion(c.version());
        model.addAttribute("form", form);
        return recommendationForm(c, null, "add", model);
    }

    @PostMapping("/staff/ombudsman/{id:\\d+}/recommendations/new")
    String addRecommendation(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @ModelAttribute("form") RecommendationForm form, BindingResult errors, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        return act(user, id, null, "add", form, errors, model, flash, response, () -> {
            List<org.redress.platform.FieldProblem> problems = new java.util.ArrayList<>();
            RecommendationType type = parse(problems, "type", RecommendationType.class, form.getType());
            LocalDate due = date(problems, "dueOn", form.getDueOn());
            BigDecimal amount = null;
            if (form.getAmount() != null && !form.getAmount().isBlank()) {
                try {
                    amount = new BigDecimal(form.getAmount().strip().replace("£", "").replace(",", ""));
                } catch (NumberFormatException e) {
                    problems.add(new org.redress.platform.FieldProblem("amount",
                            "Enter the amount in pounds and pence, like 150.00"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            cases.addRecommendation(user, id, version(form), type, form.getDescription(), amount, due);
            return "Recommendation added";
        });
    }

    @GetMapping("/staff/ombudsman/{id:\\d+}/recommendations/{rid:\\d+}/{step:done|compliance}")
    String recommendationStep(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable long rid,
            @PathVariable String step, Model model) {
        OmbudsmanCases.requireChange(user);
        OmbudsmanCase c = cases.get(user, id);
        RecommendationForm form = new RecommendationForm();
        form.setVersion(c.version());
        form.setDate(DateInput.of(cases.today()));
        model.addAttribute("form", form);
        return recommendationForm(c, recommendation(user, id, rid), step, model);
    }

    @PostMapping("/staff/ombudsman/{id:\\d+}/recommendations/{rid:\\d+}/{step:done|compliance}")
    String doRecommendationStep(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @PathVariable long rid,
            @PathVariable String step, @ModelAttribute("form") RecommendationForm form, BindingResult errors,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(user, id, rid, step, form, errors, model, flash, response, () -> {
            List<org.redress.platform.FieldProblem> problems = new java.util.ArrayList<>();
            LocalDate date = date(problems, "date", form.getDate());
            Compliance compliance = "compliance".equals(step)
                    ? parse(problems, "compliance", Compliance.class, form.getCompliance()) : null;
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            if ("done".equals(step)) {
                cases.markDone(user, id, rid, version(form), date, form.getEvidence());
                return "Recommendation marked done";
            }
            cases.recordCompliance(user, id, rid, version(form), compliance, date);
            return "Compliance outcome recorded";
        });
    }

    private String act(StaffUser user, long id, Long rid, String step, RecommendationForm form, BindingResult errors,
            Model model, RedirectAttributes flash, HttpServletResponse response, java.util.function.Supplier<String> action) {
        OmbudsmanCases.requireChange(user);
        try {
            flash.addFlashAttribute("banner", action.get());
            return "redirect:/staff/ombudsman/" + id;
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (Refused e) {
            errors.reject("refused", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return recommendationForm(cases.get(user, id), rid == null ? null : recommendation(user, id, rid), step, model);
    }

    private String recommendationForm(OmbudsmanCase c, Recommendation r, String step, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("r", r);
        model.addAttribute("step", step);
        model.addAttribute("types", Forms.options(RecommendationType.values(), RecommendationType::key, RecommendationType::label));
        model.addAttribute("outcomes", Forms.options(Compliance.values(), Compliance::key, Compliance::label));
        model.addAttribute("backLink", "/staff/ombudsman/" + c.id());
        return "ombudsman/recommendation";
    }

    private Recommendation recommendation(StaffUser user, long id, long rid) {
        return cases.recommendations(user, id).stream().filter(r -> r.id() == rid).findFirst()
                .orElseThrow(() -> new org.redress.platform.NotFound("Recommendation " + rid));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private Map<Long, String> directorateNames(StaffUser user) {
        return structure.directorates(user.authorityId()).stream()
                .collect(Collectors.toMap(d -> d.id(), d -> d.name(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<Integer, String> years(int around) {
        Map<Integer, String> years = new LinkedHashMap<>();
        for (int y = around + 1; y >= around - 5; y--) {
            years.put(y, new FinancialYear(y).name());
        }
        return years;
    }

    private static int version(RecommendationForm form) {
        return form.getVersion() == null ? -1 : form.getVersion();
    }

    /** A date the person may leave empty (null); one typed wrongly is a problem at its field. */
    private static LocalDate date(List<org.redress.platform.FieldProblem> problems, String field, DateInput input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String problem = input.problem();
        if (problem != null) {
            problems.add(new org.redress.platform.FieldProblem(field, problem));
            return null;
        }
        return input.toDate();
    }

    private static <E extends Enum<E>> E parse(List<org.redress.platform.FieldProblem> problems, String field,
            Class<E> type, String key) {
        try {
            return Keys.parse(type, key);
        } catch (IllegalArgumentException e) {
            problems.add(new org.redress.platform.FieldProblem(field, "Select one of the choices"));
            return null;
        }
    }

    private static <E extends Enum<E>> E parseOrNull(Class<E> type, String key) {
        try {
            return Keys.parse(type, key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
