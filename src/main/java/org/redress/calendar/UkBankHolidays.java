package org.redress.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.redress.organisation.BankHolidayRegion;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The UK bank holidays of each region, from Jollyday, corrected where it differs from GOV.UK's list. Jollyday
 * reads its XML on every call, so each region's year is worked out once and kept: only years from
 * {@link #FIRST_YEAR} to {@link #LAST_YEAR}, so the kept years are bounded whatever dates are asked about. Outside
 * them no bank holidays are known, and none are listed.
 */
final class UkBankHolidays {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    /**
     * Where Jollyday and GOV.UK's bank-holidays.json disagree, GOV.UK wins. Checked for 2020 to 2023 in all three
     * regions (BankHolidaysMatchGovUkTest) and no date differed; add a line here when a new one-off day is
     * announced before Jollyday catches up, or when the test finds a difference.
     */
    static final List<Correction> CORRECTIONS = List.of();

    /** The one every council uses: Jollyday plus {@link #CORRECTIONS}. */
    static final UkBankHolidays GOV_UK = new UkBankHolidays(CORRECTIONS);

    /** Jollyday's names where GOV.UK's read differently, so pages use the names people know. */
    private static final Map<String, String> GOV_UK_TITLES = Map.of(
            "Christmas", "Christmas Day",
            "St. Andrew's Day", "St Andrew's Day",
            "Saint Patrick's Day", "St Patrick's Day",
            "Early May Bank Holiday", "Early May bank holiday",
            "Spring Bank Holiday", "Spring bank holiday",
            "Summer Bank Holiday", "Summer bank holiday");

    /**
     * One fix to Jollyday: a day GOV.UK lists that Jollyday lacks ({@code title} set), or a day Jollyday has that
     * GOV.UK does not ({@code title} null).
     */
    record Correction(BankHolidayRegion region, LocalDate date, String title, boolean substitute) {

        static Correction add(BankHolidayRegion region, String date, String title) {
            return new Correction(region, LocalDate.parse(date), title, false);
        }

        static Correction remove(BankHolidayRegion region, String date) {
            return new Correction(region, LocalDate.parse(date), null, false);
        }
    }

    private record Key(BankHolidayRegion region, int year) {
    }

    private final List<Correction> corrections;
    private final Map<Key, Map<LocalDate, BankHoliday>> cache = new ConcurrentHashMap<>();

    UkBankHolidays(List<Correction> corrections) {
        this.corrections = List.copyOf(corrections);
    }

    List<BankHoliday> of(BankHolidayRegion region, int year) {
        return List.copyOf(year(region, year).values());
    }

    Optional<BankHoliday> on(BankHolidayRegion region, LocalDate date) {
        return Optional.ofNullable(year(region, date.getYear()).get(date));
    }

    /** How many region-years are kept: at most three regions times the years known. */
    int yearsKept() {
        return cache.size();
    }

    private Map<LocalDate, BankHoliday> year(BankHolidayRegion region, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Map.of();
        }
        return cache.computeIfAbsent(new Key(region, year), key -> load(key.region(), key.year()));
    }

    private Map<LocalDate, BankHoliday> load(BankHolidayRegion region, int year) {
        List<BankHoliday> days = new ArrayList<>();
        for (Holiday holiday : Jollyday.MANAGER.getHolidays(Year.of(year), jollydayRegion(region))) {
            // getDate() is the day off; getActualDate() the calendar date, which differs for a substitute day.
            boolean substitute = !holiday.getDate().equals(holiday.getActualDate());
            String title = GOV_UK_TITLES.getOrDefault(holiday.getDescription(), holiday.getDescription());
            days.add(new BankHoliday(holiday.getDate(), title, substitute));
        }
        for (Correction fix : corrections) {
            if (fix.region() == region && fix.date().getYear() == year) {
                days.removeIf(day -> day.date().equals(fix.date()));
                if (fix.title() != null) {
                    days.add(new BankHoliday(fix.date(), fix.title(), fix.substitute()));
                }
            }
        }
        return days.stream().sorted(Comparator.comparing(BankHoliday::date))
                .collect(Collectors.toMap(BankHoliday::date, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** England and Wales share one list, so "wls" is never asked for. */
    private static String jollydayRegion(BankHolidayRegion region) {
        return switch (region) {
            case ENGLAND_AND_WALES -> "eng";
            case SCOTLAND -> "sct";
            case NORTHERN_IRELAND -> "nir";
        };
    }

    /** Made on first use: building the manager parses Jollyday's UK file (about half a second). */
    private static final class Jollyday {
        static final HolidayManager MANAGER =
                HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }
}
