package org.redress.conduct;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.platform.FinancialYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The annual report's table 16: conduct complaints the Monitoring Officer concluded, by table 16's row, per
 * financial year. Counted by the date of the final decision, because the seed report counts the complaints the
 * Monitoring Officer "has responded to" in the year (§7.1); a complaint referred for investigation is counted when
 * the investigation concludes, and one still awaiting a decision is not counted.
 */
@Component
public class ConductStatistics {

    private final JdbcClient db;

    ConductStatistics(JdbcClient db) {
        this.db = db;
    }

    /** One year's column of table 16. */
    public record YearCounts(FinancialYear year, Map<Table16Row, Long> byRow) {

        public long count(Table16Row row) {
            return byRow.getOrDefault(row, 0L);
        }

        public long total() {
            return byRow.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Table 16 for these years, in the order given, every row of every year present (zeros included). */
    public List<YearCounts> table16(long authorityId, List<FinancialYear> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        FinancialYear first = years.stream().min(FinancialYear::compareTo).orElseThrow();
        FinancialYear last = years.stream().max(FinancialYear::compareTo).orElseThrow();
        // One aggregation: each concluded complaint's financial year and row, counted in the database.
        String rows = java.util.Arrays.stream(Table16Row.values())
                .map(r -> "coalesce(sum(case when outcome in (" + quoted(r.outcomeKeys()) + ") then 1 else 0 end), 0)")
                .collect(Collectors.joining(", "));
        Map<Integer, long[]> counted = new HashMap<>();
        db.sql("""
                select fy, %s from (
                    select outcome,
                           case when extract(month from concluded_on) >= 4 then extract(year from concluded_on)
                                else extract(year from concluded_on) - 1 end as fy
                    from conduct_complaint
                    where authority_id = ? and concluded_on between ? and ?) concluded
                group by fy""".formatted(rows))
                .params(authorityId, first.start(), last.end())
                .query(rs -> {
                    long[] values = new long[Table16Row.values().length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getLong(i + 2);
                    }
                    counted.put(rs.getInt(1), values);
                });
        return years.stream().map(y -> {
            long[] values = counted.getOrDefault(y.startYear(), new long[Table16Row.values().length]);
            Map<Table16Row, Long> byRow = new EnumMap<>(Table16Row.class);
            for (Table16Row r : Table16Row.values()) {
                byRow.put(r, values[r.ordinal()]);
            }
            return new YearCounts(y, byRow);
        }).toList();
    }

    /** Keys are the enum's own lower-case names, never input, so they are safe to write into the query. */
    private static String quoted(List<String> keys) {
        return keys.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "));
    }
}
