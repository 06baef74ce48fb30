package org.redress.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CaseGeneratorTest {

    static String generate(int years, int firstYear, int perYear, long seed, int authority) throws IOException {
        StringWriter out = new StringWriter();
        CaseGenerator.write(out, new CaseGenerator.Volume(years, firstYear, perYear, seed), authority);
        return out.toString();
    }

    @Test
    void writesTheSameFileForTheSameArguments() throws IOException {
        assertThat(generate(2, 2018, 2_000, 9, 1)).isEqualTo(generate(2, 2018, 2_000, 9, 1));
    }

    @ParameterizedTest(name = "seed {0} authority {1} differs from seed 9 authority 1")
    @CsvSource({"10, 1", "9, 2"})
    void writesADifferentFileForAnotherSeedOrAuthority(long seed, int authority) throws IOException {
        assertThat(generate(1, 2018, 500, seed, authority)).isNotEqualTo(generate(1, 2018, 500, 9, 1));
    }

    @Test
    void everyLineItWritesPassesTheLineChecks() throws IOException {
        String csv = generate(3, 2018, 3_000, 4, 1);
        List<ImportProblem> problems = new ArrayList<>();
        List<CaseCsv.Line> lines = new ArrayList<>();
        CaseCsv.Terms anyService = new CaseCsv.Terms() {
            @Override public Long serviceId(String directorate, String service) { return 1L; }
            @Override public boolean isReason(String key) { return true; }
            @Override public boolean isDelayReason(String key) { return true; }
            @Override public boolean createsServices() { return false; }
        };
        try (CaseCsv.Lines reader = new CaseCsv.Lines(new StringReader(csv), anyService, LocalDate.of(2026, 1, 1))) {
            reader.forEachRemaining(line -> {
                lines.add(line);
                problems.addAll(line.problems());
            });
            problems.addAll(reader.fileProblems());
        }

        assertThat(problems).isEmpty();
        assertThat(lines.stream().filter(l -> l.row().stage() == 1)).hasSize(9_000);
        assertThat(lines.stream().filter(l -> l.row().stage() == 2)).isNotEmpty();
        assertThat(lines).allSatisfy(l -> assertThat(l.row().receivedOn()).isBefore(LocalDate.of(2021, 4, 1)));
    }

    @Test
    void numbersTheFilesOfSeveralAuthorities() {
        assertThat(Commands.numbered(Path.of("out", "cases.csv"), 3)).isEqualTo(Path.of("out", "cases-03.csv"));
    }
}
