package org.redress.ombudsman;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.redress.organisation.AuthorityType;

/**
 * Reads the Ombudsman's national annual data CSV and checks every row, collecting every problem with its line and
 * column rather than stopping at the first. Pure: it touches no database.
 */
final class NationalFile {

    static final List<String> REQUIRED = List.of("authority_code", "authority_name", "authority_type", "year",
            "received_total", "incomplete_or_invalid", "advice_given", "referred_back",
            "closed_after_initial_enquiries", "not_upheld", "upheld", "remedied_by_authority", "compliance_outcomes",
            "complied");
    static final String RECEIVED_PREFIX = "received_";
    private static final long MAX_COUNT = 1_000_000;

    private NationalFile() {
    }

    /** The rows of a valid file, in file order; or {@link ImportRejected} listing every problem. */
    static List<NationalFigures> read(String csv) {
        List<ImportRejected.Problem> problems = new ArrayList<>();
        List<NationalFigures> rows = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            throw new ImportRejected(List.of(new ImportRejected.Problem(1, "", "The file is empty: send the header "
                    + "line and one line per authority and year")));
        }
        // Empty lines are kept as records, so a record's number is its line number (fields never span lines here).
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();
        int lastLine = 0;
        try (Reader reader = new StringReader(stripByteOrderMark(csv)); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> columns = null;
            Map<OmbudsmanCategory, Integer> categoryColumns = new EnumMap<>(OmbudsmanCategory.class);
            Map<String, Integer> firstLine = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                lastLine = line;
                if (columns == null) {
                    columns = header(record, categoryColumns, problems);
                    if (!problems.isEmpty()) {
                        throw new ImportRejected(problems);
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != columns.size()) {
                    problems.add(new ImportRejected.Problem(line, "", "The line has " + record.size()
                            + " values where the header has " + columns.size() + " columns"));
                    continue;
                }
                NationalFigures row = row(record, line, columns, categoryColumns, problems);
                if (row != null) {
                    String key = row.authorityCode().toLowerCase() + "/" + row.year();
                    Integer earlier = firstLine.putIfAbsent(key, line);
                    if (earlier != null) {
                        problems.add(new ImportRejected.Problem(line, "authority_code", row.authorityCode()
                                + " already has a line for year " + row.year() + " (line " + earlier + ")"));
                    } else {
                        rows.add(row);
                    }
                }
            }
            if (columns == null) {
                problems.add(new ImportRejected.Problem(1, "", "The file has no header line"));
            } else if (problems.isEmpty() && rows.isEmpty()) {
                problems.add(new ImportRejected.Problem(2, "", "The file has a header but no authorities"));
            }
        } catch (IOException e) {
            problems.add(new ImportRejected.Problem(lastLine + 1, "", "The file could not be read as CSV"));
        } catch (IllegalStateException | UncheckedIOException e) {
            // Commons CSV reports a broken quote (an opening quote never closed) while reading the next record.
            problems.add(new ImportRejected.Problem(lastLine + 1, "", "The line is not valid CSV: a quoted value is never closed"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return rows;
    }

    private static Map<String, Integer> header(CSVRecord record, Map<OmbudsmanCategory, Integer> categoryColumns,
            List<ImportRejected.Problem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).trim().toLowerCase();
            if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportRejected.Problem(1, name, "The column appears twice"));
                continue;
            }
            if (REQUIRED.contains(name) || name.equals("received_total")) {
                continue;
            }
            if (name.startsWith(RECEIVED_PREFIX)) {
                try {
                    categoryColumns.put(OmbudsmanCategory.fromKey(name.substring(RECEIVED_PREFIX.length())), i);
                } catch (IllegalArgumentException e) {
                    problems.add(new ImportRejected.Problem(1, name, "Unknown column: " + e.getMessage()));
                }
            } else {
                problems.add(new ImportRejected.Problem(1, name.isEmpty() ? "column " + (i + 1) : name,
                        "Unknown column; the columns are " + String.join(",", REQUIRED)
                                + " and optionally received_<category>"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new ImportRejected.Problem(1, required, "The column is missing"));
            }
        }
        return columns;
    }

    private static NationalFigures row(CSVRecord record, int line, Map<String, Integer> columns,
            Map<OmbudsmanCategory, Integer> categoryColumns, List<ImportRejected.Problem> problems) {
        int before = problems.size();
        Cells cells = new Cells(record, line, columns, problems);
        String code = cells.text("authority_code", 40);
        String name = cells.text("authority_name", 200);
        AuthorityType type = cells.type();
        Long year = cells.year();
        long received = cells.count("received_total");
        long invalid = cells.count("incomplete_or_invalid");
        long advice = cells.count("advice_given");
        long referred = cells.count("referred_back");
        long closed = cells.count("closed_after_initial_enquiries");
        long notUpheld = cells.count("not_upheld");
        long upheld = cells.count("upheld");
        long remedied = cells.count("remedied_by_authority");
        long outcomes = cells.count("compliance_outcomes");
        long complied = cells.count("complied");
        Map<OmbudsmanCategory, Long> byCategory = new EnumMap<>(OmbudsmanCategory.class);
        categoryColumns.forEach((category, index) -> byCategory.put(category,
                cells.count(RECEIVED_PREFIX + category.key())));
        // Compare counts only where both read, so each problem is reported once, at its own column.
        if (cells.read("remedied_by_authority", "upheld") && remedied > upheld) {
            problems.add(new ImportRejected.Problem(line, "remedied_by_authority",
                    "Remedied by the authority (" + remedied + ") cannot be more than upheld (" + upheld + ")"));
        }
        if (cells.read("complied", "compliance_outcomes") && complied > outcomes) {
            problems.add(new ImportRejected.Problem(line, "complied",
                    "Complied (" + complied + ") cannot be more than compliance outcomes (" + outcomes + ")"));
        }
        long sum = byCategory.values().stream().mapToLong(Long::longValue).sum();
        boolean categoriesRead = cells.read("received_total") && byCategory.keySet().stream()
                .allMatch(c -> cells.read(RECEIVED_PREFIX + c.key()));
        boolean allCategories = byCategory.size() == OmbudsmanCategory.values().length;
        if (categoriesRead && allCategories && sum != received) {
            problems.add(new ImportRejected.Problem(line, "received_total",
                    "Received total (" + received + ") is not the sum of the received_ columns (" + sum + ")"));
        } else if (categoriesRead && !byCategory.isEmpty() && sum > received) {
            problems.add(new ImportRejected.Problem(line, "received_total",
                    "Received total (" + received + ") is less than the sum of the received_ columns (" + sum + ")"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new NationalFigures(code, name, type, year.intValue(), received, invalid, advice, referred, closed,
                notUpheld, upheld, remedied, outcomes, complied, byCategory);
    }

    private static String stripByteOrderMark(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }

    /** One line's values by column name, adding a problem for each that does not read. */
    private record Cells(CSVRecord record, int line, Map<String, Integer> columns,
            List<ImportRejected.Problem> problems) {

        /** Whether none of these columns has a problem on this line. */
        boolean read(String... names) {
            return problems.stream().noneMatch(p -> p.line() == line && java.util.Arrays.asList(names).contains(p.column()));
        }

        String raw(String column) {
            return record.get(columns.get(column)).trim();
        }

        String text(String column, int max) {
            String value = raw(column);
            if (value.isEmpty()) {
                problems.add(new ImportRejected.Problem(line, column, "Enter a value"));
            } else if (value.length() > max) {
                problems.add(new ImportRejected.Problem(line, column, "Must be " + max + " characters or fewer"));
            }
            return value;
        }

        AuthorityType type() {
            String value = raw("authority_type");
            try {
                return AuthorityType.fromKey(value);
            } catch (IllegalArgumentException e) {
                problems.add(new ImportRejected.Problem(line, "authority_type", "'" + value
                        + "' is not an authority type; use county, district, metropolitan_borough, unitary or london_borough"));
                return null;
            }
        }

        Long year() {
            String value = raw("year");
            if (!value.matches("\\d{4}") || Integer.parseInt(value) < 1990 || Integer.parseInt(value) > 2100) {
                problems.add(new ImportRejected.Problem(line, "year", "'" + value
                        + "' is not a year; give the first year of the financial year, like 2019 for 2019/20"));
                return null;
            }
            return Long.parseLong(value);
        }

        long count(String column) {
            String value = raw(column);
            if (!value.matches("\\d{1,7}") || Long.parseLong(value) > MAX_COUNT) {
                problems.add(new ImportRejected.Problem(line, column, value.isEmpty()
                        ? "Enter a whole number (0 if none)"
                        : "'" + value + "' is not a whole number of 0 or more"));
                return 0;
            }
            return Long.parseLong(value);
        }
    }
}
