package org.redress.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.casework.FeedbackType;
import org.redress.casework.Outcome;

class CaseCsvTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String GOOD = "FB1,complaint,email,2020-04-01,\"Growth, Environment and Transport\",Highways,1,"
            + "2020-04-02,2020-04-20,upheld,issues_with_service/delay_in_doing_something;staff_conduct,,pothole";

    record Council(boolean createsServices) implements CaseCsv.Terms {
        @Override
        public Long serviceId(String directorate, String service) {
            boolean highways = CaseCsv.key(service).equals("highways");
            return highways && (directorate == null
                    || CaseCsv.key(directorate).equals("growth_environment_and_transport")) ? 7L : null;
        }

        @Override
        public boolean isReason(String key) {
            return Set.of("staff_conduct", "issues_with_service/delay_in_doing_something").contains(key);
        }

        @Override
        public boolean isDelayReason(String key) {
            return key.equals("workload");
        }
    }

    static List<CaseCsv.Line> read(String csv, boolean createsServices, List<ImportProblem> fileProblems)
            throws IOException {
        List<CaseCsv.Line> lines = new ArrayList<>();
        try (CaseCsv.Lines reader = new CaseCsv.Lines(new StringReader(csv), new Council(createsServices), TODAY)) {
            reader.forEachRemaining(lines::add);
            fileProblems.addAll(reader.fileProblems());
        }
        return lines;
    }

    static List<ImportProblem> problemsOf(String line) throws IOException {
        List<ImportProblem> all = new ArrayList<>();
        read(CaseCsv.HEADER + "\n" + line + "\n", false, all).forEach(l -> all.addAll(l.problems()));
        return all;
    }

    @Test
    void readsASoundLineIntoARow() throws IOException {
        List<ImportProblem> fileProblems = new ArrayList<>();
        List<CaseCsv.Line> lines = read(CaseCsv.HEADER + "\n" + GOOD + "\n", false, fileProblems);

        assertThat(fileProblems).isEmpty();
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.problems()).isEmpty();
            CaseRow row = line.row();
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.type()).isEqualTo(FeedbackType.COMPLAINT);
            assertThat(row.serviceId()).isEqualTo(7L);
            assertThat(row.outcome()).isEqualTo(Outcome.UPHELD);
            assertThat(row.reasons()).containsExactly("issues_with_service/delay_in_doing_something", "staff_conduct");
            assertThat(row.tags()).containsExactly("pothole");
        });
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("an impossible date", GOOD.replace("2020-04-01", "31/02/2020"), "received_on",
                        "31/02/2020 is not a date"),
                Arguments.of("29 February in a year that is not a leap year",
                        GOOD.replace("2020-04-01", "2019-02-29"), "received_on", "2019-02-29 is not a date"),
                Arguments.of("a date in the future", GOOD.replace("2020-04-01", "2027-01-04")
                        .replace("2020-04-02", "").replace("2020-04-20", "").replace("upheld", ""),
                        "received_on", "is not between 1990 and today"),
                Arguments.of("a response before receipt", GOOD.replace("2020-04-20", "2020-03-20"), "responded_on",
                        "before the received date"),
                Arguments.of("an unknown service", GOOD.replace("Highways", "Parks"), "service",
                        "'Parks' in 'Growth, Environment and Transport' is not one of the council's services"),
                Arguments.of("an unknown type", GOOD.replace("complaint", "grumble"), "type",
                        "'grumble' is not a type of feedback"),
                Arguments.of("an unknown channel", GOOD.replace("email", "pigeon"), "channel", "'pigeon' is not"),
                Arguments.of("an unknown reason", GOOD.replace("staff_conduct", "rudeness"), "reasons",
                        "'rudeness' is not one of the council's complaint reasons"),
                Arguments.of("an unknown delay reason", GOOD.replace(",,pothole", ",holidays,pothole"), "delay_reason",
                        "'holidays' is not one of the council's delay reasons"),
                Arguments.of("a stage that is not a number", GOOD.replace(",1,", ",two,"), "stage", "'two' is not a stage"),
                Arguments.of("a second stage with no reference", GOOD.replace("FB1", "").replace(",1,", ",2,"),
                        "reference", "repeats the reference of its stage 1"),
                Arguments.of("too few columns", "FB1,complaint,email", "", "Has 3 values; a line has 13"),
                Arguments.of("too many columns", GOOD + ",extra", "", "Has 14 values"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void namesTheColumnOfEachProblem(String what, String line, String column, String message) throws IOException {
        List<ImportProblem> problems = problemsOf(line);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void acceptsAnUnknownServiceWhenServicesAreCreated() throws IOException {
        List<ImportProblem> fileProblems = new ArrayList<>();
        List<CaseCsv.Line> lines = read(CaseCsv.HEADER + "\n" + GOOD.replace("Highways", "Parks") + "\n", true,
                fileProblems);

        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.problems()).isEmpty();
            assertThat(l.row().serviceId()).isNull();
            assertThat(l.row().service()).isEqualTo("Parks");
        });
    }

    @Test
    void skipsAByteOrderMarkBeforeTheHeader() throws IOException {
        List<ImportProblem> fileProblems = new ArrayList<>();
        List<CaseCsv.Line> lines = read("\uFEFF" + CaseCsv.HEADER + "\r\n" + GOOD + "\r\n", false, fileProblems);

        assertThat(fileProblems).isEmpty();
        assertThat(lines).singleElement().satisfies(l -> assertThat(l.problems()).isEmpty());
    }

    @Test
    void countsLinesInsideQuotedValuesSoLaterLinesKeepTheirNumbers() throws IOException {
        String quotedNewline = GOOD.replace(",pothole", ",\"pothole\nand kerb\"");
        List<ImportProblem> fileProblems = new ArrayList<>();
        List<CaseCsv.Line> lines = read(CaseCsv.HEADER + "\n" + quotedNewline + "\n\n"
                + GOOD.replace("2020-04-01", "2020-13-01") + "\n", false, fileProblems);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).row().tags()).containsExactly("pothole\nand kerb");
        assertThat(lines.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo("received_on");
        });
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        List<ImportProblem> fileProblems = new ArrayList<>();
        assertThat(read("", false, fileProblems)).isEmpty();
        assertThat(fileProblems).singleElement().satisfies(p -> assertThat(p.message()).contains("The file is empty"));
    }

    @Test
    void refusesAFileWithOnlyTheHeader() throws IOException {
        List<ImportProblem> fileProblems = new ArrayList<>();
        assertThat(read(CaseCsv.HEADER + "\n", false, fileProblems)).isEmpty();
        assertThat(fileProblems).singleElement().satisfies(p -> assertThat(p.message()).contains("no cases"));
    }

    @Test
    void refusesAFileWithTheWrongHeader() throws IOException {
        List<ImportProblem> fileProblems = new ArrayList<>();
        read("ref,kind\n" + GOOD + "\n", false, fileProblems);
        assertThat(fileProblems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("The first line should be the header");
        });
    }

    @Test
    void reportsBrokenQuotingByLine() throws IOException {
        List<ImportProblem> fileProblems = new ArrayList<>();
        read(CaseCsv.HEADER + "\n" + GOOD + "\n" + GOOD.replace(",pothole", ",\"pothole\"x") + "\n", false,
                fileProblems);
        assertThat(fileProblems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("cannot be read");
        });
    }

    @Test
    void matchesNamesByTheirLowerSnakeCaseKey() {
        assertThat(CaseCsv.key("Specialist Children's Services/Children's Social Work Services"))
                .isEqualTo("specialist_childrens_services_childrens_social_work_services");
        assertThat(CaseCsv.key("Community Learning & Skills")).isEqualTo("community_learning_and_skills");
        assertThat(CaseCsv.key("community_learning_and_skills")).isEqualTo("community_learning_and_skills");
    }
}
