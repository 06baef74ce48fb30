package org.redress.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.organisation.BankHolidayRegion;

import tools.jackson.databind.json.JsonMapper;

/**
 * Our bank holidays (Jollyday with our corrections) against an extract of GOV.UK's bank-holidays.json for 2020 to
 * 2023, in its own format, so a newer download can be dropped in and the test rerun.
 */
class BankHolidaysMatchGovUkTest {

    record Event(String title, LocalDate date, String notes, boolean bunting) {
    }

    record Division(String division, List<Event> events) {
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "ENGLAND_AND_WALES, 2020", "ENGLAND_AND_WALES, 2021", "ENGLAND_AND_WALES, 2022", "ENGLAND_AND_WALES, 2023",
            "SCOTLAND, 2020", "SCOTLAND, 2021", "SCOTLAND, 2022", "SCOTLAND, 2023",
            "NORTHERN_IRELAND, 2020", "NORTHERN_IRELAND, 2021", "NORTHERN_IRELAND, 2022", "NORTHERN_IRELAND, 2023"})
    void givesTheSameDaysAndSubstitutesAsGovUk(BankHolidayRegion region, int year) throws IOException {
        List<String> govUk = govUk().get(region.key()).events().stream()
                .filter(e -> e.date().getYear() == year)
                .map(e -> e.date() + (e.notes().contains("Substitute") ? " substitute" : ""))
                .toList();

        List<String> ours = UkBankHolidays.GOV_UK.of(region, year).stream()
                .map(h -> h.date() + (h.substitute() ? " substitute" : ""))
                .toList();

        assertThat(ours).containsExactlyElementsOf(govUk);
    }

    /** No correction is needed for 2020 to 2023; this shows one would take effect when GOV.UK differs. */
    @Test
    void appliesACorrectionWhereGovUkDiffers() {
        UkBankHolidays corrected = new UkBankHolidays(List.of(
                UkBankHolidays.Correction.remove(BankHolidayRegion.SCOTLAND, "2020-11-30"),
                UkBankHolidays.Correction.add(BankHolidayRegion.SCOTLAND, "2020-11-27", "Local holiday")));

        assertThat(corrected.on(BankHolidayRegion.SCOTLAND, LocalDate.parse("2020-11-30"))).isEmpty();
        assertThat(corrected.on(BankHolidayRegion.SCOTLAND, LocalDate.parse("2020-11-27")))
                .contains(new BankHoliday(LocalDate.parse("2020-11-27"), "Local holiday", false));
        assertThat(corrected.on(BankHolidayRegion.ENGLAND_AND_WALES, LocalDate.parse("2020-11-27"))).isEmpty();
        assertThat(corrected.of(BankHolidayRegion.SCOTLAND, 2020)).hasSize(9);
    }

    @Test
    void listsEachYearInDateOrderWithGovUkNames() {
        assertThat(UkBankHolidays.GOV_UK.of(BankHolidayRegion.ENGLAND_AND_WALES, 2020)).first()
                .isEqualTo(new BankHoliday(LocalDate.parse("2020-01-01"), "New Year's Day", false));
        assertThat(UkBankHolidays.GOV_UK.of(BankHolidayRegion.ENGLAND_AND_WALES, 2020)).last()
                .isEqualTo(new BankHoliday(LocalDate.parse("2020-12-28"), "Boxing Day", true));
    }

    private static Map<String, Division> govUk() throws IOException {
        try (InputStream in = BankHolidaysMatchGovUkTest.class.getResourceAsStream("/bank-holidays-2020-2023.json")) {
            return JsonMapper.builder().build().readValue(in,
                    new tools.jackson.core.type.TypeReference<Map<String, Division>>() { });
        }
    }
}
