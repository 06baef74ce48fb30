package org.redress.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackType;
import org.redress.casework.Outcome;

/**
 * The case import CSV (README, "Importing cases and generating test data"): its columns and the checks each line
 * must pass on its own. Lines are read one at a time, so a file of any size is checked in the same memory.
 */
final class CaseCsv {

    static final List<String> COLUMNS = List.of("reference", "type", "channel", "received_on", "directorate",
            "service", "stage", "acknowledged_on", "responded_on", "outcome", "reasons", "delay_reason", "tags");
    static final String HEADER = String.join(",", COLUMNS);
    static final int MAX_PROBLEMS = 1_000;
    static final int MAX_STAGE = 3;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private CaseCsv() {
    }

    /** What a line's codes are checked against: the council's own services, reasons and delay reasons. */
    interface Terms {
        /** The service's id, or null if the council has no such service. Names match ignoring case and spacing. */
        Long serviceId(String directorate, String service);

        boolean isReason(String key);

        boolean isDelayReason(String key);

        /** Whether an unknown directorate or service is to be created rather than refused. */
        boolean createsServices();
    }

    /** A line read: the row if it is sound, else its problems. */
    record Line(long number, CaseRow row, List<ImportProblem> problems) {
        boolean sound() {
            return problems.isEmpty();
        }
    }

    /** Reads a file line by line; a problem with the file as a whole (no header, broken quoting) ends it. */
    static final class Lines implements Iterator<Line>, Closeable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final Terms terms;
        private final LocalDate today;
        private final List<ImportProblem> fileProblems = new ArrayList<>();
        private long nextLine;
        private Line next;
        private boolean any;

        Lines(Reader reader, Terms terms, LocalDate today) {
            this.terms = terms;
            this.today = today;
            CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true)
                    .get();
            try {
                parser = CSVParser.parse(withoutByteOrderMark(reader), format);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            records = parser.iterator();
            readHeader();
        }

        private void readHeader() {
            CSVRecord header = nextRecord();
            if (header == null) {
                if (fileProblems.isEmpty()) {
                    fileProblems.add(new ImportProblem(0, "", "The file is empty; its first line should be the header "
                            + HEADER));
                }
                return;
            }
            List<String> names = header.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
            if (!names.equals(COLUMNS)) {
                fileProblems.add(new ImportProblem(1, "", "The first line should be the header " + HEADER
                        + ", not " + String.join(",", header.toList())));
            }
        }

        /** The next record that is not an empty line, or null at the end or on broken quoting. */
        private CSVRecord nextRecord() {
            while (true) {
                nextLine = parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    CSVRecord record = records.next();
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue;
                    }
                    return record;
                } catch (UncheckedIOException | IllegalStateException e) {
                    fileProblems.add(new ImportProblem(nextLine, "", "The file cannot be read from here on: "
                            + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
                    return null;
                }
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null && fileProblems.isEmpty()) {
                CSVRecord record = nextRecord();
                if (record != null) {
                    any = true;
                    next = parse(nextLine, record, terms, today);
                } else if (!any && fileProblems.isEmpty()) {
                    fileProblems.add(new ImportProblem(0, "", "The file has a header but no cases below it"));
                }
            }
            return next != null;
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Line line = next;
            next = null;
            return line;
        }

