package org.redress.imports;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.redress.casework.DelayReason;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.casework.HistoricCases;
import org.redress.casework.HistoricFinding;
import org.redress.casework.HistoricRecordsRejected;
import org.redress.casework.Taxonomy;
import org.redress.imports.ImportProgress.Phase;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.procedure.ClockStart;
import org.redress.procedure.ProcedureClock;
import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.Procedures;
import org.redress.procedure.StageClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a case CSV into one council, all or nothing, reading the file as a stream so memory stays flat whatever
 * its size. The first read checks every line on its own (its values and terms); a second read puts each case's
 * lines together and has casework's {@link HistoricCases} check the case once, each problem put back on the line
 * and column it came from. Only a file with no problem at all is written, in batches inside one transaction. What
 * only disagrees with Redress's own calendar (a delay reason on a response Redress counts on time) is imported as
 * recorded and reported as a warning. Due dates are counted as for cases logged today: by the service's procedure
 * on the council's working calendar.
 *
 * <p>What is held in memory while reading: the references seen (to refuse repeats) and the lines of later stages
 * (a few in a hundred), never the rows themselves.
 */
@Component
public class CaseImports {

    /** Lines between progress reports and between checks of references against the database. */
    static final int BATCH = 1_000;

    /** The column of the file each field of a case or stage comes from; fields not listed come from none. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("reference", "reference"),
            Map.entry("type", "type"), Map.entry("channel", "channel"), Map.entry("receivedOn", "received_on"),
            Map.entry("directorateId", "directorate"), Map.entry("serviceId", "service"),
            Map.entry("procedureCode", "service"), Map.entry("reasons", "reasons"), Map.entry("tags", "tags"),
            Map.entry("stages", "stage"), Map.entry("number", "stage"), Map.entry("acknowledgedOn", "acknowledged_on"),
            Map.entry("respondedOn", "responded_on"), Map.entry("outcome", "outcome"),
            Map.entry("delayReason", "delay_reason"));

    /**
     * What a checked file holds, and its warnings: the first {@value CaseCsv#MAX_PROBLEMS}, and a count of the rest.
     */
    public record Checked(long lines, long cases, long stages, List<String> newServices, List<ImportProblem> warnings,
            long moreWarnings) {

        public long warningCount() {
            return warnings.size() + moreWarnings;
        }
    }

    /**
     * What an import wrote.
     *
     * @param took the whole import, checking and writing
     * @param checking the first pass, before anything is written
     */
    public record Summary(long lines, int cases, int stages, int reasons, int tags, int events, int servicesCreated,
            Duration took, Duration checking, List<ImportProblem> warnings, long moreWarnings) {

        public long warningCount() {
            return warnings.size() + moreWarnings;
        }
    }

