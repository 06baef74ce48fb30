package org.redress.casework.history;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.redress.casework.CaseAction;
import org.redress.casework.Contact;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCase.HistoricPayment;
import org.redress.casework.HistoricCase.HistoricRemedy;
import org.redress.casework.HistoricCase.HistoricStage;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of a chunk of earlier records, in every table a case has, written through the database's
 * {@link Storage}. Each case gets one event, "Imported from earlier records", so no case has an empty timeline.
 * References left empty are drawn from the same sequence as cases logged today.
 */
final class HistoricRows {

    static final String EVENT_SUMMARY = "Imported from earlier records";
    static final String NO_DESCRIPTION = "Imported from earlier records; no description was kept.";

    static final String EVENT_COLUMNS =
            "authority_id, case_id, occurred_at, actor, action, to_status, stage_number, summary, details";

    /** Rows written so far by one load, per table. */
    static final class Counts {
        int chunks;
        int cases;
        int stages;
        int reasons;
        int tags;
        int remedies;
        int payments;
        int events;
    }

    private final JdbcClient db;
    private final JsonMapper json;

    HistoricRows(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Writes the chunk's cases and everything that hangs off them, and adds what was written to the counts. */
    void write(Storage storage, CouncilTerms council, String actor, OffsetDateTime at, List<HistoricCase> chunk,
            Counts counts) {
        long authorityId = council.authorityId;
        List<String> references = references(chunk);
        List<Object[]> caseRows = new ArrayList<>(chunk.size());
        long[] directorates = new long[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            HistoricCase c = chunk.get(i);
            directorates[i] = council.directorateOf(c.directorateId(), c.serviceId());
            caseRows.add(CaseRows.row(new CaseRows.Case(authorityId, references.get(i), c.type(), c.channel(),
                    c.status(), c.receivedOn(), directorates[i], c.serviceId(), c.procedureCode().strip(),
                    c.stages().size(), blank(c.description()) ? NO_DESCRIPTION : c.description().strip(), null,
                    new Contact(trim(c.customer().name()), trim(c.customer().email()), trim(c.customer().phone()),
                            trim(c.customer().address())), null, null, c.assignedTo(), c.closedOn(),
                    CaseRows.openResponseDue(c.status(), c.stages().get(c.stages().size() - 1).responseDue()))));
        }
        long[] ids = storage.cases(authorityId, references, caseRows);

        List<Object[]> stageRows = new ArrayList<>();
        List<Object[]> reasonRows = new ArrayList<>();
        List<Object[]> tagRows = new ArrayList<>();
        List<Object[]> remedyRows = new ArrayList<>();
        List<Object[]> paymentRows = new ArrayList<>();
        List<Object[]> eventRows = new ArrayList<>(chunk.size());
        // to the microsecond, as the database keeps it, so both ways of writing store the same instant
        OffsetDateTime now = OffsetDateTime.ofInstant(at.toInstant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        for (int i = 0; i < chunk.size(); i++) {
            HistoricCase c = chunk.get(i);
            long caseId = ids[i];
            long caseDirectorate = directorates[i];
            for (HistoricStage s : c.stages()) {
                stageRows.add(StageRows.row(authorityId, caseId, new StageRows.Stage(s.number(),
                        s.receivedOn() == null ? c.receivedOn() : s.receivedOn(), s.acknowledgementDue(),
                        s.acknowledgedOn(), s.responseDue(),
                        s.originalResponseDue() == null ? s.responseDue() : s.originalResponseDue(),
                        s.suspendedWorkingDays(), null, null, s.respondedOn(), s.outcome(), null,
                        trim(s.delayReason()), s.handlerId(), trim(s.escalationReason())), c.type(), caseDirectorate,
                        c.closedOn()));
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
            eventRows.add(new Object[] {authorityId, caseId, now, actor,
                    CaseAction.LOGGED.name().toLowerCase(Locale.ROOT), c.status().key(), c.stages().size(),
                    EVENT_SUMMARY, eventDetails(c)});
        }
        storage.insert("case_stage", StageRows.COLUMNS, stageRows, StageRows.TYPES);
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

    /** The references of the chunk, in order: those given, and new ones from the case reference sequence. */
    private List<String> references(List<HistoricCase> chunk) {
        int missing = (int) chunk.stream().filter(c -> c.reference() == null).count();
        List<Long> numbers = List.of();
        if (missing > 0) {
            // One round trip for the lot; VALUES rows work the same on H2 and PostgreSQL.
            String rows = String.join(",", Collections.nCopies(missing, "(1)"));
            numbers = db.sql("select nextval('case_reference_seq') from (values " + rows + ") as n(x)")
                    .query(Long.class).list().stream().sorted().toList();
        }
        List<String> references = new ArrayList<>(chunk.size());
        int next = 0;
        for (HistoricCase c : chunk) {
            references.add(c.reference() != null ? normal(c.reference()) : CaseRows.reference(numbers.get(next++)));
        }
        return references;
    }

    static String normal(String reference) {
        return reference.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
