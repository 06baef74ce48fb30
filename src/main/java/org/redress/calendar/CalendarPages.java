package org.redress.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.redress.organisation.Authorities;
import org.redress.organisation.BankHolidayRegion;
import org.redress.organisation.StaffUser;
import org.redress.platform.Forms;
import org.redress.platform.DateInput;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Administrators' page for the council's own days: closures, and bank holidays it works. */
@Controller
@RequestMapping("/staff/admin/calendar")
class CalendarPages {

    static final String CLOSED = "closed";
    static final String WORKED = "worked";

    /** What the add-a-day form sends; kept as typed so a mistake is shown back as it was. */
    public static class DayForm {
        private String kind = CLOSED;
        private DateInput date = new DateInput();
        private String description;

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public DateInput getDate() { return date; }
        public void setDate(DateInput date) { this.date = date; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    private final Calendars calendars;
    private final Authorities authorities;
    private final MessageSource messages;

    CalendarPages(Calendars calendars, Authorities authorities, MessageSource messages) {
        this.calendars = calendars;
        this.authorities = authorities;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("dayForm", new DayForm());
        return page(user, model);
    }

    @PostMapping("/days")
    String add(@AuthenticationPrincipal StaffUser user, @ModelAttribute("dayForm") DayForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!CLOSED.equals(form.getKind()) && !WORKED.equals(form.getKind())) {
            errors.rejectValue("kind", "required", text("calendar.add.kind.missing"));
        } else {
            try {
                LocalDate date = form.getDate().toDate();
                if (CLOSED.equals(form.getKind())) {
                    calendars.addClosureDay(user.authorityId(), date, form.getDescription());
                } else {
                    calendars.workBankHoliday(user.authorityId(), date, form.getDescription());
                }
            } catch (InvalidInput e) {
                for (FieldProblem problem : e.problems()) {
                    // The date boxes know better than "Enter the date" what is wrong with what was typed.
                    String message = problem.field().equals("date") && form.getDate().problem() != null
                            ? form.getDate().problem() : problem.message();
                    Forms.reject(errors, problem.field(), message);
                }
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(user, model);
        }
        redirect.addFlashAttribute("saved", text("calendar.added." + form.getKind(),
                Calendars.LONG_DATE.format(form.getDate().toDate())));
        return "redirect:/staff/admin/calendar";
    }

    @PostMapping("/days/remove")
    String remove(@AuthenticationPrincipal StaffUser user,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestParam String kind,
            RedirectAttributes redirect) {
        if (WORKED.equals(kind)) {
            calendars.removeWorkedBankHoliday(user.authorityId(), date);
        } else {
            calendars.removeClosureDay(user.authorityId(), date);
        }
        redirect.addFlashAttribute("saved", text("calendar.removed", Calendars.LONG_DATE.format(date)));
        return "redirect:/staff/admin/calendar";
    }

    private String page(StaffUser user, Model model) {
        BankHolidayRegion region = authorities.get(user.authorityId()).region();
        int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put(CLOSED, text("calendar.add.kind.closed"));
        kinds.put(WORKED, text("calendar.add.kind.worked"));
        model.addAttribute("kinds", kinds);
        model.addAttribute("region", region.label());
        model.addAttribute("closureDays", calendars.closureDays(user.authorityId()));
        model.addAttribute("workedBankHolidays", calendars.workedBankHolidays(user.authorityId()));
        // Keyed by the year as text, so a message does not print it as "2,026".
        Map<String, List<BankHoliday>> holidays = new LinkedHashMap<>();
        holidays.put(String.valueOf(year), calendars.bankHolidays(region, year));
        holidays.put(String.valueOf(year + 1), calendars.bankHolidays(region, year + 1));
        model.addAttribute("bankHolidays", holidays);
        return "calendar/index";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