        /** Problems with the file as a whole, known once {@link #hasNext()} has answered false. */
        List<ImportProblem> fileProblems() {
            return fileProblems;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** Checks one record on its own: its values, its codes against the council's, and its dates against each other. */
    static Line parse(long number, CSVRecord record, Terms terms, LocalDate today) {
        List<ImportProblem> problems = new ArrayList<>();
        if (record.size() != COLUMNS.size()) {
            problems.add(new ImportProblem(number, "", "Has " + record.size() + " values; a line has "
                    + COLUMNS.size() + ": " + HEADER));
            return new Line(number, null, problems);
        }
        Values v = new Values(number, record, problems);
        String reference = v.text("reference");
        if (reference != null && reference.length() > 40) {
            v.problem("reference", "must be 40 characters or fewer");
        }
        FeedbackType type = v.term("type", FeedbackType::fromKey);
        Channel channel = v.term("channel", Channel::fromKey);
        LocalDate receivedOn = v.date("received_on");
        if (receivedOn == null && v.text("received_on") == null) {
            v.problem("received_on", "is empty; give the date the feedback was received");
        } else if (receivedOn != null && (receivedOn.isBefore(EARLIEST) || receivedOn.isAfter(today))) {
            v.problem("received_on", v.raw("received_on") + " is not between 1990 and today");
        }
        String directorate = v.text("directorate");
        String service = v.text("service");
        Long serviceId = null;
        if (service == null) {
            v.problem("service", "is empty; give the service the feedback is about");
        } else {
            serviceId = terms.serviceId(directorate, service);
            if (serviceId == null && !terms.createsServices()) {
                v.problem("service", "'" + service + "'" + (directorate == null ? "" : " in '" + directorate + "'")
                        + " is not one of the council's services (add it first, or import with createServices)");
            } else if (serviceId == null && (directorate == null || directorate.length() > 200
                    || service.length() > 200)) {
                v.problem(directorate == null ? "directorate" : "service",
                        "a new service needs its directorate, each name 200 characters or fewer");
            }
        }
        int stage = 0;
        String stageText = v.text("stage");
        if (stageText == null || stageText.length() != 1 || stageText.charAt(0) < '1'
                || stageText.charAt(0) - '0' > MAX_STAGE) {
            v.problem("stage", (stageText == null ? "is empty" : "'" + stageText + "' is not a stage")
                    + "; give 1, or 2 or 3 for a later stage of a complaint");
        } else {
            stage = Integer.parseInt(stageText);
            if (stage > 1 && reference == null) {
                v.problem("reference", "is empty; a stage " + stage + " line repeats the reference of its stage 1");
            }
        }
        LocalDate acknowledgedOn = v.date("acknowledged_on");
        LocalDate respondedOn = v.date("responded_on");
        v.notBefore("acknowledged_on", acknowledgedOn, receivedOn, today);
        v.notBefore("responded_on", respondedOn, receivedOn, today);
        // Which stages, responses, outcomes and delay reasons a case of this type may have is the lifecycle's rule:
        // the import's check of the whole case asks it, once, and puts what it finds on this line and column.
        Outcome outcome = v.term("outcome", Outcome::fromKey);
        List<String> reasons = v.list("reasons");
        for (String key : reasons) {
            if (!terms.isReason(key)) {
                v.problem("reasons", "'" + key + "' is not one of the council's complaint reasons");
            }
        }
        String delayReason = v.text("delay_reason");
        if (delayReason != null) {
            if (!terms.isDelayReason(delayReason)) {
                v.problem("delay_reason", "'" + delayReason + "' is not one of the council's delay reasons");
            }
        }
        List<String> tags = v.list("tags");
        for (String tag : tags) {
            if (tag.length() > 100) {
                v.problem("tags", "'" + tag.substring(0, 20) + "...' is longer than 100 characters");
            }
        }
        if (!problems.isEmpty()) {
            return new Line(number, null, problems);
        }
        return new Line(number, new CaseRow(number, reference == null ? null : reference.toUpperCase(Locale.ROOT),
                type, channel, receivedOn, directorate, service, serviceId, stage, acknowledgedOn, respondedOn, outcome,
                reasons, delayReason == null ? null : delayReason.toLowerCase(Locale.ROOT), tags), problems);
    }

    /** The lower_snake_case key a name matches by: "Children's Services" and "childrens_services" alike. */
    static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replace("'", "").replace("&", "and")
                .replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** One record's values by column name, collecting problems as they are read. */
    private record Values(long line, CSVRecord record, List<ImportProblem> problems) {

        String raw(String column) {
            return record.get(COLUMNS.indexOf(column)).strip();
        }

        String text(String column) {
            String value = raw(column);
            return value.isEmpty() ? null : value;
        }

        void problem(String column, String message) {
            problems.add(new ImportProblem(line, column, message));
        }

        <T> T term(String column, Function<String, T> parse) {
            String value = text(column);
            if (value == null) {
                if (!column.equals("outcome")) {
                    problem(column, "is empty");
                }
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            for (DateTimeFormatter format : List.of(ISO, UK)) {
                try {
                    return LocalDate.parse(value, format);
                } catch (DateTimeParseException e) {
                    // try the other form
                }
            }
            problem(column, value + " is not a date (write dates as 2020-02-29 or 29/02/2020)");
            return null;
        }

        void notBefore(String column, LocalDate date, LocalDate earliest, LocalDate today) {
            if (date != null && earliest != null && date.isBefore(earliest)) {
                problem(column, date + " is before the received date " + earliest);
            } else if (date != null && date.isAfter(today)) {
                problem(column, date + " is after today");
            }
        }

        List<String> list(String column) {
            String value = text(column);
            if (value == null) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : value.split(";")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return items;
        }
    }
}
