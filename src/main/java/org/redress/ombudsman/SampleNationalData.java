package org.redress.ombudsman;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.redress.organisation.Authority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synthetic national data Redress ships (resources/ombudsman, every authority invented), loaded for a
 * demonstration so that Compare councils and the letters have peers from the first start, with the council's own row
 * for each of its years counted from its own Ombudsman cases. Never over real data: an installation that holds any
 * national data keeps it, and only gains the council's own rows.
 */
@Component
public class SampleNationalData {

    static final String FILE = "/ombudsman/SAMPLE-synthetic-national-annual-data.csv";

    private final NationalData data;
    private final OmbudsmanStatistics statistics;

    SampleNationalData(NationalData data, OmbudsmanStatistics statistics) {
        this.data = data;
        this.statistics = statistics;
    }

    /**
     * Loads the sample (unless the installation holds national data already) and the council's own rows for the
     * sample's years.
     *
     * @return the sample's years, oldest first
     */
    @Transactional
    public List<Integer> loadBeside(Authority council) {
        List<NationalFigures> sample = NationalFile.read(read());
        if (data.years().isEmpty()) {
            data.store(sample);
        }
        List<Integer> years = sample.stream().map(NationalFigures::year).distinct().sorted().toList();
        data.store(years.stream().map(year -> statistics.asNationalRow(council, year)).toList());
        return years;
    }

    private static String read() {
        try (InputStream in = SampleNationalData.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("The sample national data is missing from the application: " + FILE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
