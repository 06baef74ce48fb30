package org.redress.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.RedressApplication;
import org.redress.TestCouncil;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffAccounts;
import org.redress.procedure.Procedures;
import org.redress.procedure.StageClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports on a real database: generated files of thousands of cases, all or nothing. */
@SpringBootTest
class CaseImportsIT {

    @Autowired CaseImports imports;
    @Autowired Authorities authorities;
    @Autowired CouncilStructure structure;
    @Autowired StaffAccounts staff;
    @Autowired Procedures procedures;
    @Autowired JdbcClient db;
    @TempDir Path dir;

    TestCouncil council;

    @BeforeEach
    void aCouncil() {
        council = TestCouncil.create(authorities, structure, staff);
    }

    Path generated(int casesPerYear, int years, long seed) throws IOException {
        Path file = dir.resolve("cases-" + casesPerYear + "-" + seed + ".csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            CaseGenerator.write(out, new CaseGenerator.Volume(years, 2018, casesPerYear, seed), 1);
        }
        return file;
    }

    long count(String table) {
        return db.sql("select count(*) from " + table + " where authority_id = ?").param(council.authority.id())
                .query(Long.class).single();
    }

    long dataLines(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.count() - 1;
        }
    }

    @Test
    void importsAGeneratedFileOfTwentyThousandLinesCreatingItsServices() throws IOException {
        Path file = generated(10_000, 2, 42);
        long lines = dataLines(file);

        CaseImports.Summary summary = imports.importFile(council.authority.id(), file, true, "Test import",
                ImportProgress.NONE);

        assertThat(lines).isGreaterThan(20_000);
        assertThat(summary.lines()).isEqualTo(lines);
        assertThat(count("feedback_case")).isEqualTo(20_000).isEqualTo(summary.cases());
        assertThat(count("case_stage")).isEqualTo(lines).isEqualTo(summary.stages());
        assertThat(summary.servicesCreated()).isEqualTo(16);
        assertThat(count("case_event")).isEqualTo(20_000);
    }

    @Test
    void aBadLineAtTheEndImportsNothing() throws IOException {
        Path file = generated(2_000, 1, 7);
        long lines = dataLines(file);
        Files.writeString(file, "X1,complaint,email,2019-02-29,Somewhere,Highways,1,,,,,,\n", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> imports.importFile(council.authority.id(), file, true, "Test import",
                ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(lines + 2);
                            assertThat(p.column()).isEqualTo("received_on");
                            assertThat(p.describe()).contains("2019-02-29 is not a date");
                        }));
        assertThat(count("feedback_case")).isZero();
        assertThat(count("service")).isEqualTo(2);
    }

    @Test
    void refusesAFileWhoseReferencesAreAlreadyInUse() throws IOException {
        Path file = generated(1_500, 1, 3);
        imports.importFile(council.authority.id(), file, true, "Test import", ImportProgress.NONE);

        assertThatThrownBy(() -> imports.importFile(council.authority.id(), file, true, "Test import",
                ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.total()).isEqualTo(1_500);
                    assertThat(e.problems()).hasSize(1_000);
                    assertThat(e.moreProblems()).isEqualTo(500);
                    assertThat(e.problems().get(0).line()).isEqualTo(2);
                    assertThat(e.problems().get(0).message()).contains("already the reference");
                });
        assertThat(count("feedback_case")).isEqualTo(1_500);
    }

    @Test
    void countsDueDatesOnTheCouncilsCalendarAsForACaseLoggedToday() throws IOException {
        Path file = dir.resolve("one.csv");
        Files.writeString(file, CaseCsv.HEADER + "\n"
                + "OLD-1,complaint,letter,23/12/2020,\"Growth, Environment and Transport\",Highways,1,2020-12-24,"
                + "2021-02-01,partly_upheld,staff_conduct,workload,Covid\n"
                + "OLD-1,complaint,letter,2021-02-10,\"Growth, Environment and Transport\",Highways,2,,,,,,\n");
        String procedure = procedures.procedureFor(council.authority.id(), council.highways.id());
        StageClock stage1 = procedures.startStage(council.authority.id(), procedure, 1, LocalDate.of(2020, 12, 23));

        imports.importFile(council.authority.id(), file, false, "Test import", ImportProgress.NONE);

        assertThat(db.sql("""
                select s.response_due from case_stage s join feedback_case c on c.id = s.case_id
                where c.authority_id = ? and c.reference = 'OLD-1' and s.stage_number = 1""")
                .param(council.authority.id()).query(LocalDate.class).single()).isEqualTo(stage1.responseDue());
        assertThat(db.sql("select status || ' ' || current_stage from feedback_case where authority_id = ?")
                .param(council.authority.id()).query(String.class).single()).isEqualTo("received 2");
    }

    @Test
    void refusesALateDelayReasonOnATimelyResponseAndAStageWithoutItsFirst() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, CaseCsv.HEADER + "\n"
                + "OLD-2,complaint,letter,2021-03-01,,Highways,1,2021-03-02,2021-03-05,upheld,,workload,\n"
                + "OLD-3,complaint,letter,2021-03-10,,Highways,2,,,,,,\n");

        assertThatThrownBy(() -> imports.importFile(council.authority.id(), file, false, "Test import",
                ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::describe)
                        .containsExactlyInAnyOrder(
                                "line 2, column delay_reason: must be empty: the response on 2021-03-05 was not late"
                                        + " (due " + procedures.startStage(council.authority.id(),
                                        procedures.defaultProcedure(council.authority.id()), 1,
                                        LocalDate.of(2021, 3, 1)).responseDue() + ")",
                                "line 3, column reference: no stage 1 line has the reference OLD-3"));
        assertThat(count("feedback_case")).isZero();
    }

    @Test
    void theCommandLineImportsAFileAndExitsWithZero() throws IOException {
        Path file = generated(500, 1, 11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Commands.run(new String[] {"import", "cases", file.toString(), "--authority",
                council.authority.code(), "--create-services"}, RedressApplication.class,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Importing", "Imported 500 cases")
                .containsPattern("in [0-9.]+ s \\(checked in [0-9.]+ s, written in [0-9.]+ s\\): [0-9,]+ lines a second")
                .containsPattern("The application started in [0-9.]+ s, before the import");
        assertThat(count("feedback_case")).isEqualTo(500);
    }

    @Test
    void theCommandLineListsTheProblemsOnStandardErrorAndExitsNonZero() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, CaseCsv.HEADER + "\nOLD-4,grumble,letter,2021-03-01,,Highways,1,,,,,,\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Commands.run(new String[] {"import", "cases", file.toString(), "--authority",
                council.authority.code()}, RedressApplication.class, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Nothing was imported",
                "line 2, column type: 'grumble' is not a type of feedback");
        assertThat(count("feedback_case")).isZero();
    }
}