    private final HistoricCases historicCases;
    private final CouncilStructure structure;
    private final Taxonomy taxonomy;
    private final Procedures procedures;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CaseImports(HistoricCases historicCases, CouncilStructure structure, Taxonomy taxonomy, Procedures procedures,
            JdbcClient db, TransactionTemplate transaction, Clock clock) {
        this.historicCases = historicCases;
        this.structure = structure;
        this.taxonomy = taxonomy;
        this.procedures = procedures;
        this.db = db;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Checks every line of the file and writes nothing.
     *
     * @throws ImportRejected with up to {@value CaseCsv#MAX_PROBLEMS} problems, each named by line and column
     */
    public Checked check(long authorityId, Path file, boolean createServices, ImportProgress progress) {
        return new Run(authorityId, file, createServices, progress).check();
    }

    /**
     * Checks the file, then writes all of it in one transaction, or nothing.
     *
     * @param actor who the event "Imported from earlier records" of each case names
     * @throws ImportRejected naming every problem found (up to {@value CaseCsv#MAX_PROBLEMS}); nothing is written
     */
    public Summary importFile(long authorityId, Path file, boolean createServices, String actor,
            ImportProgress progress) {
        long started = System.nanoTime();
        Run run = new Run(authorityId, file, createServices, progress);
        Checked checked = run.check();
        Duration checking = Duration.ofNanos(System.nanoTime() - started);
        Summary summary = transaction.execute(status -> run.write(checked, actor));
        return new Summary(summary.lines(), summary.cases(), summary.stages(), summary.reasons(), summary.tags(),
                summary.events(), summary.servicesCreated(), Duration.ofNanos(System.nanoTime() - started), checking,
                checked.warnings(), checked.moreWarnings());
    }

    /** One import of one file: the council's terms, read once, and what the first pass learnt. */
    private final class Run implements CaseCsv.Terms {
        final long authorityId;
        final Path file;
        final boolean createServices;
        final ImportProgress progress;
        final LocalDate today = LocalDate.now(clock);
        final long totalBytes;
        final Map<String, Long> services = new HashMap<>();
        final Map<String, List<Long>> servicesByName = new HashMap<>();
        final Map<String, String[]> newServices = new LinkedHashMap<>();
        final Set<String> reasonKeys;
        final Set<String> delayReasonKeys;
        final Map<Long, String> serviceProcedures;
        final String defaultProcedure;
        final Map<String, ProcedureClock> clocks = new HashMap<>();
        final Map<String, ProcedurePolicy> policies = new HashMap<>();
        final Map<String, TreeMap<Integer, CaseRow>> laterStages = new HashMap<>();
        final List<ImportProblem> problems = new ArrayList<>();
        long moreProblems;
        final List<ImportProblem> warnings = new ArrayList<>();
        long moreWarnings;
        /** The check of the file's cases, made by the second read; the write goes by it. */
        HistoricCases.Check caseCheck;

        Run(long authorityId, Path file, boolean createServices, ImportProgress progress) {
            this.authorityId = authorityId;
            this.file = file;
            this.createServices = createServices;
            this.progress = progress;
            try {
                totalBytes = Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            readServices();
            reasonKeys = taxonomy.reasonNames(authorityId).keySet();
            delayReasonKeys = taxonomy.delayReasons(authorityId).stream().map(DelayReason::key)
                    .collect(Collectors.toSet());
            serviceProcedures = procedures.serviceProcedures(authorityId);
            defaultProcedure = procedures.defaultProcedure(authorityId);
            procedures.policies(authorityId).forEach(p -> policies.put(p.code(), p));
        }

        void readServices() {
            services.clear();
            servicesByName.clear();
            for (CouncilService s : structure.services(authorityId)) {
                services.put(CaseCsv.key(s.directorateName()) + "|" + CaseCsv.key(s.name()), s.id());
                servicesByName.computeIfAbsent(CaseCsv.key(s.name()), k -> new ArrayList<>()).add(s.id());
            }
        }

        @Override
        public Long serviceId(String directorate, String service) {
            if (directorate == null) {
                List<Long> named = servicesByName.getOrDefault(key(service), List.of());
                return named.size() == 1 ? named.get(0) : null;
            }
            return services.get(serviceKey(directorate, service));
        }

        /** Keys of the names in the file, worked out once each: a file names a few dozen services a million times. */
        final Map<String, String> keys = new HashMap<>();
        final Map<String, Map<String, String>> serviceKeys = new HashMap<>();

        String key(String name) {
            return keys.computeIfAbsent(name == null ? "" : name, CaseCsv::key);
        }

        String serviceKey(String directorate, String service) {
            return serviceKeys.computeIfAbsent(directorate == null ? "" : directorate, d -> new HashMap<>())
                    .computeIfAbsent(service, s -> key(directorate) + "|" + key(s));
        }

        @Override
        public boolean isReason(String key) {
            return reasonKeys.contains(key);
        }

        @Override
        public boolean isDelayReason(String key) {
            return delayReasonKeys.contains(key);
        }

        @Override
        public boolean createsServices() {
            return createServices;
        }

        void problem(ImportProblem problem) {
            if (problems.size() < CaseCsv.MAX_PROBLEMS) {
                problems.add(problem);
            } else {
                moreProblems++;
            }
        }

        void warning(ImportProblem warning) {
            if (warnings.size() < CaseCsv.MAX_PROBLEMS) {
                warnings.add(warning);
            } else {
                moreWarnings++;
            }
        }

        // ---- pass 1: every line on its own, and references; then each case as a whole ---------------------------

        Checked check() {
            Set<String> references = new HashSet<>();
            Map<String, Long> unchecked = new LinkedHashMap<>();
            long lines = 0;
            long cases = 0;
            long stages = 0;
            try (Reading reading = new Reading(Phase.CHECKING)) {
                while (reading.lines.hasNext()) {
                    CaseCsv.Line line = reading.lines.next();
                    lines++;
                    reading.tick(lines);
                    if (!line.sound()) {
                        line.problems().forEach(this::problem);
                        continue;
                    }
                    CaseRow row = line.row();
                    stages++;
                    if (row.serviceId() == null) {
                        newServices.putIfAbsent(serviceKey(row.directorate(), row.service()),
                                new String[] {row.directorate(), row.service()});
                    }
                    if (row.stage() == 1) {
                        cases++;
                        if (row.reference() != null) {
                            if (!references.add(row.reference())) {
                                problem(new ImportProblem(row.line(), "reference", row.reference()
                                        + " is the reference of an earlier stage 1 line"));
                            } else {
                                unchecked.put(row.reference(), row.line());
                                if (unchecked.size() == BATCH) {
                                    checkUnused(unchecked);
                                }
                            }
                        }
                    } else if (laterStages.computeIfAbsent(row.reference(), r -> new TreeMap<>())
                            .putIfAbsent(row.stage(), row) != null) {
                        problem(new ImportProblem(row.line(), "stage", "repeats stage " + row.stage() + " of "
                                + row.reference() + " from an earlier line"));
                    }
                }
                reading.lines.fileProblems().forEach(this::problem);
            }
            checkUnused(unchecked);
            laterStages.forEach((reference, later) -> {
                if (!references.contains(reference)) {
                    later.values().forEach(row -> problem(new ImportProblem(row.line(), "reference",
                            "no stage 1 line has the reference " + reference)));
                }
            });
            if (problems.isEmpty()) {
                caseCheck = historicCases.check(authorityId, createServices);
                forEachCase(this::checkCase, Phase.CHECKING);
            }
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, moreProblems);
            }
            return new Checked(lines, cases, stages,
                    newServices.values().stream().map(n -> n[1] + " (" + n[0] + ")").toList(), List.copyOf(warnings),
                    moreWarnings);
        }

        /** References given must not be those of cases the council has already. */
        void checkUnused(Map<String, Long> unchecked) {
            if (unchecked.isEmpty()) {
                return;
            }
            Set<String> used = historicCases.referencesInUse(authorityId, unchecked.keySet());
            unchecked.forEach((reference, line) -> { // in the file's order
                if (used.contains(reference)) {
                    problem(new ImportProblem(line, "reference",
                            reference + " is already the reference of one of the council's cases"));
                }
            });
            unchecked.clear();
        }

        /**
         * One case, its lines together: casework checks it as a whole (stages in order, each responded to before the
         * next was asked for, its outcome, its delay reason against the due date counted here), once.
         */
        void checkCase(List<CaseRow> stages) {
            boolean counted = true;
            for (CaseRow row : stages) {
                StageDue due = due(stages.get(0), row);
                if (due.problem() != null) {
                    problem(new ImportProblem(row.line(), "stage", due.problem()));
                    counted = false;
                }
            }
            if (!counted) {
                return; // without its due dates the case cannot be put together; the file is refused anyway
            }
            for (HistoricFinding found : caseCheck.next(toCase(stages))) {
                ImportProblem named = onItsLine(found, stages);
                if (found.warning()) {
                    warning(named);
                } else {
                    problem(named);
                }
            }
        }

        /** A finding about a case, put on the line of the stage it is about, in the column its field came from. */
        ImportProblem onItsLine(HistoricFinding found, List<CaseRow> stages) {
            CaseRow row = found.stage() == 0 ? stages.get(0) : stages.get(found.stage() - 1);
            String field = found.field().replaceAll("\\[\\d+]$", "");
            String column = COLUMN_OF_FIELD.getOrDefault(field, "");
            return new ImportProblem(row.line(), column, column.isEmpty() && !found.path().isEmpty()
                    ? found.path() + " " + found.message() : found.message());
        }

        // ---- due dates -----------------------------------------------------------------------------------------

        record StageDue(String procedure, StageClock clock, String problem) {
        }

        record DueKey(String procedure, int stage, LocalDate receivedOn, LocalDate acknowledgedOn) {
        }

        final Map<DueKey, StageDue> dueDates = new HashMap<>();

        String procedureOf(CaseRow first) {
            return first.serviceId() == null ? defaultProcedure
                    : serviceProcedures.getOrDefault(first.serviceId(), defaultProcedure);
        }

        /** Due dates counted once per procedure, stage and dates: counting six months day by day is not free. */
        StageDue due(CaseRow first, CaseRow row) {
            String procedure = procedureOf(first);
            return dueDates.computeIfAbsent(new DueKey(procedure, row.stage(), row.receivedOn(), row.acknowledgedOn()),
                    this::count);
        }

        private StageDue count(DueKey key) {
            ProcedureClock rules = clocks.computeIfAbsent(key.procedure(), code -> procedures.clock(authorityId, code));
            if (!rules.hasStage(key.stage())) {
                return new StageDue(key.procedure(), null, "the procedure " + key.procedure() + " has no stage "
                        + key.stage());
            }
            StageClock start = rules.start(key.stage(), key.receivedOn());
            boolean fromAcknowledgement = policies.get(key.procedure()).stage(key.stage())
                    .map(rule -> rule.responseClockStart() == ClockStart.ACKNOWLEDGEMENT
                            && rule.respondWithinWorkingDays() != null)
                    .orElse(false);
            if (key.acknowledgedOn() != null && fromAcknowledgement) {
                start = new StageClock(start.acknowledgementDue(), rules.responseDueOnAcknowledgement(key.stage(),
                        key.receivedOn(), key.acknowledgedOn()), start.suspendedWorkingDays());
            }
            return new StageDue(key.procedure(), start, null);
        }

        // ---- pass 2: write --------------------------------------------------------------------------------------

        Summary write(Checked checked, String actor) {
            int created = createServices();
            LineNumbers lineNumbers = new LineNumbers();
            List<CaseStream> opened = new ArrayList<>(1);
            Iterable<HistoricCase> cases = () -> {
                CaseStream stream = new CaseStream(lineNumbers);
                opened.add(stream);
                return stream;
            };
            try {
                HistoricCases.LoadResult result = historicCases.write(caseCheck, actor, cases);
                return new Summary(checked.lines(), result.cases(), result.stages(), result.reasons(), result.tags(),
                        result.events(), created, result.took(), Duration.ZERO, List.of(), 0);
            } catch (HistoricRecordsRejected e) {
                // a reference taken by another import since the check: each case is put back on its first line
                List<ImportProblem> named = new ArrayList<>();
                for (HistoricFinding found : e.findings()) {
                    named.add(new ImportProblem(lineNumbers.of(found.record()),
                            COLUMN_OF_FIELD.getOrDefault(found.field(), ""), found.message()));
                }
                throw new ImportRejected(named, 0);
            } finally {
                opened.forEach(stream -> stream.reading.close());
            }
        }

        int createServices() {
            if (newServices.isEmpty()) {
                return 0;
            }
            Map<String, Long> directorates = new HashMap<>();
            structure.directorates(authorityId).forEach(d -> directorates.put(CaseCsv.key(d.name()), d.id()));
            for (String[] names : newServices.values()) {
                long directorateId = directorates.computeIfAbsent(CaseCsv.key(names[0]),
                        k -> structure.addDirectorate(authorityId, names[0]).id());
                structure.addService(authorityId, directorateId, names[1]);
            }
            readServices();
            return newServices.size();
        }

        /** Calls {@code each} with every case's stage lines in order, reading the file once more. */
        void forEachCase(java.util.function.Consumer<List<CaseRow>> each, Phase phase) {
            try (Reading reading = new Reading(phase)) {
                long lines = 0;
                while (reading.lines.hasNext()) {
                    CaseCsv.Line line = reading.lines.next();
                    reading.tick(++lines);
                    if (line.sound() && line.row().stage() == 1) {
                        each.accept(stagesOf(line.row()));
                    }
                }
            }
        }

        List<CaseRow> stagesOf(CaseRow first) {
            TreeMap<Integer, CaseRow> later = first.reference() == null ? null : laterStages.get(first.reference());
            if (later == null) {
                return List.of(first);
            }
            List<CaseRow> all = new ArrayList<>(later.size() + 1);
            all.add(first);
            all.addAll(later.values());
            return all;
        }

        HistoricCase toCase(List<CaseRow> stages) {
            CaseRow first = stages.get(0);
            CaseRow last = stages.get(stages.size() - 1);
            String procedure = procedureOf(first);
            List<HistoricStage> historic = new ArrayList<>(stages.size());
            Set<String> reasons = new LinkedHashSet<>();
            Set<String> tags = new LinkedHashSet<>();
            for (CaseRow row : stages) {
                // the due dates are Redress's count; the delay reason is what the earlier system recorded
                StageClock due = due(first, row).clock();
                historic.add(new HistoricStage(row.stage(), row.receivedOn(), due.acknowledgementDue(),
                        row.acknowledgedOn(), due.responseDue(), null, due.suspendedWorkingDays(), row.respondedOn(),
                        row.outcome(), row.delayReason(), null, null));
                reasons.addAll(row.reasons());
                tags.addAll(row.tags());
            }
            Long serviceId = first.serviceId() != null ? first.serviceId()
                    : serviceId(first.directorate(), first.service());
            return new HistoricCase(first.reference(), first.type(), first.channel(),
                    HistoricCases.statusOf(first.type(), last.acknowledgedOn(), last.respondedOn()),
                    first.receivedOn(), null, serviceId != null ? serviceId : HistoricCases.SERVICE_TO_BE_CREATED,
                    procedure, null, null, List.copyOf(reasons), List.copyOf(tags), null,
                    HistoricCases.closedOnOf(first.type(), last.acknowledgedOn(), last.respondedOn()),
                    historic, List.of(), List.of());
        }

        /** The cases of the file in order, built as HistoricCases asks for them; one line read at a time. */
        private final class CaseStream implements Iterator<HistoricCase> {
            private final Reading reading = new Reading(Phase.IMPORTING);
            private final LineNumbers lineNumbers;
            private HistoricCase next;
            private long lines;

            CaseStream(LineNumbers lineNumbers) {
                this.lineNumbers = lineNumbers;
            }

            @Override
            public boolean hasNext() {
                while (next == null && reading.lines.hasNext()) {
                    CaseCsv.Line line = reading.lines.next();
                    reading.tick(++lines);
                    if (!line.sound()) {
                        throw new IllegalStateException("Line " + line.number() + " changed since it was checked");
                    }
                    if (line.row().stage() == 1) {
                        lineNumbers.add(line.number());
                        next = toCase(stagesOf(line.row()));
                    }
                }
                if (next == null) {
                    reading.close();
                }
                return next != null;
            }

            @Override
            public HistoricCase next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                HistoricCase c = next;
                next = null;
                return c;
            }
        }

        /** The file open for one read, counting the bytes taken from it for the progress bar. */
        private final class Reading implements AutoCloseable {
            final Phase phase;
            final CountingStream counted;
            final CaseCsv.Lines lines;

            Reading(Phase phase) {
                this.phase = phase;
                try {
                    counted = new CountingStream(Files.newInputStream(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                lines = new CaseCsv.Lines(new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8),
                        1 << 16), Run.this, today);
            }

            long done;

            void tick(long done) {
                this.done = done;
                if (done % BATCH == 0) {
                    progress.at(phase, done, counted.count, totalBytes);
                }
            }

            private boolean closed;

            @Override
            public void close() {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    lines.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.at(phase, done, totalBytes, totalBytes);
            }
        }
    }

    /** The line each case (by its position in the load) starts on; four bytes a case. */
    private static final class LineNumbers {
        private int[] lines = new int[1024];
        private int size;

        void add(long line) {
            if (size == lines.length) {
                lines = Arrays.copyOf(lines, size * 2);
            }
            lines[size++] = (int) line;
        }

        long of(int index) {
            return index < size ? lines[index] : 0;
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
