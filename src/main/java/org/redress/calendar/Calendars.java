package org.redress.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.redress.organisation.Authorities;
import org.redress.organisation.BankHolidayRegion;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives each council its working calendar, and keeps the days a council sets for itself: closure days, and bank
 * holidays it works. Both live in {@code council_day}, told apart by {@code kind}.
 */
@Component
public class Calendars {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final String CLOSED = "closed";
    private static final String WORKED = "worked";

    private final JdbcClient db;
    private final Authorities authorities;

    Calendars(JdbcClient db, Authorities authorities) {
        this.db = db;
        this.authorities = authorities;
    }

    /** Read afresh on each call, so a closure day added a moment ago counts in the next due date. */
    public WorkingCalendar forAuthority(long authorityId) {
        BankHolidayRegion region = authorities.get(authorityId).region();
        Map<LocalDate, String> closed = new HashMap<>();
        Map<LocalDate, String> worked = new HashMap<>();
        db.sql("select calendar_date, kind, description from council_day where authority_id = ?")
                .param(authorityId)
                .query(rs -> {
                    LocalDate date = rs.getObject("calendar_date", LocalDate.class);
                    (CLOSED.equals(rs.getString("kind")) ? closed : worked).put(date, rs.getString("description"));
                });
        return new CouncilCalendar(UkBankHolidays.GOV_UK, region, closed, worked);
    }

    /** Weekends and the region's bank holidays only: for anything not tied to one council. */
    public static WorkingCalendar regionCalendar(BankHolidayRegion region) {
        return new CouncilCalendar(UkBankHolidays.GOV_UK, region, Map.of(), Map.of());
    }

    /** The region's bank holidays in a year, in date order, substitute days at the date taken off. */
    public List<BankHoliday> bankHolidays(BankHolidayRegion region, int year) {
        return UkBankHolidays.GOV_UK.of(region, year);
    }

    public List<ClosureDay> closureDays(long authorityId) {
        return days(authorityId, CLOSED).stream().map(d -> new ClosureDay(d.date(), d.description())).toList();
    }

    public List<WorkedBankHoliday> workedBankHolidays(long authorityId) {
        return days(authorityId, WORKED).stream().map(d -> new WorkedBankHoliday(d.date(), d.description())).toList();
    }

    /** Closes the council on a day that would otherwise be worked. */
    @Transactional
    public ClosureDay addClosureDay(long authorityId, LocalDate date, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        String clean = description(description, problems);
        if (date == null) {
            problems.add(new FieldProblem("date", "Enter the date the council is closed"));
        } else {
            // A closure on a day already off would do nothing, and would hide the day if the council later worked it.
            Optional<String> off = regionCalendar(region(authorityId)).nonWorkingReason(date);
            off.ifPresent(reason -> problems.add(new FieldProblem("date",
                    LONG_DATE.format(date) + " is already not a working day (" + reason + ")")));
        }
        insert(authorityId, date, CLOSED, clean, problems);
        return new ClosureDay(date, clean);
    }

    /** Makes one of the region's bank holidays a working day for this council's clocks. */
    @Transactional
    public WorkedBankHoliday workBankHoliday(long authorityId, LocalDate date, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        String clean = description(description, problems);
        if (date == null) {
            problems.add(new FieldProblem("date", "Enter the date of the bank holiday"));
        } else {
            BankHolidayRegion region = region(authorityId);
            if (UkBankHolidays.GOV_UK.on(region, date).isEmpty()) {
                problems.add(new FieldProblem("date",
                        LONG_DATE.format(date) + " is not a bank holiday in " + region.label()));
            }
        }
        insert(authorityId, date, WORKED, clean, problems);
        return new WorkedBankHoliday(date, clean);
    }

    @Transactional
    public void removeClosureDay(long authorityId, LocalDate date) {
        remove(authorityId, date, CLOSED, "Closure day ");
    }

    @Transactional
    public void removeWorkedBankHoliday(long authorityId, LocalDate date) {
        remove(authorityId, date, WORKED, "Worked bank holiday ");
    }

    private record Day(LocalDate date, String description) {
    }

    private List<Day> days(long authorityId, String kind) {
        return db.sql("""
                select calendar_date, description from council_day
                where authority_id = ? and kind = ? order by calendar_date""")
                .params(authorityId, kind)
                .query((rs, n) -> new Day(rs.getObject("calendar_date", LocalDate.class), rs.getString("description")))
                .list();
    }

    private void insert(long authorityId, LocalDate date, String kind, String description, List<FieldProblem> problems) {
        if (date != null && problems.stream().noneMatch(p -> p.field().equals("date")) && exists(authorityId, date)) {
            problems.add(new FieldProblem("date", "The calendar already has an entry for " + LONG_DATE.format(date)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            db.sql("insert into council_day (authority_id, calendar_date, kind, description) values (?, ?, ?, ?)")
                    .params(authorityId, date, kind, description).update();
        } catch (DuplicateKeyException e) {
            // Two administrators adding the same day at once: the second is told, as if it had been there first.
            throw new InvalidInput("date", "The calendar already has an entry for " + LONG_DATE.format(date));
        }
    }

    private boolean exists(long authorityId, LocalDate date) {
        return db.sql("select count(*) from council_day where authority_id = ? and calendar_date = ?")
                .params(authorityId, date).query(Long.class).single() > 0;
    }

    private void remove(long authorityId, LocalDate date, String kind, String what) {
        int rows = db.sql("delete from council_day where authority_id = ? and calendar_date = ? and kind = ?")
                .params(authorityId, date, kind).update();
        if (rows == 0) {
            throw new NotFound(what + date);
        }
    }

    private BankHolidayRegion region(long authorityId) {
        return authorities.get(authorityId).region();
    }

    private static String description(String description, List<FieldProblem> problems) {
        if (description == null || description.isBlank()) {
            problems.add(new FieldProblem("description", "Enter a description"));
            return null;
        }
        if (description.strip().length() > 200) {
            problems.add(new FieldProblem("description", "Description must be 200 characters or fewer"));
        }
        return description.strip();
    }
}
