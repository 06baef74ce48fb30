package org.redress.platform;

import java.io.Serial;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * What a person typed into a GOV.UK date input: three boxes, kept as text so a mistake is shown back as typed.
 * {@link #problem()} says what is wrong in the Design System's words; {@link #toDate()} is the date once valid.
 */
public class DateInput implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String day;
    private String month;
    private String year;

    public DateInput() {
    }

    public static DateInput of(LocalDate date) {
        DateInput input = new DateInput();
        if (date != null) {
            input.day = String.valueOf(date.getDayOfMonth());
            input.month = String.valueOf(date.getMonthValue());
            input.year = String.valueOf(date.getYear());
        }
        return input;
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** Null when the parts make a real date; else a message naming what is missing or wrong. */
    public String problem() {
        if (isBlank()) {
            return "Enter a date";
        }
        if (blank(day) || blank(month) || blank(year)) {
            String missing = blank(day) ? "day" : blank(month) ? "month" : "year";
            return "The date must include a " + missing;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (year.trim().length() != 4) {
                return "The year must include 4 numbers";
            }
            LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
            return null;
        } catch (NumberFormatException | DateTimeException e) {
            return "The date must be a real date";
        }
    }

    public LocalDate toDate() {
        return problem() == null
                ? LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()))
                : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
}
