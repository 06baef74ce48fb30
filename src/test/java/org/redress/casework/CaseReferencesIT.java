package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.casework.history.CaseRows;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Imported cases keep their references, and a case logged afterwards never gets one of them. */
@SpringBootTest
class CaseReferencesIT {

    @Autowired Casework casework;
    @Autowired HistoricCases imports;
    @Autowired ObjectProvider<TestCouncil> councils;
    @Autowired TestCouncil council;

    @Test
    void aCaseLoggedAfterAnImportSkipsTheReferencesTheImportKept() {
        long last = number(logComplaint(council).reference());
        List<String> imported = new ArrayList<>();
        for (long n = last + 1; n <= last + 30; n++) {
            imported.add(CaseRows.reference(n));
        }
        imports.load(council.authority.id(), "Data migration",
                imported.stream().map(reference -> compliment(council, reference)).toList());

        String next = logComplaint(council).reference();
        String afterThat = logComplaint(council).reference();

        assertThat(imported).doesNotContain(next, afterThat);
        assertThat(number(next)).isGreaterThan(last + 30);
        assertThat(number(afterThat)).isGreaterThan(number(next));
    }

    @Test
    void aCaseLoggedInAnotherCouncilSkipsThemToo() {
        TestCouncil importing = councils.getObject();
        TestCouncil other = councils.getObject();
        long last = number(logComplaint(other).reference());
        String taken = CaseRows.reference(last + 1);
        imports.load(importing.authority.id(), "Data migration", List.of(compliment(importing, taken)));

        assertThat(logComplaint(other).reference()).isNotEqualTo(taken);
    }

    private FeedbackCase logComplaint(TestCouncil council) {
        return casework.log(council.feedbackTeam, new NewCase(FeedbackType.COMPLAINT, Channel.PHONE,
                LocalDate.of(2021, 3, 1), council.highways.id(), null, "Pothole on Mill Lane", null, null, null, null,
                List.of(), List.of(), null));
    }

    private static HistoricCase compliment(TestCouncil council, String reference) {
        LocalDate on = LocalDate.of(2019, 6, 3);
        HistoricStage only = new HistoricStage(1, null, on.plusDays(3), on.plusDays(2), on.plusDays(28), null, 0,
                null, null, null, null, null);
        return new HistoricCase(reference, FeedbackType.COMPLIMENT, Channel.ONLINE, CaseStatus.CLOSED, on, null,
                council.highways.id(), "corporate", "Thanks to the road crew", null, List.of(), List.of(), null,
                on.plusDays(2), List.of(only), List.of(), List.of());
    }

    private static long number(String reference) {
        return Long.parseLong(reference.substring(2));
    }
}
