package org.redress.casework;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.redress.casework.HistoricCase.HistoricPayment;
import org.redress.casework.HistoricCase.HistoricRemedy;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Directorate;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffMember;
import org.redress.platform.DatabaseProduct;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.platform.Rows;
import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.Procedures;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes whole cases from earlier records (an import, or the demo council's history) a thousand cases at a time:
 * with COPY on PostgreSQL, batched inserts elsewhere, the same rows either way. Every record is checked first: if
 * any is wrong, nothing is written and every problem found is reported, named by the record's position
 * ({@code cases[12].stages[1].respondedOn}). Each case gets one event, "Imported from earlier records", so no case
 * has an empty timeline.
 *
 * <p>Case ids come from the database's identity column: with batched inserts a chunk is inserted and its ids read
 * back by a range read on the primary key, matched by reference (unique in the council); with COPY they are drawn
 * from the column's sequence first and written with the rows. References left empty are drawn from the same
 * sequence as cases logged today.
 */
@Component
public class HistoricCases {

    static final int CHUNK = 1_000;
    static final int MAX_PROBLEMS = 100;
    static final String EVENT_SUMMARY = "Imported from earlier records";
    static final String NO_DESCRIPTION = "Imported from earlier records; no description was kept.";

    /** What a load wrote: rows per table, and how long it took. */
    public record LoadResult(int cases, int stages, int reasons, int tags, int remedies, int payments, int events,
            Duration took) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcClient db;
    private final Taxonomy taxonomy;
    private final CouncilStructure structure;
    private final StaffAccounts staff;
    private final Procedures procedures;
    private final JsonMapper json;
    private final Clock clock;
    private final DatabaseProduct database;

    HistoricCases(JdbcTemplate jdbc, JdbcClient db, Taxonomy taxonomy, CouncilStructure structure,
            StaffAccounts staff, Procedures procedures, JsonMapper json, Clock clock, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.db = db;
        this.taxonomy = taxonomy;
        this.structure = structure;
        this.staff = staff;
        this.procedures = procedures;
        this.json = json;
        this.clock = clock;
        this.database = database;
    }

    /**
     * Checks and writes the cases in one transaction.
     *
     * @param actorName who the single event of each case names, e.g. the person running the import
     * @throws InvalidInput listing up to {@value #MAX_PROBLEMS} problems; nothing is written
     */
    @Transactional
    public LoadResult load(long authorityId, String actorName, Iterable<HistoricCase> cases) {
        long started = System.nanoTime();
        if (actorName == null || actorName.isBlank() || actorName.strip().length() > 200) {
            throw new InvalidInput("actorName", "Give who is loading the records, in 200 characters or fewer");
        }
        Council council = new Council(authorityId);
        keyChecksByIndex();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> referencesSeen = new HashSet<>();
        Counts counts = new Counts();
        List<HistoricCase> chunk = new ArrayList<>(CHUNK);
        List<Integer> positions = new ArrayList<>(CHUNK);
        int index = 0;
        for (HistoricCase c : cases) {
            int before = problems.size();
            check(council, index, c, referencesSeen, problems);
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (problems.size() == before) {
                chunk.add(c);
                positions.add(index);
            }
            if (chunk.size() == CHUNK) {
                flush(council, actorName.strip(), chunk, positions, problems, counts);
            }
            index++;
        }
        if (!chunk.isEmpty() && problems.size() < MAX_PROBLEMS) {
            flush(council, actorName.strip(), chunk, positions, problems, counts);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems); // the transaction rolls back what earlier chunks wrote
        }
        return new LoadResult(counts.cases, counts.stages, counts.reasons, counts.tags, counts.remedies,
                counts.payments, counts.events, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * On PostgreSQL, the foreign-key checks of this load (one per row and key: about 400,000 for 100,000 cases) look
     * their parent row up by its primary key. The server plans each check once per connection, and for a small table
     * such as the council's 300 services it plans a scan of the whole table, which it then runs for every row: in a
     * profile of an import a third of the time writing the cases was these scans. For the rest of this transaction
     * it is told not to scan tables when an index will do, and to plan again what the connection had planned
     * before, the checks among them, so the checks probe the primary key. (Writing an import of 100,000 cases into a
     * council at a million: 14.2 s before, 10.0 to 12.9 s with this and V21.1's smaller queue indexes.)
     */
    private void keyChecksByIndex() {
        if (database.isPostgres()) {
            db.sql("set local enable_seqscan = off").update();
            db.sql("discard plans").update();
        }
    }

    /**
     * After the first chunk, fresh statistics for the cases table when the server's say it holds fewer cases than this
     * load has just written (a new council's database, analysed empty), as PostgreSQL advises after a bulk load. The
     * reference look-up runs once per thousand records on the table this load is filling: planned for an empty table,
     * it read every case written so far for each reference (a first import of 100,000 cases took 11 minutes).
     * ANALYZE counts the rows this transaction has written, and the server plans the look-up again with them. Only
     * then: ANALYZE holds a lock to the end of the import that a second import's ANALYZE would wait for.
     */
    private void analyseAfterFirstChunk(Counts counts) {
        if (!database.isPostgres() || counts.chunks != 1) {
            return;
        }
        double known = db.sql("select reltuples from pg_class where oid = to_regclass('feedback_case')")
                .query(Double.class).single();
        if (known >= 0 && known < counts.cases) {
            db.sql("analyze feedback_case").update();
        }
    }

    /** Writes the chunk if nothing is wrong so far; once something is, only goes on checking. */
    private void flush(Council council, String actor, List<HistoricCase> chunk, List<Integer> positions,
            List<FieldProblem> problems, Counts counts) {
        if (!counts.refused) {
            checkReferencesUnused(council, chunk, positions, problems);
        }
        if (problems.isEmpty()) {
            try {
                write(council, actor, chunk, counts);
                analyseAfterFirstChunk(counts);
            } catch (DuplicateKeyException e) {
                // a reference given in the records that the sequence has since handed out; PostgreSQL refuses
                // every statement after this in the transaction, so the remaining records are only checked
                counts.refused = true;
                problems.add(new FieldProblem("reference", "A reference in records " + positions.get(0) + " to "
                        + positions.get(positions.size() - 1) + " is already in use"));
            }
        }
        chunk.clear();
        positions.clear();
    }

    // ---- checking ----------------------------------------------------------------------------------------------

    private void check(Council council, int index, HistoricCase c, Set<String> referencesSeen,
            List<FieldProblem> problems) {
        Problems p = new Problems(index, problems);
        if (c == null) {
            p.add("", "is empty");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (c.reference() != null) {
            String reference = normal(c.reference());
            if (reference.isEmpty() || reference.length() > 40) {
                p.add("reference", "must be 1 to 40 characters, or left empty to be given one");
            } else if (!referencesSeen.add(reference)) {
                p.add("reference", "repeats the reference " + reference + " of an earlier record");
            }
        }
        if (c.type() == null) {
            p.add("type", "needs the type of feedback");
        }
        if (c.channel() == null) {
            p.add("channel", "needs the channel it arrived by");
        }
        if (c.status() == null) {
            p.add("status", "needs the status");
        }
        if (c.receivedOn() == null) {
            p.add("receivedOn", "needs the date it was received");
        } else if (c.receivedOn().isAfter(today) || c.receivedOn().getYear() < 1990) {
            p.add("receivedOn", "must be between 1990 and today, not " + c.receivedOn());
        }
        CouncilService service = council.services.get(c.serviceId());
        if (service == null) {
            p.add("serviceId", "names no service of the council (" + c.serviceId() + ")");
        }
        if (c.directorateId() != null && !council.directorates.contains(c.directorateId())) {
            p.add("directorateId", "names no directorate of the council (" + c.directorateId() + ")");
        }
        if (c.procedureCode() == null || c.procedureCode().isBlank()) {
            p.add("procedureCode", "needs the procedure the case ran under");
        } else if (!council.procedureCodes().contains(c.procedureCode().strip())) {
            p.add("procedureCode", "'" + c.procedureCode() + "' is not one of the council's procedures");
        }
        if (c.description() != null && c.description().length() > Casework.MAX_DESCRIPTION) {
            p.add("description", "must be " + String.format("%,d", Casework.MAX_DESCRIPTION) + " characters or fewer");
        }
        checkLength(p, "customer.name", c.customer().name(), 200);
        checkLength(p, "customer.email", c.customer().email(), 320);
        checkLength(p, "customer.phone", c.customer().phone(), 50);
        checkLength(p, "customer.address", c.customer().address(), 1000);
        for (int i = 0; i < c.reasons().size(); i++) {
            String key = c.reasons().get(i);
            if (key == null || !council.reasonKeys.contains(key.strip())) {
                p.add("reasons[" + i + "]", "'" + key + "' is not one of the council's complaint reasons");
            }
        }
        for (int i = 0; i < c.tags().size(); i++) {
            String tag = c.tags().get(i);
            if (tag == null || tag.isBlank() || tag.strip().length() > 100) {
                p.add("tags[" + i + "]", "must be 1 to 100 characters");
            }
        }
        if (c.assignedTo() != null && !council.staffIds.contains(c.assignedTo())) {
            p.add("assignedTo", "names no member of the council's staff (" + c.assignedTo() + ")");
        }
        if (c.type() == null || c.status() == null || c.receivedOn() == null) {
            return; // the rest depends on these
        }
        checkStages(council, p, c, today);
        checkRemedies(p, c, today);
        checkPayments(council, p, c, today);
    }

    private void checkStages(Council council, Problems p, HistoricCase c, LocalDate today) {
        List<HistoricStage> stages = c.stages();
        if (stages.isEmpty()) {
            p.add("stages", "needs at least stage 1");
            return;
        }
        if (stages.size() > 1 && !c.type().escalates()) {
            p.add("stages", "has " + stages.size() + " stages, but a " + c.type().label().toLowerCase()
                    + " has only one");
        }
        LocalDate previousResponse = null;
        for (int i = 0; i < stages.size(); i++) {
            HistoricStage s = stages.get(i);
            String at = "stages[" + i + "].";
            if (s == null) {
                p.add("stages[" + i + "]", "is empty");
                return;
            }
            boolean last = i == stages.size() - 1;
            if (s.number() != i + 1) {
                p.add(at + "number", "should be " + (i + 1) + ": stages run 1, 2, ... in order");
            }
            LocalDate received = s.receivedOn() == null && i == 0 ? c.receivedOn() : s.receivedOn();
            if (received == null) {
                p.add(at + "receivedOn", "needs the date the customer asked for stage " + s.number());
                continue;
            }
            if (i == 0 && !received.equals(c.receivedOn())) {
                p.add(at + "receivedOn", "must be the case's received date " + c.receivedOn());
            }
            if (previousResponse != null && received.isBefore(previousResponse)) {
                p.add(at + "receivedOn", "must be on or after the previous stage's response on " + previousResponse);
            }
            if (received.isAfter(today)) {
                p.add(at + "receivedOn", "must be today or earlier");
            }
            if (s.responseDue() == null) {
                p.add(at + "responseDue", "needs the date the response was due");
            } else if (s.responseDue().isBefore(received)) {
                p.add(at + "responseDue", "must be on or after the day the stage started, " + received);
            }
            if (s.originalResponseDue() != null && s.originalResponseDue().isBefore(received)) {
                p.add(at + "originalResponseDue", "must be on or after the day the stage started, " + received);
            }
            if (s.acknowledgementDue() != null && s.acknowledgementDue().isBefore(received)) {
                p.add(at + "acknowledgementDue", "must be on or after the day the stage started, " + received);
            }
            checkDate(p, at + "acknowledgedOn", s.acknowledgedOn(), received, today);
            checkDate(p, at + "respondedOn", s.respondedOn(), received, today);
            if (s.suspendedWorkingDays() < 0) {
                p.add(at + "suspendedWorkingDays", "cannot be negative");
            }
            if (s.respondedOn() != null && c.type().acknowledgeAndClose()) {
                p.add(at + "respondedOn", "must be empty: a " + c.type().label().toLowerCase()
                        + " is acknowledged and closed, with no response");
            }
            if (!last && s.respondedOn() == null) {
                p.add(at + "respondedOn", "needs the date stage " + s.number()
                        + " was responded to, since the case went on to stage " + (s.number() + 1));
            }
            if (s.outcome() != null && !c.type().hasOutcome()) {
                p.add(at + "outcome", "must be empty: only complaints have an outcome");
            } else if (s.outcome() != null && s.respondedOn() == null) {
                p.add(at + "outcome", "must be empty until the stage is responded to");
            } else if (s.outcome() == null && s.respondedOn() != null && c.type().hasOutcome()) {
                p.add(at + "outcome", "needs the outcome of the complaint's stage " + s.number());
            } else if (s.outcome() == Outcome.RESOLVED_UPON_RECEIPT && s.number() != 1) {
                p.add(at + "outcome", "can be resolved upon receipt only at stage 1");
            }
            if (s.delayReason() != null) {
                if (!council.delayReasonKeys.contains(s.delayReason().strip())) {
                    p.add(at + "delayReason", "'" + s.delayReason() + "' is not one of the council's delay reasons");
                } else if (s.respondedOn() == null || s.responseDue() == null
                        || !s.respondedOn().isAfter(s.responseDue())) {
                    p.add(at + "delayReason", "must be empty unless the response was sent after it was due");
                }
            }
            if (s.handlerId() != null && !council.staffIds.contains(s.handlerId())) {
                p.add(at + "handlerId", "names no member of the council's staff (" + s.handlerId() + ")");
            }
            checkLength(p, at + "escalationReason", s.escalationReason(), Casework.MAX_TEXT);
            previousResponse = s.respondedOn();
        }
        checkStatus(p, c, stages.get(stages.size() - 1), today);
    }

    /** The status must be one the state machine could have reached with these stages. */
    private static void checkStatus(Problems p, HistoricCase c, HistoricStage last, LocalDate today) {
        boolean acknowledged = last.acknowledgedOn() != null;
        boolean responded = last.respondedOn() != null;
        boolean closeOnly = c.type().acknowledgeAndClose();
        String kind = c.type().label().toLowerCase();
        String problem = switch (c.status()) {
            case RECEIVED -> acknowledged || responded
                    ? "is received, but the current stage was already acknowledged or responded to" : null;
            case ACKNOWLEDGED -> !acknowledged ? "is acknowledged, but the current stage has no acknowledgement date"
                    : responded ? "is acknowledged, but the current stage was already responded to" : null;
            case UNDER_INVESTIGATION -> closeOnly ? "cannot be under investigation: a " + kind + " is not investigated"
                    : responded ? "is under investigation, but the current stage was already responded to" : null;
            case RESPONDED -> closeOnly ? "cannot be responded: a " + kind + " has no response"
                    : !responded ? "is responded, but the current stage has no response date" : null;
            case CLOSED -> !closeOnly && !responded
                    ? "is closed, but the current stage has no response date (a " + kind
                            + " is closed once responded to)" : null;
            case WITHDRAWN -> responded ? "is withdrawn, but the current stage was responded to" : null;
        };
        if (problem != null) {
            p.add("status", problem);
        }
        boolean ended = c.status() == CaseStatus.CLOSED || c.status() == CaseStatus.WITHDRAWN;
        if (ended && c.closedOn() == null) {
            p.add("closedOn", "needs the date the case was " + c.status().key());
        } else if (!ended && c.closedOn() != null) {
            p.add("closedOn", "must be empty while the case is " + c.status().key());
        } else if (ended) {
            LocalDate earliest = responded ? last.respondedOn()
                    : last.receivedOn() == null ? c.receivedOn() : last.receivedOn();
            checkDate(p, "closedOn", c.closedOn(), earliest, today);
        }
    }

    private static void checkRemedies(Problems p, HistoricCase c, LocalDate today) {
        for (int i = 0; i < c.remedies().size(); i++) {
            HistoricRemedy r = c.remedies().get(i);
            String at = "remedies[" + i + "].";
            if (r == null) {
                p.add("remedies[" + i + "]", "is empty");
                continue;
            }
            if (r.kind() == null) {
                p.add(at + "kind", "needs the remedy action");
            }
            if (r.stage() < 1 || r.stage() > c.stages().size()) {
                p.add(at + "stage", "names no stage of the case (" + r.stage() + ")");
            }
            if (r.followUp() && r.dueOn() == null) {
                p.add(at + "dueOn", "needs the date the follow-up action is due");
            }
            checkDate(p, at + "completedOn", r.completedOn(), c.receivedOn(), today);
        }
    }

    private static void checkPayments(Council council, Problems p, HistoricCase c, LocalDate today) {
        for (int i = 0; i < c.payments().size(); i++) {
            HistoricPayment pay = c.payments().get(i);
            String at = "payments[" + i + "].";
            if (pay == null) {
                p.add("payments[" + i + "]", "is empty");
                continue;
            }
            if (pay.kind() == null) {
                p.add(at + "kind", "needs the kind of payment");
            }
            if (pay.amount() == null || pay.amount().signum() <= 0 || pay.amount().scale() > 2
                    || pay.amount().compareTo(new BigDecimal("9999999999.99")) > 0) {
                p.add(at + "amount", "must be more than £0, in pounds and pence");
            }
            if (pay.paidOn() == null) {
                p.add(at + "paidOn", "needs the date it was paid");
            } else {
                checkDate(p, at + "paidOn", pay.paidOn(), c.receivedOn(), today);
            }
            if (pay.source() == null) {
                p.add(at + "source", "needs whether it was local resolution or an Ombudsman decision");
            }
            if (pay.directorateId() != null && !council.directorates.contains(pay.directorateId())) {
                p.add(at + "directorateId", "names no directorate of the council (" + pay.directorateId() + ")");
            }
        }
    }

    private static void checkDate(Problems p, String field, LocalDate date, LocalDate earliest, LocalDate today) {
        if (date == null) {
            return;
        }
        if (earliest != null && date.isBefore(earliest)) {
            p.add(field, "must be on or after " + earliest + ", not " + date);
        } else if (date.isAfter(today)) {
            p.add(field, "must be today or earlier, not " + date);
        }
    }

    private static void checkLength(Problems p, String field, String value, int max) {
        if (value != null && value.length() > max) {
            p.add(field, "must be " + String.format("%,d", max) + " characters or fewer");
        }
    }

    /** References given in the records must not be in use already. */
    private void checkReferencesUnused(Council council, List<HistoricCase> chunk, List<Integer> positions,
            List<FieldProblem> problems) {
        Map<String, Integer> given = new LinkedHashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (chunk.get(i).reference() != null) {
                given.put(normal(chunk.get(i).reference()), positions.get(i));
            }
        }
        if (given.isEmpty()) {
            return;
        }
        Set<String> used = referencesIn(council.authorityId, given.keySet()).keySet();
        given.forEach((reference, position) -> { // in the records' order
            if (used.contains(reference)) {
                new Problems(position, problems).add("reference", "is already the reference of a case: " + reference);
            }
        });
    }

    // ---- writing -----------------------------------------------------------------------------------------------

    private void write(Council council, String actor, List<HistoricCase> chunk, Counts counts) {
        long authorityId = council.authorityId;
        List<String> references = references(chunk);
        List<Object[]> caseRows = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            HistoricCase c = chunk.get(i);
            long directorateId = c.directorateId() != null ? c.directorateId()
                    : council.services.get(c.serviceId()).directorateId();
            caseRows.add(new Object[] {authorityId, references.get(i), c.type().key(), c.channel().key(),
                    c.status().key(), c.receivedOn(), directorateId, c.serviceId(), c.procedureCode().strip(),
                    c.stages().size(), blank(c.description()) ? NO_DESCRIPTION : c.description().strip(),
                    trim(c.customer().name()), trim(c.customer().email()), trim(c.customer().phone()),
                    trim(c.customer().address()), c.assignedTo(), c.closedOn(), openResponseDue(c)});
        }
        long[] ids = storage().cases(authorityId, references, caseRows);

        List<Object[]> stageRows = new ArrayList<>();
        List<Object[]> reasonRows = new ArrayList<>();
        List<Object[]> tagRows = new ArrayList<>();
        List<Object[]> remedyRows = new ArrayList<>();
        List<Object[]> paymentRows = new ArrayList<>();
        List<Object[]> eventRows = new ArrayList<>(chunk.size());
        // to the microsecond, as the database keeps it, so both ways of writing store the same instant
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        for (int i = 0; i < chunk.size(); i++) {
            HistoricCase c = chunk.get(i);
            long caseId = ids[i];
            long caseDirectorate = (Long) caseRows.get(i)[6];
            for (HistoricStage s : c.stages()) {
                stageRows.add(new Object[] {authorityId, caseId, s.number(),
                        s.receivedOn() == null ? c.receivedOn() : s.receivedOn(), s.acknowledgementDue(),
                        s.acknowledgedOn(), s.responseDue(),
                        s.originalResponseDue() == null ? s.responseDue() : s.originalResponseDue(),
                        s.suspendedWorkingDays(), s.respondedOn(), s.outcome() == null ? null : s.outcome().key(),
                        trim(s.delayReason()), s.handlerId(), trim(s.escalationReason()), c.type().key(),
                        caseDirectorate, c.closedOn()});
            }
            for (String key : new LinkedHashSet<>(c.reasons().stream().map(String::strip).toList())) {
                reasonRows.add(new Object[] {caseId, authorityId, key, c.type().key(), caseDirectorate, c.receivedOn()});
            }
            Set<Long> tagIds = new LinkedHashSet<>();
            for (String label : c.tags()) {
                tagIds.add(council.tagId(label.strip()));
            }
            for (Long tagId : tagIds) {
                tagRows.add(new Object[] {caseId, tagId, authorityId});
            }
            for (HistoricRemedy r : c.remedies()) {
                remedyRows.add(new Object[] {authorityId, caseId, r.stage(), r.kind().key(), r.followUp(),
                        r.dueOn(), r.completedOn()});
            }
            for (HistoricPayment pay : c.payments()) {
                paymentRows.add(new Object[] {authorityId, caseId, pay.kind().key(), pay.amount(), pay.paidOn(),
                        pay.directorateId() == null ? caseDirectorate : pay.directorateId(), pay.source().key()});
            }
            eventRows.add(new Object[] {authorityId, caseId, now, actor, CaseAction.LOGGED.name().toLowerCase(Locale.ROOT),
                    c.status().key(), c.stages().size(), EVENT_SUMMARY, eventDetails(c)});
        }
        Storage storage = storage();
        storage.insert("case_stage", STAGE_COLUMNS, stageRows,
                Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.DATE,
                Types.INTEGER, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.BIGINT, Types.DATE);
        storage.insert("case_reason",
                "case_id, authority_id, reason_key, case_feedback_type, case_directorate_id, case_received_on",
                reasonRows, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.DATE);
        storage.insert("case_tag", "case_id, tag_id, authority_id", tagRows,
                Types.BIGINT, Types.BIGINT, Types.BIGINT);
        storage.insert("remedy_action",
                "authority_id, case_id, stage_number, action_kind, follow_up, due_on, completed_on", remedyRows,
                Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.BOOLEAN, Types.DATE, Types.DATE);
        storage.insert("payment", "authority_id, case_id, payment_kind, amount, paid_on, directorate_id, source",
                paymentRows,
                Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.NUMERIC, Types.DATE, Types.BIGINT, Types.VARCHAR);
        storage.insert("case_event", EVENT_COLUMNS, eventRows,
                Types.BIGINT, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR);
        counts.chunks++;
        counts.cases += chunk.size();
        counts.stages += stageRows.size();
        counts.reasons += reasonRows.size();
        counts.tags += tagRows.size();
        counts.remedies += remedyRows.size();
        counts.payments += paymentRows.size();
        counts.events += eventRows.size();
    }

    /** The event's details: {"status":...,"stage":...,"receivedOn":...}, as the JSON mapper writes that map. */
    private String eventDetails(HistoricCase c) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", c.status().key());
        details.put("stage", c.stages().size());
        details.put("receivedOn", c.receivedOn().toString());
        return json.writeValueAsString(details);
    }

    /**
     * {@code feedback_case.open_response_due} of a record, as {@link CaseRepository#openResponseDue} gives it for a
     * live case: the last stage (the case's current one) is due then while the case is open, else null.
     */
    private static LocalDate openResponseDue(HistoricCase c) {
        return c.status().isOpen() ? c.stages().get(c.stages().size() - 1).responseDue() : null;
    }

    /** The references of the chunk, in order: those given, and new ones from the case reference sequence. */
    private List<String> references(List<HistoricCase> chunk) {
        int missing = (int) chunk.stream().filter(c -> c.reference() == null).count();
        List<Long> numbers = List.of();
        if (missing > 0) {
            // One round trip for the lot; VALUES rows work the same on H2 and PostgreSQL.
            String rows = String.join(",", java.util.Collections.nCopies(missing, "(1)"));
            numbers = db.sql("select nextval('case_reference_seq') from (values " + rows + ") as n(x)")
                    .query(Long.class).list().stream().sorted().toList();
        }
        List<String> references = new ArrayList<>(chunk.size());
        int next = 0;
        for (HistoricCase c : chunk) {
            references.add(c.reference() != null ? normal(c.reference())
                    : reference(numbers.get(next++)));
        }
        return references;
    }

    /** The form {@link CaseRepository#nextReference()} gives a number. */
    static String reference(long number) {
        return "FB" + String.format("%07d", number);
    }

    static final String CASE_COLUMNS = """
            authority_id, reference, feedback_type, channel, status, received_on, directorate_id, service_id, \
            procedure_code, current_stage, description, customer_name, customer_email, customer_phone, \
            customer_address, assigned_to, closed_on, open_response_due""";
    static final int[] CASE_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.DATE, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.DATE, Types.DATE};
    static final String STAGE_COLUMNS = """
            authority_id, case_id, stage_number, received_on, acknowledgement_due, acknowledged_on, response_due, \
            original_response_due, suspended_working_days, responded_on, outcome, delay_reason, handler_id, \
            escalation_reason, case_feedback_type, case_directorate_id, case_closed_on""";
    static final String EVENT_COLUMNS =
            "authority_id, case_id, occurred_at, actor, action, to_status, stage_number, summary, details";

    /** How a chunk's rows reach the tables, and how references are looked up, on this database. */
    private interface Storage {
        /** Writes the cases (rows in {@link #CASE_COLUMNS} order) and returns their ids, in the same order. */
        long[] cases(long authorityId, List<String> references, List<Object[]> rows);

        void insert(String table, String columns, List<Object[]> rows, int... types);

        /** Puts the id of each of the council's cases with one of these references in {@code found}. */
        void lookUp(long authorityId, List<String> references, Map<String, Long> found);
    }

    private volatile Storage storage;

    /** COPY on PostgreSQL; batched inserts, which any database takes, elsewhere. */
    private Storage storage() {
        if (storage == null) {
            storage = database.isPostgres() ? new CopiedRows() : new BatchedInserts();
        }
        return storage;
    }

    /** For tests: writes with batched inserts whatever the database, to compare with what COPY writes. */
    void useBatchedInserts() {
        storage = new BatchedInserts();
    }

    /** For tests: back to the way {@link #storage()} chooses. */
    void useTheDatabasesOwnWay() {
        storage = null;
    }

    /** Batched inserts: the same SQL on H2 and PostgreSQL. */
    private final class BatchedInserts implements Storage {
        @Override
        public long[] cases(long authorityId, List<String> references, List<Object[]> rows) {
            long idsAbove = db.sql("select coalesce(max(id), 0) from feedback_case").query(Long.class).single();
            insert("feedback_case", CASE_COLUMNS, rows, CASE_TYPES);
            Map<String, Long> ids = newIds(authorityId, idsAbove, references);
            if (ids.size() != rows.size()) {
                throw new IllegalStateException("Wrote " + rows.size() + " cases but found " + ids.size());
            }
            return references.stream().mapToLong(ids::get).toArray();
        }

        @Override
        public void insert(String table, String columns, List<Object[]> rows, int... types) {
            if (!rows.isEmpty()) {
                String values = String.join(", ", java.util.Collections.nCopies(types.length, "?"));
                jdbc.batchUpdate("insert into " + table + " (" + columns + ") values (" + values + ")", rows, types);
            }
        }

        @Override
        public void lookUp(long authorityId, List<String> references, Map<String, Long> found) {
            List<Object> params = new ArrayList<>(references);
            params.add(authorityId);
            // A join to a VALUES list, not "reference in (...)": H2 scans the council's cases for a long IN list,
            // but looks each value up in the (authority_id, reference) index when joined.
            db.sql("select c.id, c.reference from (values "
                            + references.stream().map(r -> "(cast(? as varchar(40)))").collect(Collectors.joining(","))
                            + ") as given(reference) join feedback_case c on c.reference = given.reference"
                            + " and c.authority_id = ?")
                    .params(params)
                    .query(rs -> {
                        found.put(rs.getString("reference"), rs.getLong("id"));
                    });
        }

        /**
         * The ids the chunk's cases were given. Identity values only grow, so they are above the highest id before
         * the insert: a primary-key range read, far quicker than looking up a thousand references (rows another
         * session added meanwhile are left out by reference).
         */
        private Map<String, Long> newIds(long authorityId, long idsAbove, List<String> references) {
            Set<String> wanted = new HashSet<>(references);
            Map<String, Long> ids = new HashMap<>();
            db.sql("select id, reference from feedback_case where id > ? and authority_id = ?")
                    .params(idsAbove, authorityId)
                    .query(rs -> {
                        if (wanted.contains(rs.getString("reference"))) {
                            ids.put(rs.getString("reference"), rs.getLong("id"));
                        }
                    });
            return ids;
        }
    }

    /**
     * PostgreSQL's COPY: each table's rows in one stream, with no statement per row. The cases' ids are drawn from
     * their identity sequence first, as the column default would draw them, so the other tables' rows can name
     * them without reading the cases back.
     */
    private final class CopiedRows implements Storage {
        @Override
        public long[] cases(long authorityId, List<String> references, List<Object[]> rows) {
            long[] ids = db.sql("select nextval(pg_get_serial_sequence('feedback_case', 'id')) from generate_series(1, ?)")
                    .param(rows.size()).query(Long.class).list().stream().mapToLong(Long::longValue).sorted().toArray();
            List<Object[]> withIds = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = new Object[rows.get(i).length + 1];
                row[0] = ids[i];
                System.arraycopy(rows.get(i), 0, row, 1, rows.get(i).length);
                withIds.add(row);
            }
            insert("feedback_case", "id, " + CASE_COLUMNS, withIds);
            return ids;
        }

        @Override
        public void insert(String table, String columns, List<Object[]> rows, int... types) {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                CopyRows.copy(connection, table, columns, rows);
                return null;
            });
        }

        @Override
        public void lookUp(long authorityId, List<String> references, Map<String, Long> found) {
            // One index probe per reference, whatever the statistics say: joined plainly, a council whose cases
            // were never analysed (a first import) gets a hash join that reads all of them for every thousand.
            db.sql("""
                    select c.id, c.reference from unnest(cast(? as varchar[])) as given(reference)
                    cross join lateral (select id, reference from feedback_case
                        where authority_id = ? and reference = given.reference limit 1) c""")
                    .params(references.toArray(String[]::new), authorityId)
                    .query(rs -> {
                        found.put(rs.getString("reference"), rs.getLong("id"));
                    });
        }
    }

    /**
     * Which of these references the council's cases already have (references as stored: upper case, trimmed). For a
     * check before a load; the load itself checks again.
     */
    public Set<String> referencesInUse(long authorityId, java.util.Collection<String> references) {
        return referencesIn(authorityId, references).keySet();
    }

    private Map<String, Long> referencesIn(long authorityId, java.util.Collection<String> references) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = List.copyOf(references);
        for (int from = 0; from < all.size(); from += CHUNK) {
            storage().lookUp(authorityId, all.subList(from, Math.min(all.size(), from + CHUNK)), found);
        }
        return found;
    }

    private static String normal(String reference) {
        return reference.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    // ---- state of one load ---------------------------------------------------------------------------------------

    /** What the checks need to know about the council, read once per load. */
    private final class Council {
        final long authorityId;
        final Map<Long, CouncilService> services = new HashMap<>();
        final Set<Long> directorates = new HashSet<>();
        final Set<Long> staffIds = new HashSet<>();
        final Set<String> reasonKeys;
        final Set<String> delayReasonKeys;
        private final Map<String, Long> tags = new HashMap<>();
        private Set<String> procedureCodes;

        Council(long authorityId) {
            this.authorityId = authorityId;
            structure.services(authorityId).forEach(s -> services.put(s.id(), s));
            structure.directorates(authorityId).stream().map(Directorate::id).forEach(directorates::add);
            staff.all(authorityId).stream().map(StaffMember::id).forEach(staffIds::add);
            reasonKeys = taxonomy.reasonNames(authorityId).keySet();
            delayReasonKeys = taxonomy.delayReasons(authorityId).stream().map(DelayReason::key)
                    .collect(Collectors.toSet());
            db.sql("select id, tag_key from tag where authority_id = ?").param(authorityId)
                    .query(rs -> {
                        tags.put(rs.getString("tag_key"), rs.getLong("id"));
                    });
        }

        Set<String> procedureCodes() {
            if (procedureCodes == null) {
                procedureCodes = procedures.policies(authorityId).stream().map(ProcedurePolicy::code)
                        .collect(Collectors.toSet());
            }
            return procedureCodes;
        }

        /** The tag with this label (matched ignoring case), made on first use. */
        long tagId(String label) {
            String key = label.toLowerCase(Locale.ROOT);
            return tags.computeIfAbsent(key, k -> Rows.insert(
                    db.sql("insert into tag (authority_id, tag_key, label) values (?, ?, ?)")
                            .params(authorityId, k, label)));
        }
    }

    private static final class Counts {
        int chunks;
        int cases;
        int stages;
        int reasons;
        int tags;
        int remedies;
        int payments;
        int events;
        boolean refused;
    }

    /** Problems of one record, named {@code cases[index].field}. */
    private record Problems(int index, List<FieldProblem> all) {
        void add(String field, String message) {
            if (all.size() < MAX_PROBLEMS) {
                String name = "cases[" + index + "]" + (field.isEmpty() ? "" : "." + field);
                all.add(new FieldProblem(name, "Record " + index + ": " + (field.isEmpty() ? "" : field + " ")
                        + message));
            }
        }
    }
}
