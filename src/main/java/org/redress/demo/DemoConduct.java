package org.redress.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.redress.conduct.ConductHistory.PastComplaint;
import org.redress.conduct.ConductOutcome;

/**
 * Three years of the demo council's member code-of-conduct complaints, so that table 16 of its annual report shows
 * the seed report's figures: 12, 8 and 8 concluded in 2018/19, 2019/20 and 2020/21, every one without action
 * (no action, resolved upon receipt or dismissed by the Monitoring Officer). Councillors and complainants are made
 * up, and named so that nobody could take them for real people.
 */
final class DemoConduct {

    private static final List<ConductOutcome> OUTCOMES = List.of(ConductOutcome.NO_ACTION,
            ConductOutcome.RESOLVED_UPON_RECEIPT, ConductOutcome.DISMISSED);
    private static final List<String> COUNCILLORS = List.of("Councillor Ada Placeholder (fictional)",
            "Councillor Ben Sample (fictional)", "Councillor Cleo Invented (fictional)",
            "Councillor Dev Madeup (fictional)", "Councillor Edna Notreal (fictional)",
            "Councillor Finn Example (fictional)");
    private static final List<String> COMPLAINANTS = List.of("A member of the public", "A resident of the division",
            "Another councillor", "A parish clerk", "A local business owner", "A council officer");
    private static final List<String> ALLEGATIONS = List.of(
            "Said to have been disrespectful to a resident at a public meeting.",
            "Said to have posted offensive comments about a community group on social media.",
            "Said not to have declared an interest before speaking on a planning application.",
            "Said to have disclosed information given in confidence at a committee.",
            "Said to have used their position to seek advantage for a relative.",
            "Said to have bullied an officer in an email exchange.",
            "Said not to have replied to a constituent's letters for several months.");

    private final Random random = new Random(DemoHistory.SEED + 3);

    List<PastComplaint> generate() {
        List<PastComplaint> complaints = new ArrayList<>();
        for (int year = 0; year < SeedFigures.YEARS; year++) {
            LocalDate start = SeedFigures.yearStart(year);
            int days = (int) ChronoUnit.DAYS.between(start, SeedFigures.yearEnd(year));
            for (int i = 0; i < SeedFigures.CONDUCT_COMPLAINTS[year]; i++) {
                // decided in the year, received up to six weeks before (so some arrived the year before)
                LocalDate decided = start.plusDays(random.nextInt(days + 1));
                LocalDate received = decided.minusDays(3 + random.nextInt(40));
                ConductOutcome outcome = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
                String reference = String.format("MO/%02d/%03d", (SeedFigures.FIRST_YEAR + year) % 100, i + 1);
                complaints.add(new PastComplaint(reference, received, pick(COUNCILLORS), pick(COMPLAINANTS),
                        pick(ALLEGATIONS), decided, outcome, decided));
            }
        }
        return complaints;
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
